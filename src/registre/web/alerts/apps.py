from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "registre.web.alerts"
    label = "registre_alerts"
    verbose_name = "Alertes"
    default_auto_field = "django.db.models.BigAutoField"
