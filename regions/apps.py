from django.apps import AppConfig


class RegionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "regions"
    verbose_name = "Regions"

    def ready(self) -> None:
        from regions import checks  # noqa: F401 - registers the map's system check
