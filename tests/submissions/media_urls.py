"""The lab's URLs plus /media/ served from MEDIA_ROOT, as `runserver` with DEBUG on
serves them (cms/urls.py adds django.conf.urls.static only when DEBUG is on)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from cms.urls import urlpatterns as lab_urlpatterns


def media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.*)$", media), *lab_urlpatterns]
