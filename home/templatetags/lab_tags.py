"""Template tags every visitor page uses: navigation, language switcher, labels."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from practices.models import Aspect

register = template.Library()


def _home_for_locale(language_code: str) -> Page | None:
    from home.models import HomePage

    return HomePage.objects.live().filter(locale__language_code=language_code).first()


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    home = _home_for_locale(get_language() or settings.LANGUAGE_CODE)
    return home.url if home else "/"


@register.simple_tag
def main_navigation(page: Page | None) -> list[dict]:
    """The home page's live children in the current language."""
    home = _home_for_locale(get_language() or settings.LANGUAGE_CODE)
    if home is None:
        return []
    current_path = page.path if page is not None else ""
    return [
        {"title": child.title, "url": child.url, "active": current_path.startswith(child.path)}
        for child in home.get_children().live().in_menu()
    ]


@register.simple_tag(takes_context=True)
def page_translations(context, page: Page | None) -> list[dict]:
    """Each locale with the URL of this page in it, or None where none is live.

    An alias (wagtail-localize's copy of a parent page, still in the source's
    words) is not a translation: the switcher says that language has none yet.
    """
    if page is None or not hasattr(page, "translation_key"):
        return []
    request = context.get("request")
    live = {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True)
        .live()
        .filter(Q(alias_of__isnull=True) | Q(pk=page.pk))
        .select_related("locale")
    }
    names = dict(settings.LANGUAGES)
    entries = []
    for locale in Locale.objects.all().order_by("id"):
        code = locale.language_code
        translation = live.get(code)
        entries.append(
            {
                "code": code,
                "name": names.get(code, code),
                "current": page.locale_id == locale.id,
                "default": code == settings.LANGUAGE_CODE,
                "url": translation.url if translation else None,
                "full_url": translation.get_full_url(request) if translation else None,
            }
        )
    return entries


@register.simple_tag
def aspect_name(slug: str) -> str:
    return Aspect.names_by_slug(get_language()).get(slug, slug)


@register.simple_tag
def localized_terms(terms) -> list[str]:
    """Names of taxonomy terms (a queryset, a list or one term) in the current language."""
    if terms is None:
        return []
    if not hasattr(terms, "__iter__"):
        terms = [terms]
    return [str(term.localized) for term in terms]


@register.simple_tag
def statistic_value(statistic) -> str:
    """A figure with its unit, formatted for the current language."""
    from django.utils.formats import number_format

    from regions.models import Unit

    if statistic.unit == Unit.PERCENT:
        return f"{number_format(statistic.value, decimal_pos=1, use_l10n=True)} %"
    return number_format(int(statistic.value), use_l10n=True, force_grouping=True)
