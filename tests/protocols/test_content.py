"""Protocol content: standing items, numbering of items and bilagor, placement."""

from kuf.samportal.structure import FVG
from plone import api
from plone.namedfile.file import NamedBlobFile
import pytest


@pytest.fixture
def fvg(demo):
    return demo["samverkan"]["fvg"]


def labels(protocol):
    return [item.label() for item in protocol.punkter()]


def add_item(protocol, **fields):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=protocol, type="Protokollspunkt", id="punkt", safe_id=True, **fields
        )


def add_bilaga(protocol, title):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=protocol,
            type="Bilaga",
            title=title,
            file=NamedBlobFile(b"%PDF-1.4 test", filename="test.pdf"),
        )


def test_new_protocol_starts_with_the_groups_standing_items(fvg, make_protocol):
    protocol = make_protocol(fvg)
    assert [item.heading for item in protocol.punkter()] == FVG["standing_items"]
    assert labels(protocol) == [str(n) for n in range(1, 13)]
    # the demo's protocol in justering has the same meeting date: unique titles
    assert protocol.Title() == f"Protokoll FVG {protocol.meeting_date.isoformat()} (2)"
    assert protocol.secretary == "sekreterare"


def test_sub_items_take_their_place_after_the_main_item(fvg, make_protocol):
    protocol = make_protocol(fvg)
    add_item(protocol, number=4, letter="a", kind="information", heading="Kulturnämndsärenden")
    add_item(protocol, number=4, letter="b", kind="samverkan", heading="Verksamhetsplan")
    assert labels(protocol)[3:7] == ["4", "4 a", "4 b", "5"]
    sub = protocol.punkter()[4]
    assert sub.Title() == "4 a) Information: Kulturnämndsärenden"
    assert protocol.punkter()[5].Title() == "4 b) Samverkan: Verksamhetsplan"


def test_letters_close_up_without_gaps(fvg, make_protocol):
    protocol = make_protocol(fvg)
    item = add_item(protocol, number=7, letter="c", heading="Nya ramavtal")
    assert item.label() == "7 a"
    assert labels(protocol)[7:9] == ["7 a", "8"]


def test_a_new_item_gets_the_next_number(fvg, make_protocol):
    protocol = make_protocol(fvg)
    item = add_item(protocol, heading="Extra punkt")
    assert item.label() == "13"


def test_removing_an_item_renumbers_the_rest(fvg, make_protocol):
    protocol = make_protocol(fvg)
    add_item(protocol, number=4, letter="a", heading="Underpunkt")
    second = protocol.punkter()[1]
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=second)
    assert labels(protocol) == ["1", "2", "3", "3 a", "4", "5", "6", "7", "8", "9", "10", "11"]
    assert protocol.punkter()[3].heading == "Underpunkt"


def test_reordering_renumbers(fvg, make_protocol):
    protocol = make_protocol(fvg)
    last = protocol.punkter()[-1]
    protocol.moveObjectsToTop([last.getId()])
    assert protocol.punkter()[0].heading == "Nästa förvaltningsgrupp"
    assert labels(protocol) == [str(n) for n in range(1, 13)]
    assert protocol.punkter()[0].Title() == "1. Nästa förvaltningsgrupp"


def test_bilagor_are_numbered_and_stay_consistent(fvg, make_protocol):
    protocol = make_protocol(fvg)
    first, second, third = (add_bilaga(protocol, t) for t in ("Yrkanden", "Årshjul", "Avtal"))
    assert [b.label() for b in protocol.bilagor()] == ["Bilaga 1", "Bilaga 2", "Bilaga 3"]
    item = protocol.punkter()[3]
    item.bilagor = [second.UID(), third.UID()]
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=second)
    assert [b.label() for b in protocol.bilagor()] == ["Bilaga 1", "Bilaga 2"]
    assert third.number == 2
    assert item.bilagor == [third.UID()]
    protocol.moveObjectsToTop([third.getId()])
    assert (third.number, first.number) == (1, 2)


def test_protocols_only_live_in_a_samverkansgrupp(demo):
    assert api.portal.get_tool("portal_types")["Protokoll"].global_allow is False
    with api.env.adopt_roles(["Manager"]), pytest.raises(api.exc.InvalidParameterError):
        api.content.create(container=demo["samverkan"], type="Protokoll", id="fel")
    allowed = api.portal.get_tool("portal_types")["Protokoll"].allowed_content_types
    assert set(allowed) == {"Protokollspunkt", "Bilaga", "Synpunkt"}


def test_group_local_roles_follow_its_parties_and_secretary(demo, make_group):
    from zope.lifecycleevent import modified

    group = make_group(demo["samverkan"], ["arbetsgivaren", "dik", "vision"])
    roles = group.get_local_roles_for_userid
    assert roles("part-arbetsgivaren") == ("KufEmployerRepresentative",)
    assert roles("part-dik") == ("KufPartyRepresentative",)
    assert roles("part-saco") == ()
    assert roles("sekreterare") == ("KufSecretary",)
    group.parties = ["arbetsgivaren", "saco"]
    group.secretary = "hr"
    modified(group)
    assert roles("part-dik") == ()
    assert roles("part-saco") == ("KufPartyRepresentative",)
    assert roles("sekreterare") == ()
    assert roles("hr") == ("KufSecretary",)
