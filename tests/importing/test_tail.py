"""The bilagor list and the signatures, in the layouts protocols use."""

from .conftest import MINIMAL
from .conftest import docx_bytes
from kuf.samportal.importing import parse_file


def parse(tail: str):
    return parse_file((MINIMAL + "\n" + tail).encode(), "p.txt").protokoll


def test_bilagor_typed_in_several_ways():
    protocol = parse(
        "Bilagor:\n1. Årshjul 2025\nBilaga 2: Budget\nBilaga 3 – Yrkanden från Saco\n4) Statistik\n"
    )
    assert [(b.number, b.title) for b in protocol.bilagor] == [
        (1, "Årshjul 2025"),
        (2, "Budget"),
        (3, "Yrkanden från Saco"),
        (4, "Statistik"),
    ]


def test_a_title_on_two_lines():
    protocol = parse(
        "Bilagor\n1. Akademikerförbundet SSR yrkanden gällande\nkulturförvaltningens VP\n"
    )
    assert (
        protocol.bilagor[0].title
        == "Akademikerförbundet SSR yrkanden gällande kulturförvaltningens VP"
    )


def test_bilagor_numbered_by_word():
    data = docx_bytes(
        [
            "2025-03-10",
            ("1. Budget", {"bold": True}),
            "Text.",
            ("Bilagor:", {"bold": True}),
            ("Årshjul", {"style": "List Number"}),
            ("Budget", {"style": "List Number"}),
        ]
    )
    protocol = parse_file(data, "p.docx").protokoll
    assert [(b.number, b.title) for b in protocol.bilagor] == [(1, "Årshjul"), (2, "Budget")]


def test_signatures_on_lines():
    protocol = parse("Vid protokollet\n\nEva Lund\n\nJusterare\n\nAnna Ek\n\nJusterare\nPer Holm\n")
    assert protocol.secretary_name == "Eva Lund"
    assert protocol.justerare_names == ["Anna Ek", "Per Holm"]


def test_signatures_in_two_columns():
    protocol = parse(
        "Vid protokollet\t\tJusterare\n\n………………\t\t………………\nEva Lund\t\tAnna Ek\n\n"
        "Justerare\t\tJusterare\nPer Holm\t\tKarin Berg\n"
    )
    assert protocol.secretary_name == "Eva Lund"
    assert protocol.justerare_names == ["Anna Ek", "Per Holm", "Karin Berg"]


def test_several_justerare_side_by_side_under_one_label():
    protocol = parse("Vid protokollet\nLisa Strand\n\nJusteras\nAnna Berg\tPer Holm\n")
    assert protocol.secretary_name == "Lisa Strand"
    assert protocol.justerare_names == ["Anna Berg", "Per Holm"]


def test_justerare_a_pdf_set_with_one_space_are_cut_at_known_names():
    tail = "\nVid protokollet\nLisa Strand\n\nJusteras\nAnna Ek Per Holm\n"
    protocol = parse_file((MINIMAL + tail).encode(), "p.txt").protokoll
    assert protocol.justerare_names == ["Anna Ek", "Per Holm"]


def test_two_columns_set_with_single_spaces_are_cut_at_known_names():
    protocol = parse("Vid protokollet Justerare\nPer Holm Anna Ek\n")
    assert protocol.secretary_name == "Per Holm"
    assert protocol.justerare_names == ["Anna Ek"]


def test_signature_table_with_titles_under_the_names():
    data = docx_bytes(
        [
            "2025-03-10",
            ("1. Budget", {"bold": True}),
            "Text.",
            (
                "",
                {
                    "table": [
                        [
                            "Vid protokollet\n\n______\nEva Lund",
                            "Justerare\n\n______\nAnna Ek\nSaco",
                        ],
                        ["Justerare\n\n______\nPer Holm\nVision", ""],
                    ]
                },
            ),
        ]
    )
    protocol = parse_file(data, "p.docx").protokoll
    assert protocol.secretary_name == "Eva Lund"
    assert protocol.justerare_names == ["Anna Ek", "Per Holm"]


def test_inline_signatures_and_a_chair():
    protocol = parse("Sekreterare: Eva Lund\nJusteras: Anna Ek och Per Holm\n")
    assert protocol.secretary_name == "Eva Lund"
    assert protocol.justerare_names == ["Anna Ek", "Per Holm"]
    protocol = parse("Ordförande\nAnna Ek\nVid protokollet\nEva Lund\n")
    assert (protocol.secretary_name, protocol.justerare_names) == ("Eva Lund", ["Anna Ek"])


def test_the_attachments_text_after_the_signatures_is_one_warning():
    result = parse_file(
        (
            MINIMAL
            + "\nJusterare\nAnna Ek\n\nBilaga 1\n\nLång text om budgeten som följer här.\n\n"
            "Mer text.\n"
        ).encode(),
        "p.txt",
    )
    tail_warnings = [w for w in result.warnings if "efter underskrifterna" in w.message]
    assert len(tail_warnings) == 1


def test_names_with_titles_and_several_names_on_one_line():
    protocol = parse(
        "Vid protokollet\nEva Lund, chefssekreterare\n\nJusterare\nAnna Ek, Per Holm\n"
    )
    assert protocol.secretary_name == "Eva Lund"
    assert protocol.justerare_names == ["Anna Ek", "Per Holm"]
