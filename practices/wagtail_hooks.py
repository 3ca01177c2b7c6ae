"""Admin registration of the practice taxonomy snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.models import Aspect, FundingSource, PolicyArea, TargetGroup


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    ordering = ["sort_order", "name"]


class AspectViewSet(TaxonomyViewSet):
    model = Aspect
    icon = "tick-inverse"


class PolicyAreaViewSet(TaxonomyViewSet):
    model = PolicyArea
    icon = "folder-open-1"


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup
    icon = "group"


class FundingSourceViewSet(TaxonomyViewSet):
    model = FundingSource
    icon = "table"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy"
    menu_icon = "tag"
    menu_order = 300
    items = (AspectViewSet, PolicyAreaViewSet, TargetGroupViewSet, FundingSourceViewSet)


register_snippet(TaxonomyGroup)
