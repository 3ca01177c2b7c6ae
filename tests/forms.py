"""Admin form data for the lab's page types, built from an existing page (for edit views)."""

from __future__ import annotations

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def rich(html: str) -> str:
    return rich_text(html or "")


def region_form(page, **changes) -> dict:
    statistics = [
        {
            "id": s.pk,
            "indicator": s.indicator,
            "value": str(s.value),
            "source": s.source,
            "year": str(s.year),
            "ORDER": str(i),
        }
        for i, s in enumerate(page.statistics.all())
    ]
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "country": str(page.country),
        "nuts_code": page.nuts_code,
        "responsible_body": page.responsible_body,
        "mipex_r_url": page.mipex_r_url,
        "urban_rural_typology": page.urban_rural_typology,
        "body": rich(page.body),
        "latitude": str(page.latitude),
        "longitude": str(page.longitude),
        "statistics": inline_formset(statistics, initial=len(statistics)),
    }
    if page.partner:
        data["partner"] = "on"
    data.update(changes)
    return nested_form_data(data)


def evaluated_form(page, **changes) -> dict:
    """A PracticePage or RegionalActionPage edit form with the page's current values."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "summary": page.summary,
        "body": streamfield(
            [
                ("paragraph", rich(str(block.value)))
                for block in page.body
                if block.block_type == "paragraph"
            ]
        ),
        "documents": streamfield([]),
        "evaluation": streamfield(
            [
                (
                    "aspect_evaluation",
                    {
                        "aspect": block.value["aspect"],
                        "inspiring_elements": rich(block.value["inspiring_elements"].source),
                        "room_for_improvement": rich(block.value["room_for_improvement"].source),
                    },
                )
                for block in page.evaluation
            ]
        ),
        "authority_role": page.authority_role,
        "authority_contribution": page.authority_contribution,
        "lessons_learnt": rich(page.lessons_learnt),
        "transferability_tips": rich(page.transferability_tips),
        "challenges": rich(page.challenges),
        "start_year": str(page.start_year),
        "end_year": str(page.end_year or ""),
        "status": page.status,
        "partners": page.partners,
        "website": page.website,
        "contact": page.contact,
        "evidence_level": page.evidence_level,
    }
    if hasattr(page, "focus_area_id"):
        data.update(
            {
                "focus_area": str(page.focus_area_id),
                "design": rich(page.design),
                "implementation": rich(page.implementation),
                "monitoring": rich(page.monitoring),
                "evaluation_phase": rich(page.evaluation_phase),
            }
        )
    data.update(changes)
    form = nested_form_data(data)
    # Multiple choices go to the client as lists (nested_form_data would number them).
    if hasattr(page, "regions"):
        form["regions"] = [str(region.pk) for region in page.regions.all()]
    form["policy_areas"] = [str(term.pk) for term in page.policy_areas.all()]
    form["target_groups"] = [str(term.pk) for term in page.target_groups.all()]
    form["funding_sources"] = [str(term.pk) for term in page.funding_sources.all()]
    return form
