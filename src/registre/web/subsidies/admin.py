"""Django admin (in French) for subsidies: what a clerk corrects by hand (legal form,
contrat d'engagement républicain, SIRET, a target read wrongly). Events are never added
here: they go through the convention page, where the rules apply. Scoped to the clerk's
authority; saves and deletions through :mod:`.services` (audited, soft delete)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from registre.web.subsidies import models as sm
from registre.web.subsidies.services import delete_row, save_row


class ScopedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    authority_path = "authority"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        qs = super().get_queryset(request)
        if request.user.is_superuser:  # type: ignore[union-attr]
            return qs
        return qs.filter(**{f"{self.authority_path}__clerks__user": request.user,
                            f"{self.authority_path}__clerks__deleted_at__isnull": True}).distinct()

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        save_row(request.user, obj)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        delete_row(request.user, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            delete_row(request.user, obj)


class PastSubsidyInline(admin.TabularInline):  # type: ignore[type-arg]
    model = sm.PastSubsidy
    extra = 0
    fields = ("year", "amount", "object", "had_convention")
    readonly_fields = fields
    can_delete = False


@admin.register(sm.Beneficiary)
class BeneficiaryAdmin(ScopedAdmin):
    list_display = ("name", "short_name", "legal_form", "cer_signed_on", "authority")
    list_filter = ("legal_form",)
    search_fields = ("name", "short_name", "siret", "rna")
    readonly_fields = ("authority", "slug")
    inlines = [PastSubsidyInline]


@admin.register(sm.BudgetLine)
class BudgetLineAdmin(ScopedAdmin):
    list_display = ("programme", "budget", "year", "planned", "authority")
    readonly_fields = ("authority",)


class EventInline(admin.TabularInline):  # type: ignore[type-arg]
    model = sm.ConventionEvent
    extra = 0
    fields = ("on", "kind", "amount", "label", "indicator", "value", "recorded_by")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(sm.Convention)
class ConventionAdmin(ScopedAdmin):
    list_display = ("key", "beneficiary", "amount", "deliberation_date", "end_date")
    search_fields = ("key", "title", "beneficiary__name")
    readonly_fields = ("authority", "key", "slug", "deliberation", "beneficiary", "budget_line", "amount",
                       "source", "source_hash", "warnings")
    inlines = [EventInline]


@admin.register(sm.Target)
class TargetAdmin(ScopedAdmin):
    authority_path = "convention__authority"
    list_display = ("key", "quantity", "unit", "label", "convention")
    search_fields = ("key", "label")
    readonly_fields = ("convention", "node", "parent", "key")
