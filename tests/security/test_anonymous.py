"""The portal is an intranet: anonymous visitors get the login page, nothing else.

Real HTTP against the functional test server, through the Classic UI and
plone.restapi, for pages, search, vocabularies and file downloads.
"""

from plone import api
from plone.namedfile.file import NamedBlobFile
import pytest
import transaction


@pytest.fixture
def site(demo_portal):
    """Demo site plus a published page and a file in a published section."""
    with api.env.adopt_roles(["Manager"]):
        handbook = demo_portal["arbetsmiljohandbok"]
        page = api.content.create(
            container=handbook,
            type="Document",
            id="hemlig-rutin",
            title="Rutin för brandskydd",
        )
        api.content.transition(obj=page, transition="publish")
        api.content.create(
            container=handbook,
            type="File",
            id="blankett.txt",
            title="Blankett",
            file=NamedBlobFile(b"Brandskyddsblankett", filename="blankett.txt"),
        )
    transaction.commit()
    return demo_portal


def is_login_page(response):
    return (
        response.status_code == 200
        and "/login" in response.url
        and (
            'name="__ac_password"' in response.text
            or 'id="login-form"' in response.text
            or "__ac_password" in response.text
        )
    )


HTML_PATHS = [
    "",
    "/startsida",
    "/samverkan",
    "/samverkan/fvg",
    "/samverkan/fvg/arshjul-2025",
    "/arbetsmiljohandbok",
    "/arbetsmiljohandbok/hemlig-rutin",
    "/arbetsmiljohandbok/blankett.txt/@@download/file",
    "/arbetsmiljohandbok/blankett.txt/@@display-file/file",
    "/@@search?SearchableText=Rutin",
    "/sitemap",
    "/contact-info",
    "/author/hr",
]


@pytest.mark.parametrize("path", HTML_PATHS)
def test_anonymous_html_gets_login_page(site, http, path):
    response = http(None).get(site.absolute_url() + path, headers={"Accept": "text/html"})
    assert is_login_page(response), (response.status_code, response.url)
    assert "Brandskyddsblankett" not in response.text
    assert "Rutin för brandskydd" not in response.text
    assert "Årshjul" not in response.text


REST_PATHS = [
    "",
    "/samverkan",
    "/arbetsmiljohandbok/hemlig-rutin",
    "/arbetsmiljohandbok/blankett.txt",
    "/@search?SearchableText=Rutin",
    "/@search",
    "/@navigation",
    "/@breadcrumbs",
    "/@types",
    "/@workflow",
    "/@vocabularies/plone.app.vocabularies.Users",
    "/@vocabularies/plone.app.vocabularies.Groups",
    "/@vocabularies/plone.app.vocabularies.Keywords",
    "/@vocabularies",
    "/@users",
    "/@groups",
    "/@querystring-search?query.0.i=portal_type&query.0.o=plone.app.querystring.operation.selection.any&query.0.v=Document",
]


@pytest.mark.parametrize("path", REST_PATHS)
def test_anonymous_rest_is_refused(site, http, path):
    response = http(None).get(site.absolute_url() + "/++api++" + path)
    assert response.status_code == 401, (path, response.status_code, response.text[:200])
    assert "Rutin för brandskydd" not in response.text
    assert "arbetsgivare" not in response.text


def test_anonymous_catalog_finds_nothing(site):
    from plone.app.testing import logout

    logout()
    assert len(api.portal.get_tool("portal_catalog")(SearchableText="Rutin")) == 0
    assert len(api.portal.get_tool("portal_catalog")()) == 0


@pytest.mark.parametrize("user", ["medarbetare", "saco", "hr"])
def test_employees_read_what_is_published(site, http, user):
    session = http(user)
    page = session.get(site.absolute_url() + "/++api++/arbetsmiljohandbok/hemlig-rutin")
    assert page.status_code == 200
    assert page.json()["title"] == "Rutin för brandskydd"
    found = session.get(site.absolute_url() + "/++api++/@search?SearchableText=brandskydd")
    assert [item["title"] for item in found.json()["items"]] == ["Rutin för brandskydd"]
    download = session.get(site.absolute_url() + "/arbetsmiljohandbok/blankett.txt/@@download/file")
    assert download.content == b"Brandskyddsblankett"


def test_employee_does_not_see_drafts(site, http):
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=site["arbetsmiljohandbok"], type="Document", id="utkast", title="Utkast"
        )
    transaction.commit()
    session = http("medarbetare")
    assert session.get(site.absolute_url() + "/++api++/arbetsmiljohandbok/utkast").status_code in (
        401,
        403,
    )
    found = session.get(site.absolute_url() + "/++api++/@search?SearchableText=Utkast")
    assert found.json()["items"] == []
    # HR, who writes in the handbook, sees the draft; the union representative does not.
    assert http("hr").get(site.absolute_url() + "/++api++/arbetsmiljohandbok/utkast").ok
    assert not http("saco").get(site.absolute_url() + "/++api++/arbetsmiljohandbok/utkast").ok


def test_login_works_for_a_demo_user(site, http):
    response = http(None).post(
        site.absolute_url() + "/++api++/@login",
        json={"login": "medarbetare", "password": "samverkan"},
    )
    assert response.status_code == 200
    assert response.json()["token"]
