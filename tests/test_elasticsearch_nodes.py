"""Several Elasticsearch nodes: a request goes to another node when one is down.

ELASTICSEARCH_URL takes a comma-separated list of a cluster's nodes. The "down" node
here is a real address on this machine where nothing listens (connection refused, as
for a node whose process was killed); the live one is the node `make test` starts.
The resilience drill (`make resilience`) kills real nodes of a 3-node cluster.
"""

from __future__ import annotations

import socket

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.env import env_urls
from practices.models import PracticePage
from search.contract import LabQuery
from search.engines.elasticsearch import client
from search.service import breaker, search_json
from tests.conftest import ELASTICSEARCH_URL, use_engine

pytestmark = pytest.mark.django_db


def closed_port_url() -> str:
    """An address on loopback that refuses connections (its port was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def one_node_total(settings) -> int:
    use_engine("elasticsearch", settings)
    body = search_json(LabQuery())
    assert body["engine"] == "elasticsearch" and not body["degraded"]
    return body["total"]


@pytest.mark.parametrize("dead_first", [True, False], ids=["dead-first", "dead-second"])
def test_searches_go_to_the_live_node_when_another_is_down(settings, one_node_total, dead_first):
    dead = closed_port_url()
    nodes = [dead, ELASTICSEARCH_URL] if dead_first else [ELASTICSEARCH_URL, dead]
    settings.ELASTICSEARCH_URL = ",".join(nodes)
    breaker.reset()
    # The client is given every node (and follows the setting, not a client kept
    # from an earlier one).
    pool = client().transport.node_pool.all()
    assert sorted(node.base_url for node in pool) == sorted(nodes)
    for _ in range(6):  # enough for round-robin to have picked the dead node
        body = search_json(LabQuery())
        assert (body["engine"], body["degraded"]) == ("elasticsearch", False)
        assert body["total"] == one_node_total
    assert not breaker.is_open


def test_a_publish_reaches_the_index_while_the_first_node_is_down(
    resync_after, db, settings, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = f"{closed_port_url()},{ELASTICSEARCH_URL}"
    breaker.reset()
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    practice.summary = "Volunteers run a quillbarrow repair café."
    with django_capture_on_commit_callbacks(execute=True):
        practice.save_revision().publish()

    body = search_json(LabQuery(q="quillbarrow"))
    assert (body["engine"], body["degraded"]) == ("elasticsearch", False)
    assert [result["id"] for result in body["results"]] == [practice.pk]
    assert not breaker.is_open


def test_the_breaker_trips_only_when_no_node_answers(settings):
    settings.ELASTICSEARCH_URL = f"{closed_port_url()},{closed_port_url()}"
    breaker.reset()
    try:
        body = search_json(LabQuery())
        assert (body["engine"], body["degraded"]) == ("database", True)
        assert breaker.is_open
    finally:
        breaker.reset()


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("", ""),
        ("http://127.0.0.1:9200/", "http://127.0.0.1:9200"),
        (
            " http://a.example:9200 , https://b.example:9200/,",
            "http://a.example:9200,https://b.example:9200",
        ),
    ],
)
def test_elasticsearch_url_takes_a_list_of_nodes(monkeypatch, raw, expected):
    monkeypatch.setenv("ELASTICSEARCH_URL", raw)
    assert env_urls("ELASTICSEARCH_URL") == expected


@pytest.mark.parametrize("raw", ["127.0.0.1:9200", "http://a.example:9200,ftp://b.example"])
def test_a_bad_node_url_is_refused_with_the_value_named(monkeypatch, raw):
    monkeypatch.setenv("ELASTICSEARCH_URL", raw)
    with pytest.raises(ImproperlyConfigured, match="is not an http"):
        env_urls("ELASTICSEARCH_URL")
