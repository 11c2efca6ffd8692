from django.apps import AppConfig


class HistoryConfig(AppConfig):
    name = "registre.web.history"
    label = "registre_history"
    verbose_name = "Historique, registre des actes et errata"
    default_auto_field = "django.db.models.BigAutoField"
