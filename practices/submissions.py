"""Share a practice: from the public form to a draft practice under moderation.

`serve_share_page` answers the SharePracticePage. A POST is checked against the
per-address rate limit, then the honeypot, then the form (practices/forms.py);
a valid one is accepted in one transaction by `accept`:

- a PracticeSubmission (reference, locale, the submitter's contact data, a hash of
  the address) - the only place the contact data is kept;
- the practice as a draft PracticePage (never live) under the practice database of
  the form's language, with the attachment as a Wagtail document in the access-
  restricted "Submissions" collection;
- the moderation workflow of that tree started on the draft. Wagtail's
  `Workflow.start` takes `user=None`: the workflow state then has no requester,
  and Wagtail's own notices and admin views handle that case;
- after the commit, e-mails to the moderators and to the submitter.

The visitor is then redirected (POST/redirect/GET) to a confirmation showing the
reference, carried in a signed query parameter.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from contextvars import ContextVar
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import checks, signing
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Collection, CollectionViewRestriction, Page, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted
from wagtail.utils.file import hash_filelike

from editorial.roles import MODERATORS
from practices.forms import HONEYPOT_FIELD, AttachmentKind, SharePracticeForm, paragraphs_html
from practices.models import (
    PracticeIndexPage,
    PracticePage,
    PracticeSubmission,
    SharePracticePage,
)

logger = logging.getLogger("lab.submissions")

SUBMISSIONS_COLLECTION = "Submissions"
# The namespace of the moderators' admin listing (practices/wagtail_hooks.py).
ADMIN_NAMESPACE = "practice_submissions"
CONFIRMATION_PARAMETER = "sent"
CONFIRMATION_SALT = "lab.share-practice.confirmation"
CONFIRMATION_MAX_AGE = 24 * 60 * 60
TEMPLATE = "practices/share_practice_page.html"
LANDING_TEMPLATE = "practices/share_practice_page_landing.html"
RATE_LIMITED_TEMPLATE = "practices/share_practice_rate_limited.html"


# --- The rate limit -------------------------------------------------------------------

RATE_UNITS = {"s": 1, "m": 60, "h": 60 * 60, "d": 24 * 60 * 60}


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> Rate:
        """'5/h' → five per hour (units s, m, h, d)."""
        match = re.fullmatch(r"\s*(\d+)\s*/\s*([smhd])\s*", text or "")
        if match is None or int(match[1]) < 1:
            raise ImproperlyConfigured(
                f"LAB_SUBMISSION_RATE={text!r}: expected '<count>/<s|m|h|d>', such as '5/h'."
            )
        return cls(int(match[1]), RATE_UNITS[match[2]])


def check_rate_setting(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """System check: a mistyped LAB_SUBMISSION_RATE is reported at start-up."""
    try:
        Rate.parse(settings.LAB_SUBMISSION_RATE)
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="practices.E001")]
    return []


def address_hash(address: str) -> str:
    """A keyed hash of the client's address: comparable, not reversible without the
    secret key (the whole IPv4 space is too small for a plain hash)."""
    return salted_hmac("lab.share-practice.address", address, algorithm="sha256").hexdigest()


class SubmissionRateLimit:
    """At most `rate.count` accepted submissions per address in each fixed window,
    counted in Django's cache (shared by all processes only if the cache is)."""

    def __init__(self, address_digest: str, rate: Rate, now: float | None = None) -> None:
        now = time.time() if now is None else now
        self.address_digest = address_digest
        self.rate = rate
        self.key = f"lab:share-practice:{address_digest}:{int(now // rate.seconds)}"
        self.retry_after = rate.seconds - int(now % rate.seconds)

    @classmethod
    def for_request(cls, request: HttpRequest) -> SubmissionRateLimit:
        # REMOTE_ADDR, never X-Forwarded-For, which any client can write; behind a
        # proxy the server must put the client's address there (see README).
        address = request.META.get("REMOTE_ADDR") or "unknown"
        return cls(address_hash(address), Rate.parse(settings.LAB_SUBMISSION_RATE))

    def exceeded(self) -> bool:
        return cache.get(self.key, 0) >= self.rate.count

    def hit(self) -> None:
        cache.add(self.key, 0, timeout=self.rate.seconds)
        try:
            cache.incr(self.key)
        except ValueError:  # expired between add and incr
            cache.set(self.key, 1, timeout=self.rate.seconds)


# --- The page's views ----------------------------------------------------------------


def serve_share_page(page: SharePracticePage, request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    index = page.practice_index()
    if request.method != "POST":
        if CONFIRMATION_PARAMETER in request.GET:
            return confirmation(page, request)
        return render_form(page, request, SharePracticeForm(page.locale), index)
    if index is None:  # this language has no practice database (yet): nowhere to file it
        return render_form(page, request, SharePracticeForm(page.locale), index)

    limit = SubmissionRateLimit.for_request(request)
    if limit.exceeded():
        response = TemplateResponse(
            request, RATE_LIMITED_TEMPLATE, page.get_context(request), status=429
        )
        response["Retry-After"] = str(limit.retry_after)
        return response
    if request.POST.get(HONEYPOT_FIELD):
        # A bot: it is told that all went well, and nothing is kept.
        limit.hit()
        logger.info("Share a practice: honeypot filled, submission dropped.")
        return redirect_to_confirmation(page, request, decoy_reference())

    form = SharePracticeForm(page.locale, request.POST, request.FILES)
    if form.is_valid():
        try:
            submission = accept(form, share_page=page, index=index, ip_hash=limit.address_digest)
        except ValidationError as error:
            add_model_errors(form, error)
        else:
            limit.hit()
            return redirect_to_confirmation(page, request, submission.reference)
    return render_form(page, request, form, index)


def render_form(
    page: SharePracticePage,
    request: HttpRequest,
    form: SharePracticeForm,
    index: PracticeIndexPage | None,
) -> TemplateResponse:
    context = page.get_context(request)
    context.update(form=form, accepting=index is not None)
    return TemplateResponse(request, TEMPLATE, context)


def redirect_to_confirmation(
    page: SharePracticePage, request: HttpRequest, reference: str
) -> HttpResponseRedirect:
    token = signing.dumps(reference, salt=CONFIRMATION_SALT)
    return HttpResponseRedirect(f"{page.get_url(request)}?{CONFIRMATION_PARAMETER}={token}")


def confirmation(page: SharePracticePage, request: HttpRequest) -> HttpResponse:
    """The confirmation after a submission; a stale or forged link shows the form."""
    try:
        reference = signing.loads(
            request.GET[CONFIRMATION_PARAMETER],
            salt=CONFIRMATION_SALT,
            max_age=CONFIRMATION_MAX_AGE,
        )
    except signing.BadSignature:
        return HttpResponseRedirect(page.get_url(request))
    context = page.get_context(request)
    context["reference"] = reference
    return TemplateResponse(request, LANDING_TEMPLATE, context)


def decoy_reference() -> str:
    return f"LAB-{timezone.localdate().year}-{secrets.randbelow(10**6):06d}"


def add_model_errors(form: SharePracticeForm, error: ValidationError) -> None:
    """A rule of the page model the form did not foresee: shown on the form's field
    of the same name, else above the form."""
    for field, messages in getattr(error, "error_dict", {None: error.error_list}).items():
        form.add_error(field if field in form.fields else None, messages)


# --- Accepting a submission ---------------------------------------------------------


def accept(
    form: SharePracticeForm,
    *,
    share_page: SharePracticePage,
    index: PracticeIndexPage,
    ip_hash: str,
) -> PracticeSubmission:
    """Store a valid submission, all or nothing (see the module's docstring)."""
    stored_documents = []
    try:
        with transaction.atomic():
            data = form.cleaned_data
            submission = PracticeSubmission.objects.create(
                title=data["title"],
                locale=share_page.locale,
                submitter_name=data["submitter_name"],
                submitter_organisation=data["submitter_organisation"],
                submitter_email=data["submitter_email"],
                ip_hash=ip_hash,
            )
            year = timezone.localdate(submission.created_at).year
            submission.reference = f"LAB-{year}-{submission.pk:06d}"
            if data["attachment"]:
                submission.attachment = store_attachment(
                    data["attachment"], form.attachment_kind, submission.reference
                )
                stored_documents.append(submission.attachment)
            submission.page = create_draft(form, index, submission)
            submission.save(update_fields=["reference", "attachment", "page"])
            transaction.on_commit(
                partial(send_notifications, submission.pk, share_page.contact_email)
            )
    except Exception:
        # The database rolled back; the uploaded file is not part of it.
        for document in stored_documents:
            document.file.delete(save=False)
        raise
    return submission


def create_draft(
    form: SharePracticeForm, index: PracticeIndexPage, submission: PracticeSubmission
) -> PracticePage:
    data = form.cleaned_data
    practice = PracticePage(
        title=data["title"],
        slug=free_slug(index, data["title"], submission.reference),
        locale=index.locale,
        live=False,
        summary=data["summary"],
        body=[("paragraph", paragraphs_html(data["description"]))],
        authority_role=data["authority_role"],
        authority_contribution=data["authority_contribution"],
        evaluation=form.evaluation(),
        lessons_learnt=paragraphs_html(data["lessons_learnt"]),
        transferability_tips=paragraphs_html(data["transferability_tips"]),
        challenges=paragraphs_html(data["challenges"]),
        start_year=data["start_year"],
        end_year=data["end_year"],
        status=data["status"],
        partners=data["partners"],
        website=data["website"],
        evidence_level=data["evidence_level"],
    )
    practice.regions = list(data["regions"])
    practice.policy_areas = list(data["policy_areas"])
    practice.target_groups = list(data["target_groups"])
    practice.funding_sources = list(data["funding_sources"])
    if submission.attachment is not None:
        practice.documents = [("document", {"document": submission.attachment, "label": ""})]
    index.add_child(instance=practice)
    practice.save_revision()
    log(instance=practice, action="wagtail.create", data={"submission": submission.reference})
    workflow = practice.get_workflow()
    if workflow is not None:
        token = _starting_submission_workflow.set(True)
        try:
            workflow.start(practice, user=None)
        finally:
            _starting_submission_workflow.reset(token)
    return practice


# Set while a submission's draft enters moderation. Its moderators get the lab's own
# e-mail, which carries the reference and the links to the draft and to the
# submission; Wagtail's two "submitted" notices (the task's, to the task's groups and
# the superusers; the workflow's, to the superusers) stay unsent for it, so that
# every recipient gets one e-mail per submission.
_starting_submission_workflow: ContextVar[bool] = ContextVar(
    "lab_starting_submission_workflow", default=False
)


class SilentForSharedPractices:
    """A Wagtail notifier that says nothing while a shared practice enters moderation."""

    def can_handle(self, instance, **kwargs) -> bool:
        return not _starting_submission_workflow.get() and super().can_handle(instance, **kwargs)


class ModerationTaskEmailNotifier(
    SilentForSharedPractices, GroupApprovalTaskStateSubmissionEmailNotifier
):
    """Wagtail's e-mail to a moderation task's groups, except for a shared practice."""


class WorkflowSubmittedEmailNotifier(
    SilentForSharedPractices, WorkflowStateSubmissionEmailNotifier
):
    """Wagtail's e-mail to the superusers when a workflow starts, except for a shared
    practice (the superusers get the lab's e-mail instead, see moderator_addresses)."""


# Wagtail's signal, its dispatch_uid (wagtail/admin/signal_handlers.py) and our notifier.
REPLACED_NOTIFIERS = (
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        ModerationTaskEmailNotifier(),
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        WorkflowSubmittedEmailNotifier(),
    ),
)


def replace_moderation_email_notifiers() -> None:
    """Put our notifiers in the place of Wagtail's (same dispatch_uid, so whichever
    app is ready first, one notifier per signal remains; held strongly, as Wagtail's
    module-level ones are)."""
    for signal, sender, dispatch_uid, notifier in REPLACED_NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid, weak=False)


def free_slug(index: PracticeIndexPage, title: str, reference: str) -> str:
    slug = slugify(title, allow_unicode=True)[:80].strip("-") or "practice"
    if Page.objects.child_of(index).filter(slug=slug).exists():
        slug = f"{slug}-{reference.lower()}"
    return slug


def store_attachment(upload: UploadedFile, kind: AttachmentKind, reference: str):
    """The upload as a Wagtail document, named by its reference and its real type.

    The file is written when the document is saved, straight to the private side of
    the media storage, since the collection is restricted (cms/storage.py)."""
    document = get_document_model()(
        title=_("Attachment to submission %(reference)s") % {"reference": reference},
        collection=submissions_collection(),
    )
    upload.seek(0)
    document.file_hash = hash_filelike(upload)
    upload.seek(0)
    document.file = File(upload, name=f"{reference.lower()}.{kind.extension}")
    document.file_size = upload.size
    document.save()
    return document


def submissions_collection() -> Collection:
    """The collection of submitted attachments. Unreviewed files are not public:
    only moderators (or, without that group, signed-in users) may download them."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=SUBMISSIONS_COLLECTION).first()
    if collection is not None:
        return collection
    collection = root.add_child(name=SUBMISSIONS_COLLECTION)
    moderators = Group.objects.filter(name=MODERATORS)
    if moderators.exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(moderators)
    else:
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


def release_published_attachments(sender, instance: Page, **kwargs) -> None:
    """When moderators publish a practice, the submitted documents they kept on it
    move to the public root collection, so that visitors can open them (saved one by
    one: saving moves each file to the public side, cms/storage.py)."""
    page = instance.specific
    if not isinstance(page, PracticePage):
        return
    document_ids = [
        child.value["document"].pk
        for child in page.documents
        if child.block_type == "document" and child.value.get("document") is not None
    ]
    if not document_ids:
        return
    root = Collection.get_first_root_node()
    for document in get_document_model().objects.filter(
        pk__in=document_ids, collection__name=SUBMISSIONS_COLLECTION
    ):
        document.collection = root
        document.save(update_fields=["collection"])


# --- E-mails -------------------------------------------------------------------------


def moderator_addresses() -> list[str]:
    """Who is told of a new submission: the members of the Moderators group (else,
    when it has none, the superusers), and the superusers anyway where Wagtail would
    tell them of a submission (WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS, on by
    default): they no longer get Wagtail's notice for it. Users who turned off
    "submitted" notifications in their Wagtail account are left out, as Wagtail
    leaves them out. Plus LAB_MODERATOR_EMAILS. One entry per address."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .exclude(wagtail_userprofile__submitted_notifications=False)
    )
    moderators = users.filter(groups__name=MODERATORS)
    superusers = users.filter(is_superuser=True)
    include_superusers = getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True)
    addresses = set(moderators.values_list("email", flat=True))
    if include_superusers or not addresses:
        addresses |= set(superusers.values_list("email", flat=True))
    # Addresses are compared without regard to case: one person, one e-mail.
    unique: dict[str, str] = {}
    for address in sorted(addresses | set(settings.LAB_MODERATOR_EMAILS)):
        unique.setdefault(address.strip().lower(), address.strip())
    return sorted(unique.values())


def render_email(template: str, context: dict, to: list[str]) -> EmailMessage:
    subject = render_to_string(f"{template}_subject.txt", context)
    body = render_to_string(f"{template}.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=to)


def send_notifications(submission_id: int, contact_email: str) -> None:
    """Run after the commit. The moderators' message links to the admin and holds
    no contact data: that stays in the admin. A failing mail server is logged; the
    submission is stored either way."""
    submission = PracticeSubmission.objects.select_related("locale", "page").get(pk=submission_id)
    admin = settings.WAGTAILADMIN_BASE_URL
    context = {
        "submission": submission,
        "language": submission.locale.get_display_name(),
        "contact_email": contact_email,
        "inspect_url": admin + reverse(f"{ADMIN_NAMESPACE}:inspect", args=[submission.pk]),
        "edit_url": (
            admin + reverse("wagtailadmin_pages:edit", args=[submission.page_id])
            if submission.page_id
            else ""
        ),
    }
    with translation.override(settings.LANGUAGE_CODE):
        messages = [
            render_email("practices/emails/submission_moderators", context, [address])
            for address in moderator_addresses()
        ]
    with translation.override(submission.locale.language_code):
        messages.append(
            render_email(
                "practices/emails/submission_confirmation", context, [submission.submitter_email]
            )
        )
    try:
        get_connection().send_messages(messages)
    except OSError:  # smtplib's errors are OSErrors
        logger.exception("Share a practice: e-mails for %s not sent.", submission.reference)
