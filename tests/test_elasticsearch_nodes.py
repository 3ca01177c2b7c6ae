"""Several Elasticsearch nodes: a request goes to another node when one is down.

ELASTICSEARCH_URL takes a comma-separated list of a cluster's nodes. The "down" node
here is a real address on this machine where nothing listens (connection refused, as
for a node whose process was killed), or one that accepts connections and never
answers (a hung node); the live one is the node `make test` starts. The client's own
request log (elastic_transport, one line per request and node) shows where each
request went. The resilience drill (`make resilience`) kills real nodes of a 3-node
cluster, the first node the app was given among them.
"""

from __future__ import annotations

import logging
import random
import re
import socket
import types
from collections.abc import Iterator

import elastic_transport._node_pool
import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.env import env_urls
from practices.models import PracticePage
from search.contract import LabQuery
from search.engines.elasticsearch import ElasticsearchEngine, client
from search.models import IndexedDocument
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
def hung_node_url() -> Iterator[str]:
    """An address that accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


@pytest.fixture
def nodes_in_given_order(monkeypatch):
    """The client shuffles its nodes so that many processes do not all start on the
    same one; here it keeps ELASTICSEARCH_URL's order, so the first node given is the
    first one asked, as in the issue's case of the app's own node going down."""
    monkeypatch.setattr(
        elastic_transport._node_pool,
        "random",
        types.SimpleNamespace(shuffle=lambda nodes: None, choice=random.choice),
    )


@pytest.fixture
def sent(caplog):
    """The requests the client sent, in order: (method, node, target, status)."""
    caplog.set_level(logging.INFO, logger="elastic_transport.transport")
    line = re.compile(r"^(\w+) (http://[^/]+)(\S*) \[status:(\S+) ")

    def requests() -> list[tuple[str, str, str, str]]:
        return [
            match.groups()
            for record in caplog.records
            if record.name == "elastic_transport.transport"
            and (match := line.match(record.getMessage()))
        ]

    return requests


def assert_failed_over(requests: list[tuple], dead: str, live: str) -> None:
    """Each request that failed on the dead node was sent again, to the live one, and
    answered; no request was answered by the dead node."""
    assert requests
    for number, (method, node, target, status) in enumerate(requests):
        if node == dead:
            assert status == "N/A"
            again = requests[number + 1]
            assert again[:3] == (method, live, target) and again[3].startswith("2")
        else:
            assert node == live


@pytest.fixture
def one_node_total(settings) -> int:
    use_engine("elasticsearch", settings)
    body = search_json(LabQuery())
    assert body["engine"] == "elasticsearch" and not body["degraded"]
    return body["total"]


@pytest.mark.parametrize("dead_first", [True, False], ids=["dead-first", "dead-second"])
def test_searches_go_to_the_live_node_when_another_is_down(
    settings, one_node_total, nodes_in_given_order, sent, dead_first
):
    dead = closed_port_url()
    nodes = [dead, ELASTICSEARCH_URL] if dead_first else [ELASTICSEARCH_URL, dead]
    settings.ELASTICSEARCH_URL = ",".join(nodes)
    breaker.reset()
    # The client is given every node (and follows the setting, not a client kept
    # from an earlier one).
    pool = client().transport.node_pool.all()
    assert [node.base_url for node in pool] == nodes
    for _ in range(6):  # round-robin picks the dead node at the first or second search
        body = search_json(LabQuery())
        assert (body["engine"], body["degraded"]) == ("elasticsearch", False)
        assert body["total"] == one_node_total
    assert not breaker.is_open
    requests = sent()
    assert requests[0][1] == nodes[0]
    assert any(node == dead for _method, node, _target, _status in requests)
    assert_failed_over(requests, dead, ELASTICSEARCH_URL)


def test_a_search_goes_to_another_node_when_the_first_hangs(
    settings, one_node_total, nodes_in_given_order, sent, hung_node_url
):
    # A node that takes the connection and never answers (a long pause, a half-dead
    # host): the request times out there and is sent to the next node.
    settings.LAB_SEARCH_TIMEOUT = 0.5
    settings.ELASTICSEARCH_URL = f"{hung_node_url},{ELASTICSEARCH_URL}"
    breaker.reset()
    body = search_json(LabQuery())
    assert (body["engine"], body["degraded"]) == ("elasticsearch", False)
    assert body["total"] == one_node_total
    assert not breaker.is_open
    requests = sent()
    assert requests[0][1] == hung_node_url
    assert_failed_over(requests, hung_node_url, ELASTICSEARCH_URL)


def test_a_publish_reaches_the_index_while_the_first_node_is_down(
    resync_after,
    db,
    settings,
    monkeypatch,
    nodes_in_given_order,
    sent,
    django_capture_on_commit_callbacks,
):
    dead = closed_port_url()
    settings.ELASTICSEARCH_URL = f"{dead},{ELASTICSEARCH_URL}"
    breaker.reset()
    # The index exists (as it does for any process after its first write), so the
    # first request the client sends, to the dead node, is the write itself.
    monkeypatch.setattr(ElasticsearchEngine, "_ready_locales", {"en"})
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    practice.summary = "Volunteers run a quillbarrow repair café."
    with django_capture_on_commit_callbacks(execute=True):
        practice.save_revision().publish()

    requests = sent()
    _method, node, target, _status = requests[0]
    assert node == dead and target.startswith("/_bulk")
    assert_failed_over(requests, dead, ELASTICSEARCH_URL)
    assert not IndexedDocument.objects.filter(
        page_id=practice.pk, elasticsearch_pending=True
    ).exists()
    body = search_json(LabQuery(q="quillbarrow"))
    assert (body["engine"], body["degraded"]) == ("elasticsearch", False)
    assert [result["id"] for result in body["results"]] == [practice.pk]
    assert not breaker.is_open


def test_the_breaker_trips_only_when_no_node_answers(settings, sent):
    first, second = closed_port_url(), closed_port_url()
    settings.ELASTICSEARCH_URL = f"{first},{second}"
    breaker.reset()
    try:
        body = search_json(LabQuery())
        assert (body["engine"], body["degraded"]) == ("database", True)
        assert breaker.is_open
        # Each node was asked once before the database answered.
        assert sorted(node for _method, node, _target, _status in sent()) == sorted([first, second])
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
