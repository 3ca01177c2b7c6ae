from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = "Home and content pages"

    def ready(self) -> None:
        from wagtail_localize import models as localize_models

        from home.translation import copying_emptied_relations

        # wagtail-localize calls the name it imported into its models module.
        if not getattr(
            localize_models.copy_synchronised_fields, "lab_copies_emptied_relations", False
        ):
            localize_models.copy_synchronised_fields = copying_emptied_relations(
                localize_models.copy_synchronised_fields
            )
