"""Django admin (in French) for reference data; every save goes through the services."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import HttpRequest

from registre.web import models as m
from registre.web.services.reference import delete_reference, save_reference

admin.site.site_header = "Registre — administration"
admin.site.site_title = "Registre"
admin.site.index_title = "Données de référence"


# How each model a form may offer is reached from its authority: every choice of an admin
# form (select, raw id, autocomplete) is limited to the clerk's own authorities.
SCOPE_PATHS: dict[type, str] = {
    m.Authority: "",
    m.Assembly: "authority__",
    m.Person: "authority__",
    m.Session: "assembly__authority__",
    m.Mandate: "session__assembly__authority__",
    m.Clerk: "authority__",
}


def scoped_choices(qs: QuerySet[Any], user: Any) -> QuerySet[Any]:
    """``qs`` limited to what ``user`` may see: their authorities' rows (everything for a
    superuser). Users are limited to the clerks of those authorities; a model with no known
    path to an authority offers nothing."""
    if user.is_superuser:
        return qs
    mine = {"clerks__user": user, "clerks__deleted_at__isnull": True}
    if qs.model is get_user_model():
        authorities = m.Authority.objects.filter(**mine)
        return qs.filter(clerkships__authority__in=authorities,
                         clerkships__deleted_at__isnull=True).distinct()
    path = SCOPE_PATHS.get(qs.model)
    if path is None:
        return qs.none()
    return qs.filter(**{f"{path}{k}": v for k, v in mine.items()}).distinct()


class ScopedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Clerks see and change only their authority's rows, and choose only among them in every
    form; writes through the services."""

    authority_path = "authority"

    def _clerk(self, request: HttpRequest) -> bool:
        """Superusers, and staff users who are clerks of some authority (scoped below)."""
        user = request.user
        if user.is_superuser:  # type: ignore[union-attr]
            return True
        return bool(user.is_active and user.is_staff  # type: ignore[union-attr]
                    and m.Clerk.objects.filter(user=user).exists())

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._clerk(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._clerk(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._clerk(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self._clerk(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._clerk(request)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        qs = super().get_queryset(request)
        if request.user.is_superuser:  # type: ignore[union-attr]
            return qs
        return qs.filter(**{f"{self.authority_path}__clerks__user": request.user,
                            f"{self.authority_path}__clerks__deleted_at__isnull": True})

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset"):
            field.queryset = scoped_choices(field.queryset, request.user)
        return field

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset"):
            field.queryset = scoped_choices(field.queryset, request.user)
        return field

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        save_reference(request.user, obj)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        delete_reference(request.user, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            delete_reference(request.user, obj)


@admin.register(m.Authority)
class AuthorityAdmin(ScopedAdmin):
    authority_path = ""
    list_display = ("name", "kind", "seat", "siren")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        qs = admin.ModelAdmin.get_queryset(self, request)
        if request.user.is_superuser:  # type: ignore[union-attr]
            return qs
        return qs.filter(clerks__user=request.user, clerks__deleted_at__isnull=True)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_superuser)  # type: ignore[union-attr]  # a new authority


@admin.register(m.Assembly)
class AssemblyAdmin(ScopedAdmin):
    list_display = ("name", "authority", "kind", "members_in_office")
    list_filter = (("authority", admin.RelatedOnlyFieldListFilter),)  # only the clerk's own


@admin.register(m.Person)
class PersonAdmin(ScopedAdmin):
    list_display = ("last_name", "first_name", "civility", "authority")
    list_filter = (("authority", admin.RelatedOnlyFieldListFilter),)  # only the clerk's own
    search_fields = ("last_name", "first_name", "key")


@admin.register(m.Mandate)
class MandateAdmin(ScopedAdmin):
    authority_path = "session__assembly__authority"
    list_display = ("person", "session", "commune", "role", "substitute_for")
    list_filter = ("role",)
    search_fields = ("person__last_name",)
    raw_id_fields = ("person", "substitute_for", "session")


@admin.register(m.Clerk)
class ClerkAdmin(ScopedAdmin):
    """Who records for which authority: clerks see their colleagues; accounts and their
    rights are the administrator's (superuser) alone."""

    list_display = ("user", "authority")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_superuser)  # type: ignore[union-attr]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(request.user.is_superuser)  # type: ignore[union-attr]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(request.user.is_superuser)  # type: ignore[union-attr]
