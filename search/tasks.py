"""Background work of the lab search (django-tasks)."""

from django_tasks import task

from search.indexing import index_pages


@task()
def update_search_index(page_ids: list[int]) -> None:
    """Bring these pages' index entries up to date (a missing page is removed)."""
    index_pages(page_ids)
