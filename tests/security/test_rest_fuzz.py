"""Fuzz of the REST write endpoints (issue 11): no 500, no traceback.

Generated, so that a new type, field or service is covered without a new
test: the content types are the FTIs of our profile (``types.xml``), their
fields come from the FTI's schemas and behaviours (data grid rows from the
row schema), and the services are every POST/PATCH plone.rest service whose
factory lives in kuf.samportal. Each field gets wrong types, huge, empty and
unicode edge values (NUL, lone surrogates as escaped JSON, RTL marks,
emoji) in a PATCH of an existing object and in a POST creating one; each
service gets bodies of such values under its keys.

Bounded: hypothesis runs a fixed number of examples per target from a fixed
seed (printed), with no example database, so every run sends the same
requests (a few hundred in all).
"""

from hypothesis import HealthCheck
from hypothesis import Phase
from hypothesis import given
from hypothesis import seed
from hypothesis import settings
from hypothesis import strategies as st
import json
import kuf.samportal
from pathlib import Path
from plone import api
from plone.dexterity.utils import iterSchemataForType
import pytest
import re
from tests.helpers import rest_url
from zope.component import getGlobalSiteManager
from zope.schema import getFields


SEED = 20261125
EXAMPLES_PER_FIELD = 2
EXAMPLES_PER_TYPE = 3
EXAMPLES_PER_SERVICE = 8
PROFILE = Path(kuf.samportal.__file__).parent / "profiles/default/types.xml"
OUR_TYPES = re.findall(r'<object name="([^"]+)" meta_type="Dexterity FTI"', PROFILE.read_text())

EDGE_TEXTS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\ud800",
    "x\udfffy",
    "\u202eevil\u202c",
    "\u200f\u200e\u2028",
    "😀" * 50,
    "x" * 30_000,
    "javascript:alert(1)",
    '=HYPERLINK("http://evil.example")',
    "2025-13-45",
    "9999-99-99T99:99:99",
    "-1",
    "NaN",
    "<script>alert(1)</script>",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(EDGE_TEXTS),
    st.text(max_size=20),
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.text(max_size=6) | st.sampled_from(["data", "token", "@id"]), children, max_size=3
        )
    ),
    max_leaves=6,
)


def nested(depth):
    value = "x"
    for _ in range(depth):
        value = [value]
    return value


def field_values(field):
    """Values for ``field``: anything, and rows shaped like its rows."""
    row_schema = getattr(getattr(field, "value_type", None), "schema", None)
    if row_schema is None:
        return st.one_of(json_values, st.just(nested(25)))
    keys = list(getFields(row_schema))
    rows = st.lists(
        st.dictionaries(st.sampled_from(keys), json_values, max_size=len(keys)), max_size=3
    )
    return st.one_of(json_values, rows, st.lists(json_values, max_size=3))


def fuzz_settings(examples):
    return settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )


def run(strategy, examples, check):
    """``check`` each of ``examples`` values of ``strategy``, from ``SEED``."""

    @seed(SEED)
    @fuzz_settings(examples)
    @given(value=strategy)
    def property_(value):
        check(value)

    property_()


def assert_handled(response, what):
    assert response.status_code < 500, (what, response.status_code, response.text[:500])
    assert "traceback" not in response.text.lower(), (what, response.text[:500])


def send(session, method, url, body):
    return session.request(
        method, url, data=json.dumps(body), headers={"Content-Type": "application/json"}
    )


def our_objects(portal):
    """One existing object per type (not a signed record), as Manager."""
    found = {}
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=OUR_TYPES, sort_on="path"):
        if brain.portal_type in found or brain.review_state in ("signed",):
            continue
        found[brain.portal_type] = brain._unrestrictedGetObject()
    return found


def container_for(portal, portal_type, objects):
    """Somewhere ``portal_type`` may be added."""
    types = api.portal.get_tool("portal_types")
    for obj in [*objects.values(), *portal.objectValues()]:
        fti = types.getTypeInfo(obj)
        if fti is not None and fti.allowType(portal_type):
            allowed = [t.getId() for t in obj.allowedContentTypes()]
            if portal_type in allowed:
                return obj
    return None


@pytest.fixture
def admin(http):
    return http("admin")


def test_every_field_of_every_type(demo_portal, admin, capsys):
    with capsys.disabled():
        print(f"\nREST fuzz: seed {SEED}, types {OUR_TYPES}")
    with api.env.adopt_roles(["Manager"]):
        objects = our_objects(demo_portal)
        containers = {t: container_for(demo_portal, t, objects) for t in OUR_TYPES}
    missing = sorted(set(OUR_TYPES) - set(objects))
    assert not missing, f"no demo object to fuzz for {missing}: add one to the demo content"
    for portal_type in OUR_TYPES:
        obj = objects[portal_type]
        fields = {
            name: field
            for schema in iterSchemataForType(portal_type)
            for name, field in getFields(schema).items()
            if not field.readonly
        }
        for name, field in fields.items():

            def patch(value, name=name, obj=obj):
                response = send(admin, "PATCH", rest_url(obj), {name: value})
                assert_handled(response, (obj.portal_type, name, value))

            run(field_values(field), EXAMPLES_PER_FIELD, patch)

        container = containers[portal_type]
        if container is None:
            continue
        bodies = st.fixed_dictionaries(
            {"@type": st.just(portal_type)},
            optional={name: field_values(field) for name, field in fields.items()},
        )

        def post(body, container=container):
            response = send(admin, "POST", rest_url(container), body)
            assert_handled(response, (body["@type"], body))

        run(bodies, EXAMPLES_PER_TYPE, post)


def our_services():
    """(method, name, interface) of every POST/PATCH service of kuf.samportal."""
    found = []
    for registration in getGlobalSiteManager().registeredAdapters():
        match = re.match(r"^(POST|PATCH|PUT)_application_json_(@[\w-]+)$", registration.name)
        bases = getattr(registration.factory, "__mro__", ())
        if match and any(cls.__module__.startswith("kuf.samportal") for cls in bases):
            found.append((match.group(1), match.group(2), registration.required[0]))
    return sorted(set(found), key=lambda item: (item[1], item[0]))


SERVICE_KEYS = [
    "text",
    "punkt",
    "kategori",
    "beskrivning",
    "ar",
    "csv",
    "svar",
    "overall_analysis",
    "comment",
    "login",
    "password",
]


def test_every_post_and_patch_service(demo_portal, admin, capsys):
    services = our_services()
    with capsys.disabled():
        print(f"\nREST fuzz: seed {SEED}, services {[(m, n) for m, n, _i in services]}")
    assert {"@synpunkter", "@avvikelser", "@anvandning", "@svar", "@sign", "@bekrafta"} <= {
        name for _m, name, _i in services
    }
    catalog = api.portal.get_tool("portal_catalog")
    bodies = st.dictionaries(
        st.sampled_from(SERVICE_KEYS) | st.text(max_size=6), json_values, max_size=4
    )
    raw_bodies = st.sampled_from(
        ["", "[]", '"x"', "{", '{"text": NaN}', '{"a": ' + "[" * 2000 + "]" * 2000 + "}"]
    )
    for method, name, interface in services:
        targets = [
            brain._unrestrictedGetObject()
            for brain in catalog.unrestrictedSearchResults(object_provides=interface.__identifier__)
        ]
        target = next((t for t in targets if api.content.get_state(t, None) != "signed"), None)
        if target is None and interface.providedBy(demo_portal):
            target = demo_portal
        assert target is not None, f"nothing provides {interface.__identifier__} for {name}"
        url = rest_url(target, "/" + name)

        def call(value, method=method, url=url):
            body, raw, use_raw = value
            if use_raw:
                response = admin.request(
                    method, url, data=raw, headers={"Content-Type": "application/json"}
                )
            else:
                response = send(admin, method, url, body)
            assert_handled(response, (method, url, raw if use_raw else body))

        run(st.tuples(bodies, raw_bodies, st.booleans()), EXAMPLES_PER_SERVICE, call)
