from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project itself as an app: wiring that belongs to no content area."""

    name = "cms"
    verbose_name = "Integration Lab"

    def ready(self) -> None:
        from django.core import checks

        from cms.storage import check_private_root, connect_signals

        checks.register(check_private_root)
        connect_signals()
