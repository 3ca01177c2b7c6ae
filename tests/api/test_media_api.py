"""The public images and documents endpoints never show files of a restricted
collection, such as the attachments of submissions awaiting review.

Wagtail's endpoints exclude collections the request may not view (the lab's
endpoints read no session, so every restricted one); this guards that the lab's
subclasses and settings keep it so."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from practices.submissions import submissions_collection
from tests.api.conftest import get_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path) -> dict[str, object]:
    settings.MEDIA_ROOT = tmp_path / "media"
    restricted = submissions_collection()
    below = restricted.add_child(name="Older submissions")
    public = Collection.get_first_root_node()
    document, image = get_document_model(), get_image_model()

    def add_document(title: str, collection: Collection):
        return document.objects.create(
            title=title, collection=collection, file=ContentFile(b"%PDF-1.4\n", name=f"{title}.pdf")
        )

    return {
        "public_document": add_document("public-report", public),
        "restricted_document": add_document("unreviewed-attachment", restricted),
        "below_document": add_document("older-attachment", below),
        "public_image": image.objects.create(
            title="public-photo", collection=public, file=get_test_image_file()
        ),
        "restricted_image": image.objects.create(
            title="unreviewed-photo", collection=restricted, file=get_test_image_file()
        ),
    }


@pytest.mark.parametrize("endpoint, kind", [("documents", "document"), ("images", "image")])
def test_restricted_files_are_neither_listed_nor_found(client, media, endpoint, kind):
    listed = {item["id"] for item in get_json(client, f"/api/v2/{endpoint}/", limit=100)["items"]}
    public, restricted = media[f"public_{kind}"], media[f"restricted_{kind}"]
    assert public.pk in listed
    assert restricted.pk not in listed
    get_json(client, f"/api/v2/{endpoint}/{public.pk}/")
    get_json(client, f"/api/v2/{endpoint}/{restricted.pk}/", expect=404)
    get_json(client, f"/api/v2/{endpoint}/find/", expect=404, id=str(restricted.pk))


def test_a_collection_below_a_restricted_one_is_restricted_too(client, media):
    listed = {item["id"] for item in get_json(client, "/api/v2/documents/", limit=100)["items"]}
    assert media["below_document"].pk not in listed
    get_json(client, f"/api/v2/documents/{media['below_document'].pk}/", expect=404)
