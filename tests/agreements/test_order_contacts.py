"""Issue 17: an agreement's ordering routine shows the phone numbers and
addresses it tells people to use."""

from plone import api
from tests.helpers import rest_url


def page(http, user, obj):
    session = http(user)
    session.headers["Accept"] = "text/html"
    response = session.get(obj.absolute_url())
    assert response.status_code == 200
    return response.text


def test_the_routine_shows_where_to_call_and_write(demo_portal, http):
    aventus = demo_portal["avtal"]["aventus"]
    html = page(http, "medarbetare", aventus)
    section = html.split('id="bestall"', 1)[1].split("</section>", 1)[0]
    assert "Telefon och adresser för beställningen" in section
    assert 'href="tel:0850811020"' in section
    assert ">08-508 11 020</a>" in section
    assert 'href="mailto:stockholmsstad@aventus.se"' in section
    assert 'href="mailto:inkopssupport@stockholm.se"' in section
    assert "intranat.stockholm.se" in section
    assert "alert-warning" not in section


def test_order_contacts_over_rest(demo_portal, http):
    feelgood = demo_portal["avtal"]["feelgood"]
    data = http("medarbetare").get(rest_url(feelgood)).json()
    assert data["order_contacts"][0]["phone"] == "08-508 11 020"
    bad = http("hr").patch(
        rest_url(feelgood),
        json={"order_contacts": [{"what": "Fel", "email": "inte en adress"}]},
    )
    assert bad.status_code == 400
    assert api.content.get_state(feelgood) == "published"
