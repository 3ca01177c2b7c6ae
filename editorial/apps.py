from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Roles, moderation of source pages and translations, and translation status."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self) -> None:
        from editorial import signals

        signals.connect()
