"""The demo's maps: load_demo gives the home page and the practice database a map block.

Each block has a fixed id so that its heading's translation has a stable path
("body.<id>.heading") for the demo translations, which wagtail-localize keys by path.
"""

from __future__ import annotations

from wagtail.models import Page

HOME_MAP_ID = "3f6b2a52-8c1e-4d57-9a0b-6e2f1c7d4a10"
PRACTICE_INDEX_MAP_ID = "9c41d7e8-2b5a-4f63-8e1d-0a7b3c5f9e24"
NO_FILTERS = {"aspects": [], "regions": [], "countries": []}
NO_VIEW = {"initial_view": {"latitude": None, "longitude": None, "zoom": None}}

HOME_MAP = {"heading": "Where the practices are", **NO_FILTERS, **NO_VIEW}
PRACTICE_INDEX_MAP = {"heading": "The practices on the map", **NO_FILTERS, **NO_VIEW}

# For home/demo_translations.py: page slug -> segment path -> locale -> text.
MAP_TRANSLATIONS = {
    "home": {
        f"body.{HOME_MAP_ID}.heading": {
            "it": "Dove sono le pratiche",
            "es": "Dónde están las prácticas",
            "sv": "Var insatserna finns",
        }
    },
    "practices": {
        f"body.{PRACTICE_INDEX_MAP_ID}.heading": {
            "it": "Le pratiche sulla mappa",
            "es": "Las prácticas en el mapa",
            "sv": "Insatserna på kartan",
        }
    },
}


def add_map_block(page: Page, value: dict, block_id: str) -> bool:
    """Append a map block to the page's body and publish, unless it already has one.

    Idempotent, like the rest of the demo: a second run changes nothing.
    """
    if any(block.block_type == "map" for block in page.body):
        return False
    blocks = [
        {"type": block.block_type, "value": block.block.get_prep_value(block.value), "id": block.id}
        for block in page.body
    ]
    page.body = [*blocks, {"type": "map", "value": value, "id": block_id}]
    page.save_revision().publish()
    return True
