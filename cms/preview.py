"""Headless preview: a signed, expiring token lets an external front end read one draft.

An editor opens "Preview in the front end" in the page editor; the admin view signs
a token naming the page and its latest saved revision and redirects to
`LAB_PREVIEW_URL?token=…` (or, when no front end is configured, to the draft's JSON).
The front end then asks `GET /api/v2/preview/?token=…` for that draft, in the same
JSON as `/api/v2/pages/{id}/`. Without a valid token no draft is ever served: the
pages API itself only knows live pages.

Why not wagtail-headless-preview: it needs a mixin on every page class that
replaces the site's own template preview (the lab renders its pages itself), and
its tokens carry no age check of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from wagtail.models import Page, Revision

SALT = "lab.headless-preview"


class PreviewTokenError(Exception):
    """A token that must be refused: `code` is `invalid_token` or `expired_token`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class PreviewGrant:
    page_id: int
    revision_id: int


def signer() -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=SALT)


def make_token(revision: Revision) -> str:
    return signer().sign_object({"page": int(revision.object_id), "revision": revision.pk})


def read_token(token: str) -> PreviewGrant:
    """The grant a token carries, or PreviewTokenError when tampered with or too old."""
    try:
        data = signer().unsign_object(token, max_age=settings.LAB_PREVIEW_TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        raise PreviewTokenError(
            "expired_token", "This preview link has expired: open the preview again."
        ) from None
    except (signing.BadSignature, ValueError, TypeError):
        raise PreviewTokenError("invalid_token", "This preview token is not valid.") from None
    if not isinstance(data, dict) or not {"page", "revision"} <= data.keys():
        raise PreviewTokenError("invalid_token", "This preview token is not valid.")
    return PreviewGrant(page_id=int(data["page"]), revision_id=int(data["revision"]))


def draft_for(grant: PreviewGrant) -> Page:
    """The page as saved in the granted revision; Http404 when either is gone."""
    revision = (
        Revision.page_revisions.filter(pk=grant.revision_id, object_id=str(grant.page_id))
        .select_related("content_type")
        .first()
    )
    if revision is None or not Page.objects.filter(pk=grant.page_id).exists():
        raise Http404("The previewed page or draft no longer exists.")
    return revision.as_object()


def preview_url(token: str) -> str:
    """Where the editor is sent: the configured front end, else the draft's JSON."""
    base = settings.LAB_PREVIEW_URL or reverse("wagtailapi:preview:listing")
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}{urlencode({'token': token})}"


def open_preview(request: HttpRequest, page_id: int) -> HttpResponseRedirect:
    """Admin view: sign a token for the page's latest draft and open the front end."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    revision = page.latest_revision
    if revision is None:
        raise Http404("This page has no saved draft to preview.")
    return HttpResponseRedirect(preview_url(make_token(revision)))
