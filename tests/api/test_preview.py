"""Headless preview: drafts reach a front end only through a valid, fresh, signed token."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import signing
from django.urls import reverse

from cms.preview import make_token
from practices.models import PracticeIndexPage, PracticePage
from tests.api.conftest import get_json

pytestmark = pytest.mark.django_db

PREVIEW = "/api/v2/preview/"
DRAFT_TITLE = "A draft nobody may see yet"


@pytest.fixture
def drafted_practice(db) -> PracticePage:
    """A live practice with a newer, unpublished draft."""
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    practice.title = DRAFT_TITLE
    practice.summary = "Draft summary."
    practice.save_revision()
    return PracticePage.objects.get(pk=practice.pk)


@pytest.fixture
def new_draft(db) -> PracticePage:
    """A practice that was never published."""
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    source = PracticePage.objects.child_of(index).live().first()
    page = PracticePage(
        title=DRAFT_TITLE,
        slug="never-published",
        summary="Not yet.",
        authority_role=source.authority_role,
        start_year=2024,
        live=False,
    )
    index.add_child(instance=page)
    page.save_revision()
    return PracticePage.objects.get(pk=page.pk)


def preview(client, token: str, expect: int = 200, **params):
    response = client.get(PREVIEW, {"token": token, **params})
    assert response.status_code == expect, response.content[:300]
    assert response["Cache-Control"] == "private, no-store"
    assert not response.has_header("ETag")
    return response.json()


def test_the_api_serves_the_live_version_only(client, drafted_practice):
    body = get_json(client, f"/api/v2/pages/{drafted_practice.pk}/")
    assert body["title"] == drafted_practice.title != DRAFT_TITLE
    listing = get_json(client, "/api/v2/pages/", search=DRAFT_TITLE, fields="title")
    assert DRAFT_TITLE not in {item["title"] for item in listing["items"]}
    found = client.get("/api/v2/pages/find/", {"html_path": drafted_practice.url}, follow=True)
    assert found.json()["title"] != DRAFT_TITLE
    search = get_json(client, "/api/v2/lab/search/", q="draft nobody")
    assert search["total"] == 0


def test_a_valid_token_shows_the_draft_as_the_detail_view_would(client, drafted_practice):
    body = preview(client, make_token(drafted_practice.latest_revision))
    assert body["id"] == drafted_practice.pk
    assert body["title"] == DRAFT_TITLE and body["summary"] == "Draft summary."
    live = get_json(client, f"/api/v2/pages/{drafted_practice.pk}/")
    assert set(body) == set(live)
    assert body["regions"] == live["regions"] and body["policy_areas"] == live["policy_areas"]
    only = preview(client, make_token(drafted_practice.latest_revision), fields="_,id,title")
    assert only == {"id": drafted_practice.pk, "title": DRAFT_TITLE}


def test_a_never_published_page_is_only_seen_through_its_token(client, new_draft):
    assert client.get(f"/api/v2/pages/{new_draft.pk}/").status_code == 404
    listing = get_json(client, "/api/v2/pages/", type="practices.PracticePage", slug=new_draft.slug)
    assert listing["meta"]["total_count"] == 0
    find = client.get("/api/v2/pages/find/", {"html_path": "/en/practices/never-published/"})
    assert find.status_code == 404
    body = preview(client, make_token(new_draft.latest_revision))
    assert body["title"] == DRAFT_TITLE
    assert body["meta"]["first_published_at"] is None


def test_an_expired_token_is_refused(client, drafted_practice, settings, monkeypatch):
    now = signing.time.time()
    with monkeypatch.context() as past:
        past.setattr(signing.time, "time", lambda: now - settings.LAB_PREVIEW_TOKEN_MAX_AGE - 5)
        token = make_token(drafted_practice.latest_revision)
    error = preview(client, token, expect=403)["error"]
    assert error == {
        "code": "expired_token",
        "message": "This preview link has expired: open the preview again.",
        "param": "token",
    }
    settings.LAB_PREVIEW_TOKEN_MAX_AGE = 3600  # the same token is fine under a longer limit
    assert preview(client, token)["title"] == DRAFT_TITLE


def test_tampered_and_foreign_tokens_are_refused(client, drafted_practice, new_draft):
    token = make_token(drafted_practice.latest_revision)
    payload, timestamp, signature = token.rsplit(":", 2)
    other = make_token(new_draft.latest_revision).rsplit(":", 2)[0]
    tampered = [
        f"{payload}:{timestamp}:{signature[:-2]}xy",
        f"{other}:{timestamp}:{signature}",  # another page's grant under this signature
        f"{payload}:{timestamp}",
        signing.dumps({"page": drafted_practice.pk, "revision": 1}),  # signed, other salt
        "not-a-token",
    ]
    for bad in tampered:
        error = preview(client, bad, expect=403)["error"]
        assert error["code"] == "invalid_token", bad


def test_missing_tokens_unknown_parameters_and_deleted_drafts(client, drafted_practice):
    assert preview(client, "", expect=400)["error"]["code"] == "missing_token"
    token = make_token(drafted_practice.latest_revision)
    assert preview(client, token, expect=400, page=1)["error"]["param"] == "page"
    assert preview(client, token, expect=400, fields="nope")["error"]["code"] == "bad_request"
    drafted_practice.latest_revision.delete()
    assert preview(client, token, expect=404)["error"]["code"] == "not_found"


def test_the_editor_opens_the_front_end_with_a_fresh_token(
    admin_client_demo, client, drafted_practice, settings
):
    settings.LAB_PREVIEW_URL = "http://127.0.0.1:3000/api/preview"
    edit = admin_client_demo.get(reverse("wagtailadmin_pages:edit", args=[drafted_practice.pk]))
    link = reverse("lab_headless_preview", args=[drafted_practice.pk])
    assert link in edit.content.decode()

    response = admin_client_demo.get(link)
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert f"{target.scheme}://{target.netloc}{target.path}" == settings.LAB_PREVIEW_URL
    token = parse_qs(target.query)["token"][0]
    assert preview(client, token)["title"] == DRAFT_TITLE


def test_without_a_front_end_the_link_opens_the_drafts_json(admin_client_demo, drafted_practice):
    response = admin_client_demo.get(reverse("lab_headless_preview", args=[drafted_practice.pk]))
    assert response["Location"].startswith(f"{PREVIEW}?token=")
    assert admin_client_demo.get(response["Location"]).json()["title"] == DRAFT_TITLE


def test_only_editors_of_the_page_get_a_token(client, django_user_model, drafted_practice):
    link = reverse("lab_headless_preview", args=[drafted_practice.pk])
    anonymous = client.get(link)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]

    reader = django_user_model.objects.create_user("reader", password="not-used-1234")
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    reader.groups.add(group)
    client.force_login(reader)
    refused = client.get(link)  # Wagtail's admin answers PermissionDenied with its home
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
