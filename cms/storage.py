"""Media storage with a private side: files no URL route can reach.

Files of documents in a collection with a view restriction (such as the
unreviewed attachments of submissions, practices/submissions.py) live under
PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT and STATIC_ROOT, so neither Django's
DEBUG media route, nor whitenoise, nor a web server that serves MEDIA_ROOT can
hand them out. They are reached only through Wagtail's document serve view
(`/documents/<id>/<name>`), which checks the collection's restriction first.

One storage holds both sides (a document's FileField has one storage): names
under `private/` are stored below PRIVATE_MEDIA_ROOT, in a directory with a
random name, the rest below MEDIA_ROOT as usual. Signal handlers keep each
document's file on the side its collection calls for: a new upload into a
restricted collection is written to the private side at once; a document moved
to another collection, a restriction added or removed, or a collection moved,
moves the files concerned.
"""

from __future__ import annotations

import logging
import posixpath
import secrets
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils._os import safe_join

logger = logging.getLogger("lab.storage")

PRIVATE_PREFIX = "private/"
PUBLIC_DOCUMENTS_DIR = "documents"


def private_root() -> Path:
    return Path(settings.PRIVATE_MEDIA_ROOT)


def is_private_name(name: str) -> bool:
    return name.startswith(PRIVATE_PREFIX)


class LabMediaStorage(FileSystemStorage):
    """FileSystemStorage on MEDIA_ROOT, with `private/…` names under PRIVATE_MEDIA_ROOT
    and no URL for them."""

    def path(self, name: str) -> str:
        if is_private_name(name):
            return safe_join(private_root(), name.removeprefix(PRIVATE_PREFIX))
        return super().path(name)

    def _save(self, name: str, content) -> str:
        if is_private_name(name):
            # FileSystemStorage makes the saved name relative to its own location.
            private = FileSystemStorage(location=private_root())
            return PRIVATE_PREFIX + private._save(name.removeprefix(PRIVATE_PREFIX), content)
        return super()._save(name, content)

    def url(self, name: str | None) -> str:
        if name and is_private_name(name):
            # Wagtail's serve view treats this as "no direct URL" and streams the file
            # itself, after its permission check.
            raise NotImplementedError("Private files have no URL; use the document serve view.")
        return super().url(name)


def private_name(filename: str) -> str:
    """A fresh private name: an unguessable directory, the file's own base name."""
    return f"{PRIVATE_PREFIX}{secrets.token_urlsafe(24)}/{posixpath.basename(filename)}"


def public_name(filename: str) -> str:
    return f"{PUBLIC_DOCUMENTS_DIR}/{posixpath.basename(filename)}"


def collection_is_restricted(collection) -> bool:
    """A view restriction on the collection or any collection above it."""
    return collection is not None and collection.get_view_restrictions().exists()


# --- Keeping each document's file on the right side ------------------------------------


def store_new_upload_privately(sender, instance, raw: bool = False, **kwargs) -> None:
    """pre_save of a document: a file not yet written (an upload), for a restricted
    collection, goes straight to the private side, never touching MEDIA_ROOT."""
    field_file = instance.file
    if raw or not field_file or field_file._committed:
        return
    if not collection_is_restricted(instance.collection):
        return
    stored = field_file.storage.save(
        private_name(field_file.name), field_file.file, max_length=field_file.field.max_length
    )
    instance.file = stored  # a name: committed, so the field does not save it again


def place_document(document) -> bool:
    """Move the document's file to the side its collection calls for; True if moved.

    The copy is written and the row updated in the current transaction; the old file
    is removed once it commits, so a rollback leaves the document whole (at worst an
    orphaned copy on the new side)."""
    old = document.file.name
    if not old:
        return False
    restricted = collection_is_restricted(document.collection)
    if restricted == is_private_name(old):
        return False
    storage = document.file.storage
    if not storage.exists(old):
        logger.warning("Document %s: file %s is missing; not moved.", document.pk, old)
        return False
    target = private_name(old) if restricted else public_name(old)
    with storage.open(old, "rb") as content:
        new = storage.save(target, content, max_length=document.file.field.max_length)
    type(document).objects.filter(pk=document.pk).update(file=new)
    document.file = new
    transaction.on_commit(lambda: storage.delete(old))
    logger.info(
        "Document %s moved to the %s side.", document.pk, "private" if restricted else "public"
    )
    return True


def place_documents(documents: Iterable) -> int:
    return sum(place_document(document) for document in documents)


def place_saved_document(sender, instance, raw: bool = False, **kwargs) -> None:
    """post_save of a document: its collection may have changed."""
    if not raw:
        place_document(instance)


def place_documents_of_collection(collection) -> None:
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    subtree = Collection.objects.descendant_of(collection, inclusive=True)
    place_documents(
        get_document_model()
        .objects.filter(collection__in=subtree)
        .select_related("collection")
        .iterator()
    )


def restriction_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    """A view restriction added to or removed from a collection."""
    if raw:
        return
    from wagtail.models import Collection

    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is not None:
        place_documents_of_collection(collection)


def collection_saved(sender, instance, raw: bool = False, created: bool = False, **kwargs):
    """A collection moved under another inherits (or loses) its restriction."""
    if not raw and not created:
        place_documents_of_collection(instance)


def connect_signals() -> None:
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    document = get_document_model()
    pre_save.connect(store_new_upload_privately, sender=document, dispatch_uid="lab_private_new")
    post_save.connect(place_saved_document, sender=document, dispatch_uid="lab_private_place")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"lab_private_restriction_{signal is post_save}",
        )
    post_save.connect(collection_saved, sender=Collection, dispatch_uid="lab_private_collection")


def check_private_root(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """PRIVATE_MEDIA_ROOT must be outside every directory a route serves."""
    private = private_root().resolve()
    errors = []
    for name in ("MEDIA_ROOT", "STATIC_ROOT"):
        served = getattr(settings, name, None)
        if not served:
            continue
        served = Path(served).resolve()
        if private == served or served in private.parents or private in served.parents:
            errors.append(
                checks.Error(
                    f"PRIVATE_MEDIA_ROOT ({private}) overlaps {name} ({served}): files of "
                    "restricted collections would be served by URL.",
                    id="cms.E001",
                )
            )
    return errors
