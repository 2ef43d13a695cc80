"""Issue 11, finding 6: the anonymous wall holds for every traversal
namespace and acquisition path in front of a public view, while the login
page and its static files stay reachable; mail_password does not tell
whether a user id exists."""

import html
from plone import api
import pytest
import re
import transaction


NAMESPACES = [
    "",
    "++webresource++x/",
    "++webresource++6aa4c841-faf5-51e8-8109-90bd97e7aa07/",
    "++api++/",
    "++resource++kuf.samportal/../",
    "++plone++static/../",
    "++theme++barceloneta/../",
    "++unique++x/",
    "login/../",
    "@@login/../",
    "acl_users/credentials_cookie_auth/",
    "samverkan/fvg/",
    "samverkan/fvg/protokoll-2025-01-13/",
]
PUBLIC_VIEWS = [
    "sitemap",
    "@@sitemap",
    "contact-info",
    "accessibility-info",
    "getId",
    "Title",
    "folder_contents",
    "@@search?SearchableText=protokoll",
    "@search?SearchableText=protokoll",
    "@navigation",
    "@@site-logo/../sitemap",
    "search_rss",
    "RSS",
    "author/hr",
    "@@historyview",
    "@vocabularies/plone.app.vocabularies.Users",
]
# Content only: the login page may repeat the path the visitor asked for.
SECRETS = (
    "Kulturförvaltningens förvaltningsgrupp",
    "Föregående protokoll",
    "Årlig uppföljning",
    "Arbetsmiljöhandbok",
)


def refused(response):
    """A 401/403/404, or the login page: nothing of the portal's content."""
    if response.status_code in (401, 403, 404):
        return True
    return response.status_code == 200 and "__ac_password" in response.text


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_no_namespace_opens_the_wall(demo_portal, http, namespace):
    session = http(None)
    leaks = {}
    for view in PUBLIC_VIEWS:
        response = session.get(
            f"{demo_portal.absolute_url()}/{namespace}{view}",
            headers={"Accept": "text/html"},
        )
        found = [secret for secret in SECRETS if secret in response.text]
        if not refused(response) or found:
            leaks[view] = (response.status_code, found, response.url)
    assert leaks == {}


def test_the_login_page_and_its_files_stay_reachable(demo_portal, http):
    session = http(None)
    page = session.get(demo_portal.absolute_url() + "/login", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "__ac_password" in page.text
    portal_url = demo_portal.absolute_url()
    files = {
        html.unescape(url)
        for url in re.findall(r'(?:src|href)="([^"]+\.(?:css|js|svg|png|ico))"', page.text)
        if url.startswith(portal_url)
    }
    assert len(files) >= 4, files
    broken = {url: session.get(url).status_code for url in files}
    assert {url: code for url, code in broken.items() if code != 200} == {}
    for url in (portal_url + "/login-help", portal_url + "/mail_password_form"):
        assert session.get(url, headers={"Accept": "text/html"}).status_code == 200


def test_rest_login_stays_open(demo_portal, http):
    response = http(None).post(
        demo_portal.absolute_url() + "/++api++/@login",
        json={"login": "medarbetare", "password": "samverkan"},
    )
    assert response.status_code == 200
    assert response.json()["token"]


def test_mail_password_answers_the_same_for_unknown_users(demo_portal, http):
    def ask(userid):
        response = http(None).post(
            demo_portal.absolute_url() + "/mail_password",
            data={"userid": userid},
            headers={"Accept": "text/html"},
        )
        body = re.sub(r'name="_authenticator" value="[^"]*"', "", response.text)
        body = re.sub(r'data-token="[^"]*"', "", body)
        return response.status_code, response.url, body

    transaction.commit()
    known = ask("medarbetare")
    unknown = ask("finns-inte-alls")
    assert known[0] == unknown[0] == 200
    assert known[1].rsplit("/", 1)[-1] == unknown[1].rsplit("/", 1)[-1]
    assert known[2] == unknown[2]
    assert "finns-inte-alls" not in unknown[2]
    assert api.user.get(username="finns-inte-alls") is None
