"""The public images and documents endpoints never show files of a restricted
collection, such as the attachments of submissions awaiting review.

Wagtail's own endpoints leave out the collections *this request* may not view, which
for a password restriction means reading the visitor's session: a visitor who typed a
collection's password got its files listed in an answer marked `public` for a CDN.
The lab's endpoints leave out every collection with a view restriction of any kind,
and every collection below one, whoever asks (cms/api.py, PublicCollectionsOnly)."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

from editorial.roles import MODERATORS
from practices.submissions import submissions_collection
from tests.api.conftest import get_json
from tests.submissions.conftest import role_user

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


@pytest.fixture
def moderator_user(django_user_model):
    return role_user(django_user_model, "mona-moderator", MODERATORS)


@pytest.fixture
def password_document(media):
    """A document in a password-restricted collection, next to the public root."""
    collection = Collection.get_first_root_node().add_child(name="Partners only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="partners-2026",
    )
    document = get_document_model().objects.create(
        title="partners-memo",
        collection=collection,
        file=ContentFile(b"%PDF-1.4\n", name="partners-memo.pdf"),
    )
    return restriction, document


@pytest.mark.parametrize("signed_in", [False, True])
def test_a_visitor_who_passed_a_password_still_gets_the_public_answer(
    client, media, password_document, moderator_user, signed_in
):
    """The answer must not depend on who asks: it is cached as public. Before, a
    session that had passed the password listed the document (and made the answer
    vary by cookie)."""
    restriction, document = password_document
    anonymous = client.get("/api/v2/documents/", {"limit": 100})
    if signed_in:  # a moderator may open the Submissions collection in the admin
        client.force_login(moderator_user)
    session = client.session
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()

    response = client.get("/api/v2/documents/", {"limit": 100})
    listed = {item["id"] for item in response.json()["items"]}
    assert document.pk not in listed and media["restricted_document"].pk not in listed
    assert media["public_document"].pk in listed
    assert response["ETag"] == anonymous["ETag"]  # the very answer anonymous visitors get
    assert "cookie" not in response.get("Vary", "").lower()
    get_json(client, f"/api/v2/documents/{document.pk}/", expect=404)
    get_json(client, "/api/v2/documents/find/", expect=404, id=str(document.pk))


def test_a_restriction_added_later_hides_files_already_public(client, media):
    """Restricting a collection takes its files (and those below it) out at once."""
    public = media["public_image"]
    collection = Collection.get_first_root_node().add_child(name="Embargoed")
    inner = collection.add_child(name="Embargoed photos")
    public.collection = inner
    public.save()
    get_json(client, f"/api/v2/images/{public.pk}/")

    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    listed = {item["id"] for item in get_json(client, "/api/v2/images/", limit=100)["items"]}
    assert public.pk not in listed
    get_json(client, f"/api/v2/images/{public.pk}/", expect=404)
