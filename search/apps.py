from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "lab_search"
    verbose_name = "Lab search"

    def ready(self) -> None:
        from search import signals

        signals.connect()
