"""The bridge that puts translations through moderation.

wagtail-localize's synced editor and its sync view can only *publish* a
translation (`Translation.save_target(publish=True)`): a translated page would
go live past the workflow every source page goes through. The lab keeps the
synced editor (segment editor, PO files, machine translation, sync that keeps
translated text) and adds one action to it, "Submit for moderation", which
saves the translation as a draft revision and starts (or resumes) the page's
Wagtail workflow. Moderators then approve it as any other page, and approval
publishes it. Users who may publish a page may still publish its translation
directly, as Wagtail's own editor lets them do for source pages.

Why not `save_target(publish=False)`: for a page that is already live,
wagtail-localize writes the translated content to the page's own row, which is
what visitors see, before saving the revision. A live translation's draft must
not reach visitors, so the draft here is built in memory
(`get_ephemeral_translated_instance`, what wagtail-localize's preview uses) and
stored as a revision only, as Wagtail's editor saves a draft of a live page.
"""

from __future__ import annotations

from enum import StrEnum

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.models import Page, Revision, WorkflowState
from wagtail_localize.models import Translation, TranslationLog


class Outcome(StrEnum):
    PUBLISHED = "published"
    IN_MODERATION = "in-moderation"
    DRAFT = "draft"  # no workflow applies and the user may not publish


def user_can_translate(user, page: Page) -> bool:
    """wagtail-localize checks one global permission; the lab also asks for edit
    rights on the page itself, so a region's group translates only its own pages."""
    return user.has_perm("wagtail_localize.submit_translation") and (
        page.permissions_for_user(user).can_edit()
    )


def translation_for_page(page: Page) -> Translation | None:
    """The enabled synced translation whose target is this page, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


@transaction.atomic
def save_translation_draft(translation: Translation, user) -> Revision:
    """Save the translation's current state as a draft revision of its page."""
    page = translation.get_target_instance()
    if not page.live:
        # Nobody sees a page that is not live: wagtail-localize's own draft save
        # (which also turns a copied parent alias into a real page) is safe.
        translation.save_target(user=user, publish=False)
        return page.get_latest_revision()
    if page.alias_of_id:
        # A live alias mirrors its source; it becomes a page of its own, still
        # showing what it showed, and the translation waits in a revision.
        page.alias_of_id = None
        page.save(update_fields=["alias_of_id"], clean=False)
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    revision = draft.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return revision


@transaction.atomic
def submit_translation_for_moderation(translation: Translation, user) -> WorkflowState:
    """Save the translation as a draft and put its page through its workflow."""
    page = translation.get_target_instance()
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit() or permissions.page_locked():
        raise PermissionDenied
    workflow = page.get_workflow()
    if workflow is None:
        raise PermissionDenied("No workflow applies to this page.")
    save_translation_draft(translation, user)
    page.refresh_from_db()
    state = page.current_workflow_state
    if state is None:
        return workflow.start(page, user)
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    # Already in moderation: approval publishes the latest revision, this one.
    return state


def publish_or_moderate(translation: Translation, user) -> Outcome:
    """Apply a translation as far as this user may: publish it, or send it to moderation."""
    page = translation.get_target_instance()
    permissions = page.permissions_for_user(user)
    if permissions.can_publish():
        translation.save_target(user=user, publish=True)
        return Outcome.PUBLISHED
    if page.get_workflow() is not None and permissions.can_edit():
        submit_translation_for_moderation(translation, user)
        return Outcome.IN_MODERATION
    save_translation_draft(translation, user)
    return Outcome.DRAFT
