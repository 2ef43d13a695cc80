"""A synpunkt given from an item is about that item; after saving, the user
is back on the protocol at the item. The synpunkt's own screens have no
"Inställningar" tab, no "Delning" and no "av <user>" byline."""

from plone import api
import pytest
from tests.helpers import browser_as
import transaction
from zExceptions import Unauthorized


@pytest.fixture
def justerare():
    return ["arbetsgivare", "saco"]


def test_synpunkt_from_an_item(in_justering, demo_app):
    item = in_justering.punkter()[1]
    browser = browser_as(demo_app, "vision")
    browser.open(in_justering.absolute_url())
    browser.getLink("Lämna synpunkt på punkten", index=1).click()
    select = browser.getControl(name="form.widgets.punkt:list")
    assert select.value == [item.UID()]
    assert "Inställningar" not in browser.contents
    browser.getControl(name="form.widgets.text").value = "Fel datum i punkt 2."
    browser.getControl(name="form.buttons.save").click()
    assert browser.url == in_justering.absolute_url() + "#punkt-2"
    transaction.begin()
    [synpunkt] = in_justering.synpunkter()
    assert synpunkt.punkt == item.UID()
    assert synpunkt.text == "Fel datum i punkt 2."


def test_synpunkt_screens_without_settings_sharing_or_byline(in_justering, demo_app):
    item = in_justering.punkter()[0]
    with api.env.adopt_user(username="vision"):
        synpunkt = api.content.create(
            container=in_justering, type="Synpunkt", id="s", text="Stavfel.", punkt=item.UID()
        )
    transaction.commit()
    secretary = browser_as(demo_app, "sekreterare")
    secretary.open(synpunkt.absolute_url())
    for shown in ("Delning", "@@sharing", "documentByLine", "Inställningar"):
        assert shown not in secretary.contents, shown
    secretary.open(synpunkt.absolute_url() + "/edit")
    assert "Inställningar" not in secretary.contents
    assert "exclude_from_nav" not in secretary.contents
    secretary.getControl(name="form.widgets.status:list").value = ["accepted"]
    secretary.getControl(name="form.widgets.answer").value = "Rättat."
    secretary.getControl(name="form.buttons.save").click()
    assert secretary.url == in_justering.absolute_url() + "#punkt-1"
    author = browser_as(demo_app, "vision")  # the owner, who had "Delning"
    author.open(synpunkt.absolute_url())
    for shown in ("Delning", "@@sharing", "documentByLine"):
        assert shown not in author.contents, shown
    for browser in (author, secretary):
        with pytest.raises(Unauthorized):
            browser.open(synpunkt.absolute_url() + "/@@sharing")
