"""The eight locales and every taxonomy term in each of them."""

from django.db import migrations


def create_taxonomy(apps, schema_editor):
    from practices.taxonomy_setup import ensure_taxonomy

    ensure_taxonomy(
        apps.get_model("wagtailcore.Locale"),
        apps.get_model("practices.Aspect"),
        apps.get_model("practices.PolicyArea"),
        apps.get_model("practices.TargetGroup"),
        apps.get_model("practices.FundingSource"),
    )


class Migration(migrations.Migration):
    dependencies = [("practices", "0002_initial"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create_taxonomy, migrations.RunPython.noop)]
