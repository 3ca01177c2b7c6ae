"""Wagtail's own Elasticsearch 8 backend for "the naive approach", minus n-grams.

The local node is Elastic's integration-test distribution, which has no n-gram
tokenizer or filter (see es-analysis-plugin/README.md); Wagtail's backend
defines both for autocomplete only. Here its two n-gram analyzers become plain
folded, lower-cased analyzers, so the index can be created; `.search()` and
`.facet()`, which the benchmark calls, query the same fields the same way.
The shard request cache is off because our engine's requests (which return
hits) cannot use it either; the comparison is of work done, not of cache hits.
"""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

PLAIN = {"type": "custom", "tokenizer": "standard", "filter": ["asciifolding", "lowercase"]}


class NaiveSearchBackend(Elasticsearch8SearchBackend):
    settings = {
        "settings": {
            "analysis": {"analyzer": {"ngram_analyzer": PLAIN, "edgengram_analyzer": PLAIN}},
            "index": {"number_of_replicas": 0, "requests": {"cache": {"enable": False}}},
        }
    }


SearchBackend = NaiveSearchBackend
