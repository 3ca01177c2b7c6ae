"""Issue 13, item 3: every submission's draft opens in the page editor.

Wagtail's editor turns the stored rich text into Draftail's content state; HTML it
does not expect (a `<br>` where it wants `<br/>`) made the edit view fail with
`AssertionError: Unmatched tags: expected br, got p`. These go through the real
admin edit view, with the texts a person (or an attacker) may type.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from practices.forms import paragraphs_html
from practices.models import PracticeSubmission
from tests.submissions.conftest import valid_answers

DESCRIPTIONS = {
    "one-line-break": "First line\nsecond line",
    "line-breaks-and-blank-lines": "One\ntwo\n\n\n\nthree\n   \nfour\r\nfive",
    "windows-line-endings": "Para one\r\nstill one\r\n\r\nPara two",
    "markup": "<p>Hello<br>there</p>\n<b>bold</b><br/>\n\n<script>alert(1)</script>",
    "entities": "5 < 6 & 7 > 3\n&lt;br&gt; &amp;",
    "unicode": "Σύνοψη\nΔεύτερη γραμμή\n\nÅ ä ö",
}
LINE_FIELDS = ("description", "lessons_learnt", "transferability_tips", "challenges")


@pytest.mark.django_db
@pytest.mark.parametrize("text", DESCRIPTIONS.values(), ids=DESCRIPTIONS.keys())
def test_the_draft_of_a_submission_opens_in_the_page_editor(
    client, share_page, admin_client_demo, text
):
    answers = valid_answers(
        **dict.fromkeys(LINE_FIELDS, text),
        inspiring_inclusion=text,
        improvement_inclusion=text,
    )
    response = client.post(share_page.get_url(), answers, REMOTE_ADDR="203.0.113.30")
    assert response.status_code == 302
    practice = PracticeSubmission.objects.latest("pk").page

    edit = admin_client_demo.get(reverse("wagtailadmin_pages:edit", args=[practice.pk]))

    assert edit.status_code == 200
    assert "<script>alert(1)" not in edit.content.decode()


def test_line_breaks_are_wagtails_own_br():
    assert paragraphs_html("First line\nsecond line\n\nThird") == (
        "<p>First line<br/>second line</p><p>Third</p>"
    )
