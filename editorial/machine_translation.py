"""Machine translation with DeepL, Portuguese as spoken in Portugal.

wagtail-localize's DeepL translator sends a locale's language code as DeepL's
target language; for the lab's `pt` that would be DeepL's unspecified
Portuguese. The lab's Portuguese is European Portuguese: ask for PT-PT.
"""

from __future__ import annotations

from wagtail_localize.machine_translators.deepl import DeepLTranslator

# Lab locale -> DeepL target language, where the plain code is not the one meant.
DEEPL_TARGETS = {"pt": "PT-PT"}


class LabDeepLTranslator(DeepLTranslator):
    def get_parameters(self, source_locale, target_locale, strings) -> dict:
        parameters = super().get_parameters(source_locale, target_locale, strings)
        target = DEEPL_TARGETS.get(target_locale.language_code.lower())
        if target:
            parameters["target_lang"] = target
        return parameters
