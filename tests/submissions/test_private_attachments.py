"""Issue 13, item 2: unreviewed attachments are never reachable by a media URL.

A submission's attachment goes to the restricted "Submissions" collection. Its file
is stored outside MEDIA_ROOT and STATIC_ROOT under an unguessable name, so no media
or static route (runserver's DEBUG media route, whitenoise, a web server serving
MEDIA_ROOT) can hand it out; Wagtail's document view serves it after its check. A
file moves when its collection's restriction changes, or the practice is published.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.storage import check_private_root
from practices.models import PracticeSubmission
from tests.submissions.conftest import PDF_BYTES, valid_answers
from tests.submissions.test_share_practice import approve, pdf

MEDIA_URLCONF = "tests.submissions.media_urls"


@pytest.fixture
def media_served(settings):
    """/media/ served from MEDIA_ROOT, as in the demo (runserver, DEBUG on)."""
    settings.ROOT_URLCONF = MEDIA_URLCONF


def files_holding(content: bytes, *roots: Path) -> list[Path]:
    return [
        path
        for root in roots
        if root.exists()
        for path in root.rglob("*")
        if path.is_file() and path.read_bytes() == content
    ]


def public_roots() -> tuple[Path, Path]:
    return Path(settings.MEDIA_ROOT), Path(settings.STATIC_ROOT)


def submitted_attachment(client: Client, share_page):
    response = client.post(
        share_page.get_url(),
        {**valid_answers(), "attachment": pdf()},
        REMOTE_ADDR="203.0.113.40",
    )
    assert response.status_code == 302
    return PracticeSubmission.objects.select_related("attachment", "page").latest("pk")


@pytest.mark.django_db
def test_an_unreviewed_attachment_has_no_media_url(
    client, share_page, moderator_client, media_served
):
    submission = submitted_attachment(client, share_page)
    document = submission.attachment
    basename = f"{submission.reference.lower()}.pdf"

    # Not under any directory a route serves; its name is not guessable.
    assert files_holding(PDF_BYTES, *public_roots()) == []
    path = Path(document.file.path)
    assert path.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert path.read_bytes() == PDF_BYTES
    secret_part = Path(document.file.name).parent.name
    assert len(secret_part) >= 32 and submission.reference.lower() not in secret_part
    assert document.filename == basename

    # The media paths answer 404: the name the probe counted, and the stored name.
    for media_path in (f"/media/documents/{basename}", f"/media/{document.file.name}"):
        assert client.get(media_path).status_code == 404, media_path

    # Wagtail's document view asks anonymous visitors to sign in ...
    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"] and "next=" in response["Location"]
    # ... and serves a moderator.
    download = moderator_client.get(document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF_BYTES


@pytest.mark.django_db
def test_a_published_attachment_moves_to_public_media(
    client, share_page, moderator, media_served, django_capture_on_commit_callbacks
):
    submission = submitted_attachment(client, share_page)
    private_path = Path(submission.attachment.file.path)

    with django_capture_on_commit_callbacks(execute=True):
        approve(submission.page.specific, moderator)

    document = get_document_model().objects.get(pk=submission.attachment_id)
    assert document.collection.pk == Collection.get_first_root_node().pk
    assert document.file.name == f"documents/{submission.reference.lower()}.pdf"
    assert not private_path.exists()
    assert client.get(document.url).status_code == 200
    assert client.get(f"/media/{document.file.name}").status_code == 200


@pytest.mark.django_db
def test_files_follow_their_collections_restriction(
    client, media_served, moderator_client, django_capture_on_commit_callbacks
):
    collection = Collection.get_first_root_node().add_child(name="Partners' reports")
    content = b"%PDF-1.4\n% a partner's report\n%%EOF\n"
    document = get_document_model().objects.create(
        title="Report", collection=collection, file=ContentFile(content, name="report.pdf")
    )
    public_url = f"/media/{document.file.name}"
    assert client.get(public_url).status_code == 200

    # A restriction on the collection: the file leaves MEDIA_ROOT.
    with django_capture_on_commit_callbacks(execute=True):  # the old file goes on commit
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    document.refresh_from_db()
    assert document.file.name.startswith("private/")
    assert files_holding(content, *public_roots()) == []
    assert client.get(public_url).status_code == 404
    assert client.get(document.url).status_code == 302
    assert moderator_client.get(document.url).status_code == 200

    # The restriction removed: public again.
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    document.refresh_from_db()
    assert document.file.name.startswith("documents/")
    assert client.get(f"/media/{document.file.name}").status_code == 200

    # A document moved into a restricted collection, and a new upload into one.
    restricted = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=restricted, restriction_type=CollectionViewRestriction.LOGIN
    )
    document.collection = restricted
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    document.refresh_from_db()
    assert document.file.name.startswith("private/")
    uploaded = get_document_model().objects.create(
        title="Internal note",
        collection=restricted.add_child(name="Below"),
        file=ContentFile(b"internal note", name="note.txt"),
    )
    assert uploaded.file.name.startswith("private/")
    assert files_holding(b"internal note", *public_roots()) == []
    assert files_holding(content, *public_roots()) == []


def test_the_private_root_may_not_be_served(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    assert check_private_root() == []
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "media" / "private"
    assert [error.id for error in check_private_root()] == ["cms.E001"]
