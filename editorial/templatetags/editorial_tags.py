"""Template tags of the lab's admin screens."""

from __future__ import annotations

from django import template
from wagtail.models import Page, WorkflowState

register = template.Library()


@register.filter
def lookup(mapping: dict, key):
    """`{{ counts|lookup:state }}`: a dictionary value by a variable key."""
    return mapping.get(key, "")


@register.simple_tag(takes_context=True)
def translation_moderation(context, page: Page) -> dict:
    """What the synced editor's moderation bar shows for this translated page."""
    user = context["request"].user
    workflow = page.get_workflow()
    if workflow is None:
        return {"workflow": None}
    state = page.current_workflow_state
    permissions = page.permissions_for_user(user)
    return {
        "workflow": workflow,
        "in_moderation": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "task": state.current_task_state.task if state and state.current_task_state else None,
        "can_submit": permissions.can_edit() and not permissions.page_locked(),
    }
