"""`python -m bench.make_corpus --database NAME [size flags]`: a migrated database with
a synthetic corpus, for the resilience drill (which clones it) and by hand."""

from __future__ import annotations

import argparse
import os

import django

from bench import services
from bench.spec import CorpusSpec


def main(argv: list[str] | None = None) -> int:
    """Migrate a database on the bench's PostgreSQL server and build (or keep) a corpus
    in it; prints its URL."""
    parser = argparse.ArgumentParser(prog="python -m bench.make_corpus", description=main.__doc__)
    parser.add_argument("--database", required=True)
    parser.add_argument("--practices", type=int, default=80)
    parser.add_argument("--regions", type=int, default=8)
    parser.add_argument("--locales", type=int, default=8)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    server = services.postgres_server_url()
    if not services.database_exists(server, args.database):
        services.create_database(server, args.database)
    url = services.with_database(server, args.database)
    os.environ.update(DATABASE_URL=url, DJANGO_SETTINGS_MODULE="bench.settings")
    os.environ.pop("ELASTICSEARCH_URL", None)
    django.setup()
    from django.core.management import call_command

    from bench.corpus import ensure_corpus
    from search.management.commands.lab_index import progress_bar

    call_command("migrate", verbosity=0)
    spec = CorpusSpec(args.practices, args.regions, args.locales, args.seed)
    ensure_corpus(spec, progress_bar, jobs=args.jobs)
    print(url)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
