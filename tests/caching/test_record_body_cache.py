"""Issue 13: a record's document body is rendered once and kept
(caching/body.py); anything that is not a record is rendered afresh, and
what a reader may see of synpunkter is part of the key."""

from kuf.samportal.browser.protokoll import ProtokollView
from kuf.samportal.caching import body
from kuf.samportal.demo.protocols import JUSTERING_ID
from kuf.samportal.demo.protocols import SIGNED_ID
from plone import api


def renders(monkeypatch):
    """Count how often the items section is really rendered."""
    from plone.memoize.ram import global_cache

    global_cache.invalidateAll()  # what other tests kept
    calls = []
    original = ProtokollView.__dict__["items_section"]

    def counting(self):
        calls.append(self.context.getId())
        return original.__get__(self, type(self))()

    monkeypatch.setattr(
        ProtokollView, "items_section", property(lambda self: lambda: counting(self))
    )
    return calls


def page_body(protocol, user):
    request = protocol.REQUEST
    with api.env.adopt_user(username=user):
        return ProtokollView(protocol, request).items_html()


def test_a_records_items_are_rendered_once_for_every_reader(demo, monkeypatch):
    signed = demo["samverkan"]["fvg"][SIGNED_ID]
    calls = renders(monkeypatch)
    first = page_body(signed, "medarbetare")
    again = page_body(signed, "kommunal")
    assert first == again
    assert "kuf-item" in first
    assert calls == [SIGNED_ID]


def test_a_protocol_in_justering_is_rendered_every_time(demo, monkeypatch):
    protocol = demo["samverkan"]["fvg"][JUSTERING_ID]
    calls = renders(monkeypatch)
    page_body(protocol, "sekreterare")
    page_body(protocol, "sekreterare")
    assert calls == [JUSTERING_ID, JUSTERING_ID]
    assert body.record_key(protocol, protocol.REQUEST) is None


def test_the_key_follows_the_record_the_reader_and_the_place(demo):
    signed = demo["samverkan"]["fvg"][SIGNED_ID]
    request = signed.REQUEST
    key = body.record_key(signed, request, [])
    assert key == body.record_key(signed, request, [])
    # Another set of visible synpunkter, another part, another rendering.
    assert key != body.record_key(signed, request, [{"author": "Karin", "text": "x"}])
    # A record resealed (its content changed by an upgrade, say) is new.
    from kuf.samportal.records.seal import SEAL

    sealed = getattr(signed, SEAL)
    setattr(signed, SEAL, "0" * len(sealed))
    assert body.record_key(signed, request, []) != key
    setattr(signed, SEAL, sealed)
    # The same record under another site URL (virtual hosting) is kept apart.
    request.setServerURL("https", "samverkan.example.org")
    assert body.record_key(signed, request, []) != key
