"""Nothing private is returned, by any route, to anyone who may not view it.

The matrix is generated, not written by hand:
- the objects: every content object of the demo site (every type of ours
  and the stock ones it uses), one per type and workflow state, plus a
  private copy of each type (its workflow's initial state) and a group
  with only two parties so that a party member outside a group exists;
- the people: anonymous, an employee (``medarbetare``) and a party member
  outside that group (``kommunal``);
- the routes: the object by URL and REST, every generic view reached by
  acquisition, history and versions, traversal namespaces in front of it,
  the ZMI's tabs, and every attribute of the object by name.

For each person the private objects are those the person may not view
(Zope's own answer). Every private object gets unique marker texts in
every text field; no response to that person may contain a marker or the
object's UID. A new type or field is covered as soon as the demo has one.
"""

from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from kuf.samportal.content.security import own_names
from plone import api
from plone.dexterity.utils import iterSchemataForType
import pytest
import threading
import transaction
from zope.schema.interfaces import IText
from zope.schema.interfaces import ITextLine


PEOPLE = (None, "medarbetare", "kommunal")

GENERIC_VIEWS = (
    "",
    "/view",
    "/sitemap",
    "/contact-info",
    "/accessibility-info",
    "/folder_contents",
    "/@@historyview",
    "/@@contenthistory",
    "/versions_history_form",
    "/@@history",
    "/RSS",
    "/search_rss",
    "/@@download/file",
    "/@@display-file/file",
    "/@@images/image",
    "/@@protokoll.pdf",
    "/manage_main",
    "/manage_propertiesForm",
    "/manage_access",
    "/manage_interfaces",
    "/manage_owner",
    "/objectIds",
    "/Title",
    "/Description",
    "/SearchableText",
    "/getId",
    "/workflow_history",
)
REST_VIEWS = (
    "",
    "/@history",
    "/@history/0",
    "/@workflow",
    "/@sharing",
    "/@breadcrumbs",
    "/@navigation",
    "/@contextnavigation",
    "/@actions",
    "/@justering",
    "/@synpunkter",
    "/@svar",
    "/@statistik",
    "/@avvikelser",
    "/@sammanstallning",
    "/@handlingsplan",
)
NAMESPACES = ("++webresource++x/", "++api++/", "++unique++x/")


def our_types():
    types = api.portal.get_tool("portal_types")
    return {
        fti.getId()
        for fti in types.objectValues()
        if getattr(fti, "klass", "").startswith("kuf.samportal.")
    }


def text_fields(obj):
    for schema in iterSchemataForType(obj.portal_type):
        for name in schema.names():
            field = schema[name]
            if (ITextLine.providedBy(field) or IText.providedBy(field)) and not getattr(
                field, "vocabularyName", None
            ):
                yield name


def plant_markers(obj, number):
    """Unique texts in every text field of ``obj`` (and its rich text)."""
    from plone.app.textfield import RichText
    from plone.app.textfield.value import RichTextValue

    markers = {obj.UID()}
    for schema in iterSchemataForType(obj.portal_type):
        for name in schema.names():
            field = schema[name]
            marker = f"HEMLIGT{number}X{name.upper()}"
            if isinstance(field, RichText):
                setattr(obj, name, RichTextValue(f"<p>{marker}</p>", "text/html", "text/html"))
            elif name in set(text_fields(obj)) and name not in ("id",):
                setattr(obj, name, marker)
            else:
                continue
            markers.add(marker)
    obj.reindexObject()
    return markers


def private_copies(portal):
    """A copy of one object of each of our types: the copy starts in its
    workflow's initial state, so every type has a fresh private one."""
    catalog = api.portal.get_tool("portal_catalog")
    copies = []
    for portal_type in sorted(our_types()):
        objects = [
            b._unrestrictedGetObject()
            for b in catalog.unrestrictedSearchResults(portal_type=portal_type)
        ]
        # The smallest one: copying a group copies everything in it.
        objects.sort(key=lambda obj: len(getattr(obj, "objectIds", list)()))
        for original in objects:
            try:
                copies.append(
                    api.content.copy(source=original, target=original.aq_parent, safe_id=True)
                )
                break
            except Exception:  # noqa: BLE001, S112 - a type that refuses copies is tried next
                continue
    return copies


def private_to_someone(obj):
    return any(
        not api.user.has_permission("View", username=person, obj=obj) for person in PEOPLE[1:]
    )


@pytest.fixture
def matrix(demo_portal, make_group, make_protocol):
    """{person: [(object, markers)]} of the objects the person may not view."""
    with api.env.adopt_roles(["Manager"]):
        group = make_group(demo_portal["samverkan"], ["arbetsgivaren", "dik"], id="svg-sakerhet")
        draft = make_protocol(group, id="utkast", justerare=["dik"])
        in_justering = make_protocol(group, id="justeras", justerare=["dik"])
        api.content.transition(obj=in_justering, transition="send_to_justering")
        with api.env.adopt_user(username="dik"):
            api.content.create(container=in_justering, type="Synpunkt", id="s", text="Text")
        for protocol in (draft, in_justering):
            from plone.namedfile.file import NamedBlobFile

            api.content.create(
                container=protocol,
                type="Bilaga",
                id="bilaga",
                title="Bilaga",
                file=NamedBlobFile(b"data", filename="b.txt"),
            )
        private_copies(demo_portal)
        catalog = api.portal.get_tool("portal_catalog")
        representatives = {}
        site_path = "/".join(demo_portal.getPhysicalPath())
        for brain in catalog.unrestrictedSearchResults(path=site_path):
            obj = brain._unrestrictedGetObject()
            key = (obj.portal_type, api.content.get_state(obj, default=None))
            # One per type and state; one that someone may not view if any.
            if key not in representatives or (
                not private_to_someone(representatives[key]) and private_to_someone(obj)
            ):
                representatives[key] = obj
        people = defaultdict(list)
        planted = {}
        anonymous_types = set()
        for number, obj in enumerate(representatives.values()):
            for person in PEOPLE:
                if person is None:
                    # Everything is private to anonymous: one of each type.
                    private = obj.portal_type not in anonymous_types
                    anonymous_types.add(obj.portal_type)
                else:
                    private = not api.user.has_permission("View", username=person, obj=obj)
                if private:
                    if obj not in planted:
                        planted[obj] = plant_markers(obj, number)
                    people[person].append((obj, planted[obj]))
    transaction.commit()
    return people


def urls_for(obj):
    portal_url = api.portal.get().absolute_url()
    url = obj.absolute_url()
    path = url[len(portal_url) :]
    routes = [url + view for view in GENERIC_VIEWS]
    routes += [f"{portal_url}/++api++{path}{view}" for view in REST_VIEWS]
    routes += [f"{portal_url}/{namespace}{path.lstrip('/')}" for namespace in NAMESPACES]
    routes += [f"{portal_url}/{namespace}{path.lstrip('/')}/sitemap" for namespace in NAMESPACES]
    # Fields by name (the markers' carriers); our methods and stored data
    # are checked on viewable objects by the attribute test below.
    routes += [f"{url}/{name}" for name in sorted(set(text_fields(obj)))]
    return routes


def parallel_leaks(http, person, entries):
    """Every route of every entry, four requests at a time (the test server
    has four threads), one session per worker: {url: (status, markers)}."""
    checks = [(url, markers) for obj, markers in entries for url in urls_for(obj)]
    local = threading.local()

    def check(item):
        url, markers = item
        if not hasattr(local, "session"):
            local.session = http(person)
        response = local.session.get(url, allow_redirects=False, headers={"Accept": "text/html"})
        seen = sorted(marker for marker in markers if marker in response.text)
        return url, response.status_code, seen

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(check, checks))
    return {url: (status, seen) for url, status, seen in results if seen}


def found_in_rest_search(session, url, obj):
    response = session.get(url)
    items = response.json().get("items", []) if response.ok else []
    return any(item.get("@id") == obj.absolute_url() for item in items)


def search_leaks(session, entries):
    portal_url = api.portal.get().absolute_url()
    rest_search = f"{portal_url}/++api++/@search"
    leaks = []
    for obj, markers in entries:
        marker = sorted(markers - {obj.UID()})[:1]
        queries = [f"{rest_search}?UID={obj.UID()}"]
        queries += [f"{rest_search}?SearchableText={text}" for text in marker]
        queries.append(
            f"{portal_url}/++api++/@querystring-search?query.0.i=UID"
            f"&query.0.o=plone.app.querystring.operation.string.is&query.0.v={obj.UID()}"
        )
        leaks += [url for url in queries if found_in_rest_search(session, url, obj)]
        for text in marker:
            page = session.get(f"{portal_url}/@@search?SearchableText={text}")
            if f'href="{obj.absolute_url()}"' in page.text:
                leaks.append(page.url)
    return leaks


def test_nothing_private_by_any_route_or_search(matrix, http):
    """One test for the whole matrix: building it is the expensive part."""
    covered = {obj.portal_type for person in PEOPLE[1:] for obj, _ in matrix[person]}
    assert our_types() - covered == set(), "a type of ours has no private object"
    leaks = {}
    for person in PEOPLE:
        assert matrix[person], f"no private objects for {person}"
        found = parallel_leaks(http, person, matrix[person])
        if person is not None:
            found.update(dict.fromkeys(search_leaks(http(person), matrix[person]), "search"))
        if found:
            leaks[person] = found
    assert leaks == {}


@pytest.mark.parametrize("person", ["medarbetare", "hr"])
def test_no_attribute_or_method_of_ours_is_published(demo_portal, http, person):
    """Views and services are the only way in: ``<protokoll>/person?user_id=``
    told which party anyone belongs to, ``<avtal>/usage`` gave statistics."""
    from kuf.samportal.content.security import PUBLIC

    session = http(person)
    catalog = api.portal.get_tool("portal_catalog")
    published = {}
    for portal_type in sorted(our_types()):
        for brain in catalog(portal_type=portal_type)[:1]:
            obj = brain.getObject()
            for name in sorted(own_names(type(obj)) - set(PUBLIC)):
                response = session.get(
                    f"{obj.absolute_url()}/{name}",
                    params={"user_id": "saco"},
                    allow_redirects=False,
                )
                if response.status_code == 200:
                    published[f"{portal_type}/{name}"] = response.text[:80]
    assert published == {}
