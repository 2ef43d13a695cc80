"""Issue 17: HR reaches the review list (``@@revidering``) and adds routines
and material from the handbook page; drafts are marked "Utkast" in the
listings (the handbook page and the sections' folder listings)."""

from plone import api
import re
import transaction


def html(http, user, url):
    session = http(user)
    session.headers["Accept"] = "text/html"
    response = session.get(url)
    assert response.status_code == 200
    return response.text


def test_hr_finds_the_review_list_and_the_add_links_on_the_handbook(demo_portal, http):
    handbook = demo_portal["arbetsmiljohandbok"]
    page = html(http, "hr", handbook.absolute_url())
    assert f'href="{handbook.absolute_url()}/@@revidering"' in page
    assert "Rutiner att revidera" in page
    assert f'href="{handbook.absolute_url()}/++add++Rutin"' in page
    assert f'href="{demo_portal["stodmaterial"].absolute_url()}/++add++Stodmaterial"' in page
    html(http, "hr", handbook.absolute_url() + "/@@revidering")  # HR may open it
    reader = html(http, "medarbetare", handbook.absolute_url())
    assert "@@revidering" not in reader
    assert "++add++" not in reader


def test_drafts_are_marked_in_the_listings(demo_portal, http):
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=demo_portal["stodmaterial"],
            type="Stodmaterial",
            id="utkast-material",
            title="Material i utkast",
            audience=["chefer"],
            topic="Prov",
        )
    transaction.commit()
    page = html(http, "hr", demo_portal["arbetsmiljohandbok"].absolute_url())
    item = re.search(r"Material i utkast</a>\s*(<span[^>]*>[^<]*</span>)", page)
    assert item is not None
    assert "Utkast" in item.group(1)
    assert page.count('class="kuf-draft"') == 1  # the published ones are not marked
