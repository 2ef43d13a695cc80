"""Issue 13: content is answered over REST as compact JSON (the C encoder
instead of plone.restapi's pretty-printing): the same data, no indentation,
keys sorted; other services keep plone.restapi's own rendering."""

import json
from kuf.samportal.demo.protocols import SIGNED_ID
from tests.helpers import rest_url


def test_content_is_compact_json_with_the_same_data(demo_portal, http):
    secretary = http("sekreterare")
    protocol = demo_portal["samverkan"]["fvg"][SIGNED_ID]
    for obj in (demo_portal, demo_portal["samverkan"], protocol):
        response = secretary.get(rest_url(obj), headers={"Accept": "application/json"})
        assert response.status_code == 200, obj
        assert response.headers["Content-Type"].startswith("application/json")
        assert "\n" not in response.text
        data = json.loads(response.text)
        assert data["@id"] == obj.absolute_url()
        assert list(data) == sorted(data)
    assert [p["label"] for p in data["punkter"]] == [i.label() for i in protocol.punkter()]
    # A named service is rendered by plone.restapi as before.
    search = secretary.get(
        rest_url(demo_portal, "/@search"), headers={"Accept": "application/json"}
    )
    assert search.status_code == 200
    assert "\n" in search.text
