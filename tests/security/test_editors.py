"""Editors edit (and version) what is theirs, and only that."""

import pytest
from tests.helpers import rest_url


@pytest.mark.parametrize(
    ("user", "path", "allowed"),
    [
        ("sekreterare", ("samverkan", "fvg", "arshjul-2025"), True),
        ("hr", ("samverkan", "fvg", "arshjul-2025"), False),
        ("hr", ("arbetsmiljohandbok", "arlig-uppfoljning-sam-och-aktiva-atgarder"), True),
        ("sekreterare", ("arbetsmiljohandbok", "arlig-uppfoljning-sam-och-aktiva-atgarder"), False),
        ("hr", ("stodmaterial", "chefens-checklista"), True),
        ("medarbetare", ("stodmaterial", "chefens-checklista"), False),
        ("saco", ("samverkan", "fvg", "arshjul-2025"), False),
    ],
)
def test_editing_follows_the_section(demo_portal, http, user, path, allowed):
    obj = demo_portal
    for name in path:
        obj = obj[name]
    response = http(user).patch(rest_url(obj), json={"description": "Ändrad beskrivning"})
    assert (response.status_code == 204) is allowed, response.status_code
