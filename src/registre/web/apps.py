from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "registre.web"
    label = "registre_web"
    verbose_name = "Registre des délibérations"
    default_auto_field = "django.db.models.BigAutoField"
