"""make import-protokoll: a folder of historical protocols, twice."""

import csv
import io
from kuf.samportal.importing.batch import find_group
from kuf.samportal.importing.batch import import_folder
from pathlib import Path
from plone import api
import shutil


GOLD = Path(__file__).parent / "gold"


def test_a_folder_is_imported_once_with_a_report(demo_portal, tmp_path):
    folder = tmp_path / "arkiv"
    folder.mkdir()
    for name in ("fvg-2025-01-13.pdf", "v07-svg-beslut.docx", "v06-apt-no-subitems.docx"):
        shutil.copy(GOLD / name, folder / name)
    (folder / "tom.docx").write_bytes(b"")
    (folder / "anteckning.odt").write_bytes(b"ignoreras")
    report = tmp_path / "rapport.csv"
    out = io.StringIO()
    with api.env.adopt_roles(["Manager"]):
        group = find_group(demo_portal, "fvg")
        assert find_group(demo_portal, "samverkan/fvg").UID() == group.UID()
        assert find_group(demo_portal, "finns-inte") is None
        rows = import_folder(group, folder, report, demo_portal.REQUEST, out=out)
        assert [row.result for row in rows] == [
            "inläst",
            "avvisad: Filen är tom.",
            "inläst",
            "inläst",
        ]
        imported = [api.content.get(path=row.url.split("/plone", 1)[1]) for row in rows if row.url]
        assert {api.content.get_state(obj) for obj in imported} == {"arkiverat"}
        assert "[##############################] 4/4" in out.getvalue()
        table = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
        assert table[0] == ["fil", "resultat", "protokoll", "varningar"]
        assert table[1][0] == "fvg-2025-01-13.pdf"
        assert table[1][2].startswith("http")
        count = len(group.objectIds())
        again = import_folder(group, folder, report, demo_portal.REQUEST, out=io.StringIO())
        assert [row.result for row in again] == [
            "redan inläst",
            "avvisad: Filen är tom.",
            "redan inläst",
            "redan inläst",
        ]
        assert [row.url for row in again if row.url] == [row.url for row in rows if row.url]
        assert len(group.objectIds()) == count
