"""The rich-text editor for protocols: HTML only (no format picker), a
small toolbar, Swedish; and the upgrade that brings it to a 1010 site."""

import json
from plone import api
from tests.setup.test_upgrades import metadata_version


PROFILE = "kuf.samportal:default"
TOOLBAR = (
    "undo redo | bold italic | bullist numlist | plonelink unlink | inserttable | removeformat"
)


def settings():
    return {
        "allowed_types": api.portal.get_registry_record("plone.allowed_types"),
        "toolbar": api.portal.get_registry_record("plone.toolbar"),
        "plugins": api.portal.get_registry_record("plone.plugins"),
        "other": json.loads(api.portal.get_registry_record("plone.other_settings")),
        "bundle": api.portal.get_registry_record(
            "plone.bundles/kuf-samportal-editor.jscompilation"
        ),
    }


def check(found):
    assert found["allowed_types"] == ("text/html",)
    assert found["toolbar"] == TOOLBAR
    assert found["plugins"] == ["autolink", "lists", "table"]
    assert found["other"]["menubar"] is False
    assert found["other"]["iframe_aria_text"].startswith("Textredigerare")
    assert found["bundle"] == "++resource++kuf.samportal.editor/tinymce-sv.js"


def test_the_editor_settings(demo):
    check(settings())


def test_item_form_has_no_format_picker(draft, http):
    session = http("sekreterare")
    session.headers["Accept"] = "text/html"
    item = draft.punkter()[0]
    html = session.get(f"{item.absolute_url()}/edit").text
    assert "text/x-web-textile" not in html
    assert "pat-textareamimetypeselector" not in html
    assert "pat-tinymce" in html
    assert "tinymce-sv.js" in html
    editor = session.get(f"{draft.absolute_url()}/@@skriv").text
    assert "text/x-web-textile" not in editor
    assert "inserttable" in editor


def test_upgrade_1011_sets_the_editor(demo):
    setup_tool = api.portal.get_tool("portal_setup")
    registry = api.portal.get_tool("portal_registry")
    with api.env.adopt_roles(["Manager"]):
        registry["plone.allowed_types"] = ("text/html", "text/x-web-textile")
        registry["plone.toolbar"] = "undo redo | styles"
        del registry.records["plone.bundles/kuf-samportal-editor.jscompilation"]
        setup_tool.setLastVersionForProfile(PROFILE, "1010")
        setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
    check(settings())
