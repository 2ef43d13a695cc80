"""The start page's "Att justera": a justerare sees the protocols waiting for
their signature (deadline and signing date); the group's other members see
the group's protocols in justering; an employee sees nothing of it. The
group page lists protocols with meeting date, state and title."""

from concurrent.futures import ThreadPoolExecutor
from kuf.samportal.rules import swedish_time
from plone import api
from tests.helpers import rest_url
import transaction


HTML = {"Accept": "text/html"}


def demo_in_justering(portal):
    [brain] = api.content.find(portal_type="Protokoll", review_state="justering", unrestricted=True)
    return brain._unrestrictedGetObject()


def start_pages(portal, http, users):
    def get(user):
        return http(user).get(portal.absolute_url(), headers=HTML).text

    with ThreadPoolExecutor(4) as pool:
        return dict(zip(users, pool.map(get, users), strict=True))


def section(html):
    start = html.find('id="kuf-att-justera"')
    return html[start : html.find("</section>", start)] if start >= 0 else ""


def test_att_justera_on_the_start_page(demo_portal, http):
    protocol = demo_in_justering(demo_portal)
    deadline = protocol.schedule().comment_deadline
    pages = start_pages(demo_portal, http, ["saco", "dik", "medarbetare", "sekreterare"])
    saco = section(pages["saco"])
    assert "Att justera" in saco
    assert "Väntar på din signatur" in saco
    assert protocol.Title() in saco
    assert swedish_time.long_datetime(deadline) in saco  # "4 juni 2026 kl. 12.00"
    assert f"{protocol.absolute_url()}/@@signera" in saco
    dik = section(pages["dik"])
    assert "Under justering i dina grupper" in dik
    assert protocol.Title() in dik
    assert "Väntar på din signatur" not in dik
    assert "0 av 3 justerare har signerat" in dik
    assert "Under justering i dina grupper" in section(pages["sekreterare"])
    assert section(pages["medarbetare"]) == ""
    group_page(demo_portal, http)


def test_a_signed_justerare_waits_no_more(demo_portal, http):
    protocol = demo_in_justering(demo_portal)
    assert http("saco").post(rest_url(protocol, "/@sign")).status_code == 200
    transaction.begin()
    saco = section(start_pages(demo_portal, http, ["saco"])["saco"])
    assert "Väntar på din signatur" not in saco
    assert "1 av 3 justerare har signerat" in saco


def group_page(demo_portal, http):
    """The group page lists protocols with meeting date, state and title."""
    group = demo_portal["samverkan"]["fvg"]
    html = http("saco").get(group.absolute_url(), headers=HTML).text
    table = html[html.find('class="table table-sm kuf-protocols"') :]
    table = table[: table.find("</table>")]
    assert '<th scope="col">Mötesdatum</th>' in table
    assert "Under justering" in table
    assert "Signerat" in table
    assert "<td>2025-01-13</td>" in table
    assert table.find("Under justering") < table.find("Signerat")  # newest first
