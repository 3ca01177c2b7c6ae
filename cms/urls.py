from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import openapi
from cms.api import api_router
from search import export as search_export
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/lab/search/", search_views.search_api, name="lab_search_api"),
    path("api/v2/lab/map/", search_views.map_api, name="lab_map_api"),
    path("api/v2/lab/export.csv", search_export.export_csv, name="lab_export_csv"),
    path("api/v2/lab/export.json", search_export.export_json, name="lab_export_json"),
    path("api/v2/", api_router.urls),
    path("api/schema/", openapi.schema_view, name="api_schema"),
    path("api/docs/", openapi.docs_view, name="api_docs"),
    re_path(r"^api/", openapi.not_found_view),  # a JSON 404, not the visitor site's page
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Visitor pages carry their locale in the URL: /en/..., /it/...
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
