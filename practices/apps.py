from django.apps import AppConfig


class PracticesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "practices"
    verbose_name = "Practices"

    def ready(self) -> None:
        from django.core import checks
        from wagtail.signals import page_published

        from practices.submissions import (
            check_rate_setting,
            release_published_attachments,
            replace_moderation_email_notifiers,
        )

        checks.register(check_rate_setting)
        replace_moderation_email_notifiers()
        page_published.connect(
            release_published_attachments, dispatch_uid="lab_release_submitted_attachments"
        )
