"""Admin of the acts' settings: an authority's mode of publicity (L2131-1) and archives."""

from django.contrib import admin

from registre.web.actes.models import ActesSettings


@admin.register(ActesSettings)
class ActesSettingsAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("authority", "publicity", "publicity_decision", "archival_agency")
