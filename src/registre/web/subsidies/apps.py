from django.apps import AppConfig


class SubsidiesConfig(AppConfig):
    name = "registre.web.subsidies"
    label = "registre_subsidies"
    verbose_name = "Subventions et conventions"
    default_auto_field = "django.db.models.BigAutoField"
