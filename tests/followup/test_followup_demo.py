"""The demo step builds a realistic organisation and a year of answers."""

from plone import api


def test_demo_tree_has_departments_and_library_units(demo):
    root = demo["uppfoljning"]["kulturforvaltningen"]
    assert root.level == "forvaltning"
    departments = [n for n in root.objectValues() if n.portal_type == "Organisationsenhet"]
    assert len(departments) >= 5
    library = root["stadsbiblioteket"]
    units = [n.Title() for n in library.objectValues() if n.portal_type == "Organisationsenhet"]
    assert "Kungsholmen och Norrmalm" in units
    assert len(units) >= 5


def test_demo_opens_this_years_checklists_and_answers(demo):
    root = demo["uppfoljning"]["kulturforvaltningen"]
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="Uppfoljning")
    states = [b.review_state for b in brains]
    nodes = len(catalog.unrestrictedSearchResults(portal_type="Organisationsenhet"))
    assert len(brains) == 2 * nodes
    assert states.count("pagaende") == 2  # Kungsholmen och Norrmalm, both kinds
    unit = root["stadsbiblioteket"]["kungsholmen-och-norrmalm"]
    followup = [f for f in unit.objectValues() if f.portal_type == "Uppfoljning"][0]
    assert "blocker_unanswered" in followup.submit_blockers()
