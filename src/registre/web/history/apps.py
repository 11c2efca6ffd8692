from django.apps import AppConfig


class HistoryConfig(AppConfig):
    name = "registre.web.history"
    label = "registre_history"
    verbose_name = "Historique, registre des actes et errata"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # A closed session's acts cannot be changed (R2121-9): every write path is guarded.
        from registre.web.services import erratum, seal  # erratum: its digester for registre verify

        seal.connect()
        assert erratum.KIND
