from django.apps import AppConfig


class ActesConfig(AppConfig):
    name = "registre.web.actes"
    label = "registre_actes"
    verbose_name = "Vie des actes (clôture, signature, @ctes, publication)"
    default_auto_field = "django.db.models.BigAutoField"
