"""Every interface string has a Swedish translation."""

import kuf.samportal
from pathlib import Path
import re


LOCALES = Path(kuf.samportal.__file__).parent / "locales"


def msgids(path):
    text = path.read_text(encoding="utf-8")
    return dict(re.findall(r'^msgid "(.+)"\nmsgstr "(.*)"$', text, flags=re.M))


def test_every_msgid_of_the_pot_is_translated_to_swedish():
    pot = msgids(LOCALES / "kuf.samportal.pot")
    sv = msgids(LOCALES / "sv/LC_MESSAGES/kuf.samportal.po")
    assert set(pot) <= set(sv), sorted(set(pot) - set(sv))
    untranslated = [msgid for msgid in pot if not sv[msgid].strip()]
    assert untranslated == []
