"""Indexing follows publishing on both engines; drafts never leak; rebuilds lose nothing."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from practices.models import PracticePage
from search.contract import LabQuery
from search.service import breaker, search_json
from tests.conftest import ELASTICSEARCH_URL, use_engine
from tests.forms import evaluated_form

REPO = Path(__file__).resolve().parent.parent
API = "/api/v2/lab/search/"


def found_ids(client, settings, q: str) -> dict[str, set[int]]:
    """Result ids for a query, per engine."""
    ids = {}
    for name in ("database", "elasticsearch"):
        use_engine(name, settings)
        body = client.get(API, {"q": q, "page_size": 100}).json()
        assert body["engine"] == name and not body["degraded"]
        ids[name] = {result["id"] for result in body["results"]}
    return ids


def both(ids: set[int]) -> dict[str, set[int]]:
    return {"database": ids, "elasticsearch": ids}


def test_publish_unpublish_and_drafts_through_the_admin(
    resync_after, db, admin_client_demo, client, settings, django_capture_on_commit_callbacks
):
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    edit_url = reverse("wagtailadmin_pages:edit", args=(practice.pk,))

    # A draft with a new word: saved, not published, so not findable anywhere.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_demo.post(
            edit_url, evaluated_form(practice, summary="A draft about quokkaphones.")
        )
    assert response.status_code == 302
    assert found_ids(client, settings, "quokkaphones") == {
        "database": set(),
        "elasticsearch": set(),
    }

    # Published: findable in the very next request, on both engines.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_demo.post(
            edit_url,
            evaluated_form(practice, summary="Now about zebrafinches.", **{"action-publish": "1"}),
        )
    assert response.status_code == 302
    assert found_ids(client, settings, "zebrafinches") == {
        "database": {practice.pk},
        "elasticsearch": {practice.pk},
    }

    # Unpublished: gone from both.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_demo.post(
            reverse("wagtailadmin_pages:unpublish", args=(practice.pk,))
        )
    assert response.status_code == 302
    assert found_ids(client, settings, "zebrafinches") == {
        "database": set(),
        "elasticsearch": set(),
    }


def test_a_region_title_change_reaches_its_practices(
    resync_after, db, settings, django_capture_on_commit_callbacks
):
    from regions.models import RegionPage

    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    region.title = "Skåne län"
    with django_capture_on_commit_callbacks(execute=True):
        region.save_revision().publish()
    for name in ("database", "elasticsearch"):
        use_engine(name, settings)
        body = search_json(LabQuery(filters={"region": ("skane",)}))
        assert body["total"] > 0
        assert {
            r["region"]["title"] for r in body["results"] if r["region"]["slug"] == "skane"
        } == {"Skåne län"}


def test_a_translated_practice_shows_its_region_as_live_in_its_language(db):
    from regions.models import RegionPage
    from search.documents import document_for

    english = RegionPage.objects.get(slug="skane", locale__language_code="en")
    swedish = RegionPage.objects.get(slug="skane", locale__language_code="sv")
    practice = PracticePage.objects.live().filter(
        locale__language_code="sv", regions__translation_key=english.translation_key
    )[0]

    def region_titles() -> set[str]:
        document = document_for(PracticePage.objects.get(pk=practice.pk))
        return {r["title"] for r in document["regions"] if r["slug"] == "skane"}

    swedish.title = "Region Skåne (svenska)"
    swedish.save_revision().publish()
    assert region_titles() == {"Region Skåne (svenska)"}
    # A draft of the translation never reaches the index: the source stands in.
    swedish.title = "Ett utkast"
    swedish.save_revision()
    swedish.unpublish()
    assert region_titles() == {english.title}


def test_highlights_show_the_text_escaped_once_on_both_engines(
    resync_after, db, settings, django_capture_on_commit_callbacks
):
    """Markup in a summary comes back as text, a rich text's entities as the
    characters they stand for, escaped once; only <mark> is a tag."""
    import html
    import re

    from search.engines.elasticsearch import ElasticsearchEngine

    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    practice.summary = "Quillworts & <b>co</b> <script>alert(1)</script>."
    # As the rich-text editor stores it: the apostrophe as an entity.
    practice.lessons_learnt = "<p>Tutors&#x27; families of zanderfish growers.</p>"
    with django_capture_on_commit_callbacks(execute=True):
        practice.save_revision().publish()

    for name in ("database", "elasticsearch"):
        use_engine(name, settings)
        body = search_json(LabQuery(q="quillworts"))
        assert [r["id"] for r in body["results"]] == [practice.pk], name
        highlight = body["results"][0]["highlight"]
        assert set(re.findall(r"</?([a-zA-Z]+)", highlight)) == {"mark"}, (name, highlight)
        shown = html.unescape(highlight)  # what a browser displays
        assert "<mark>Quillworts</mark> & " in shown, (name, highlight)
        assert "&#" not in shown and "&amp;" not in shown, (name, highlight)

        # A word only the rich text has: its fragment, the entity read as "'".
        body = search_json(LabQuery(q="zanderfish"))
        assert [r["id"] for r in body["results"]] == [practice.pk], name
        shown = html.unescape(body["results"][0]["highlight"])
        assert "Tutors' families of <mark>zanderfish</mark> growers." in shown, (name, shown)
        assert search_json(LabQuery(q="x27"))["total"] == 0, name  # no entity was indexed

    # Elasticsearch finds and highlights it from the indexed text, whose copy in the
    # stored document is left out of _source, so never sent back.
    use_engine("elasticsearch", settings)
    result = ElasticsearchEngine().search(LabQuery(q="zanderfish"))
    assert result.hits[0].highlight
    assert "text" not in result.hits[0].document


def test_lab_index_check_reports_and_sync_repairs_drift(resync_after, db, settings, capsys):
    from search.models import IndexedDocument

    use_engine("elasticsearch", settings)
    call_command("lab_index", "check", skip_checks=False)  # as from the shell, with checks
    assert "No drift." in capsys.readouterr().out
    victim_id = IndexedDocument.objects.filter(locale="en").first().page_id
    IndexedDocument.objects.filter(page_id=victim_id).delete()
    with pytest.raises(Exception, match="Drift found"):
        call_command("lab_index", "check", "--locale", "en")
    assert "1 missing" in capsys.readouterr().out
    call_command("lab_index", "sync", "--locale", "en")
    assert "In step after sync." in capsys.readouterr().out
    assert IndexedDocument.objects.filter(page_id=victim_id).exists()


def test_rebuild_repairs_rows_a_missed_publish_left_behind(resync_after, db, client, settings):
    from django.utils import timezone
    from wagtail.models import Page

    from search.models import IndexedDocument

    use_engine("elasticsearch", settings)
    missing, outdated, stale = IndexedDocument.objects.filter(locale="en").order_by("pk")[:3]
    IndexedDocument.objects.filter(pk=missing.pk).delete()
    # A publish whose indexing never ran: the page is newer than its row.
    Page.objects.filter(pk=outdated.pk).update(
        title="Rebuilt wallabyforms", last_published_at=timezone.now()
    )
    # A change the rebuild cannot see (its page is not newer): `--from-pages` repairs it.
    Page.objects.filter(pk=stale.pk).update(title="Rebuilt numbatgrams")

    call_command("lab_index", "rebuild", "--locale", "en", verbosity=0)
    assert IndexedDocument.objects.filter(pk=missing.pk).exists()
    assert found_ids(client, settings, "wallabyforms") == both({outdated.pk})
    assert found_ids(client, settings, "numbatgrams") == both(set())

    call_command("lab_index", "rebuild", "--locale", "en", "--from-pages", verbosity=0)
    assert found_ids(client, settings, "numbatgrams") == both({stale.pk})


def test_rebuild_while_searches_are_served(resync_after, db, settings):
    """No search fails or comes back empty while `lab_index rebuild` swaps the index."""
    use_engine("elasticsearch", settings)
    expected = search_json(LabQuery())["total"]
    outcomes: list[tuple[str, bool, int]] = []
    stop = threading.Event()

    def keep_searching() -> None:
        from django.db import connection

        try:
            while not stop.is_set():
                body = search_json(LabQuery())
                outcomes.append((body["engine"], body["degraded"], body["total"]))
        finally:
            connection.close()

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        call_command("lab_index", "rebuild", "--locale", "en", verbosity=0)
    finally:
        stop.set()
        searcher.join()
    assert len(outcomes) >= 3
    assert set(outcomes) == {("elasticsearch", False, expected)}


def managed_node() -> bool:
    return bool(os.environ.get("LAB_ES_INSTANCE")) and ELASTICSEARCH_URL.startswith(
        "http://127.0.0.1:"
    )


@pytest.mark.skipif(
    not managed_node(),
    reason="needs the local node `make test` starts "
    "(it is stopped and restarted); an external cluster is left alone",
)
def test_degraded_when_the_node_stops_and_recovery_when_it_returns(db, client, settings):
    use_engine("elasticsearch", settings)
    script = ["bash", str(REPO / "scripts" / "elasticsearch.sh")]
    assert client.get(API).json()["engine"] == "elasticsearch"
    subprocess.run([*script, "stop"], check=True, capture_output=True)
    try:
        body = client.get(API, {"aspect": "innovation"}).json()
        assert body["engine"] == "database" and body["degraded"] is True
        assert body["total"] > 0
        assert breaker.is_open
        # While the breaker is open the cluster is not even asked: answered at once.
        started = time.monotonic()
        assert client.get(API).json()["degraded"] is True
        assert time.monotonic() - started < 1.0
    finally:
        subprocess.run([*script, "start"], check=True, capture_output=True)
    time.sleep(settings.LAB_SEARCH_BREAKER_SECONDS)
    body = client.get(API, {"aspect": "innovation"}).json()
    assert body["engine"] == "elasticsearch" and body["degraded"] is False
