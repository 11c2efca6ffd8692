from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "registre.web.api"
    label = "registre_api"
    verbose_name = "API"
    default_auto_field = "django.db.models.BigAutoField"
