"""`load_demo` is idempotent and covers the whole taxonomy."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision

from practices.models import (
    Aspect,
    AuthorityRole,
    EvidenceLevel,
    FundingSource,
    PolicyArea,
    PracticePage,
    Status,
    TargetGroup,
)
from regions.models import RegionalActionPage, RegionPage, RegionStatistic

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "statistics": RegionStatistic.objects.count(),
        "aspects": Aspect.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_second_run_creates_nothing():
    before = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == before


def test_demo_has_the_regions_actions_and_practices_the_lab_needs():
    english = {"locale__language_code": "en"}
    assert RegionPage.objects.filter(partner=True, **english).count() == 6
    others = RegionPage.objects.filter(partner=False, **english)
    assert others.values("country").distinct().count() >= 6
    assert RegionalActionPage.objects.filter(**english).count() == 6
    assert PracticePage.objects.live().filter(**english).count() >= 36


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("authority_role", AuthorityRole.values),
        ("status", Status.values),
        ("evidence_level", EvidenceLevel.values),
    ],
)
def test_every_choice_has_several_practices(field, values):
    for value in values:
        practices = PracticePage.objects.filter(locale__language_code="en")
        assert practices.filter(**{field: value}).count() >= 3, value


@pytest.mark.parametrize(
    ("relation", "model"),
    [
        ("policy_areas", PolicyArea),
        ("target_groups", TargetGroup),
        ("funding_sources", FundingSource),
    ],
)
def test_every_term_has_several_practices(relation, model):
    for term in model.objects.filter(locale__language_code="en"):
        count = PracticePage.objects.filter(**{relation: term}).count()
        assert count >= 3, term.slug


def test_every_aspect_has_several_practices():
    for aspect in Aspect.objects.filter(locale__language_code="en"):
        count = sum(
            aspect.slug in practice.assessed_aspect_slugs()
            for practice in PracticePage.objects.all()
        )
        assert count >= 3, aspect.slug


def test_demo_statistics_are_marked_as_demo_figures():
    assert RegionStatistic.objects.exists()
    assert not RegionStatistic.objects.exclude(source__icontains="demo").exists()


def test_the_seven_aspects_exist_in_every_locale():
    slugs = {
        "communication",
        "inclusion",
        "innovation",
        "multi-level-governance",
        "multi-stakeholder-approach",
        "monitoring-evaluation",
        "sustainability",
    }
    for code in ["en", "fr", "de", "es", "it", "el", "pt", "sv"]:
        assert (
            set(Aspect.objects.filter(locale__language_code=code).values_list("slug", flat=True))
            == slugs
        )
