"""System checks: what the map needs to be served.

Leaflet is installed from the npm registry and copied into static/vendor/ by
`npm ci` (package.json's postinstall step); a clone without that step would serve
visitor maps and the admin's point widget without their library. The admin's
point widget is wagtailgeowidget's, whose scripts are static files of its app.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.staticfiles import finders
from django.core.checks import CheckMessage, Error, Warning, register

MAP_ASSETS = ("vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css")


@register()
def map_assets_installed(app_configs, **kwargs) -> list[CheckMessage]:
    errors: list[CheckMessage] = []
    if not apps.is_installed("wagtailgeowidget"):
        # A warning: the site runs; `check --deploy --fail-level WARNING` (CI) refuses it.
        errors.append(
            Warning(
                "wagtailgeowidget is not in INSTALLED_APPS: the region editor's map "
                "cannot load its scripts.",
                hint='Add "wagtailgeowidget" to INSTALLED_APPS.',
                id="regions.W001",
            )
        )
    missing = [path for path in MAP_ASSETS if not finders.find(path)]
    if missing:
        errors.append(
            Error(
                f"The map's static files are missing: {', '.join(missing)}.",
                hint="Run `npm ci` at the repository root (or `make install`): it installs "
                "Leaflet from the npm registry and copies it into static/vendor/.",
                id="regions.E001",
            )
        )
    return errors
