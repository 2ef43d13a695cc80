"""Where items and sub-items start, and what their headings say."""

from .conftest import docx_bytes
from kuf.samportal.importing import parse_file
from kuf.samportal.importing.items import split_heading


def labels(result):
    return [(p.number, p.letter, p.heading) for p in result.protokoll.punkter]


def test_typed_numbers_and_letters(minimal_text):
    text = minimal_text.replace(
        "2. Övriga frågor",
        "2. Verksamhetsfrågor\n\na) Information: Budget\nText.\n\n3. Övriga frågor",
    )
    assert labels(parse_file(text.encode(), "p.txt")) == [
        (1, "", "Föregående protokoll"),
        (2, "", "Verksamhetsfrågor"),
        (2, "a", "Budget"),
        (3, "", "Övriga frågor"),
    ]


def test_a_numbered_list_in_a_body_is_not_items():
    data = docx_bytes(
        [
            "2025-03-10",
            ("1. Föregående protokoll", {"bold": True}),
            "Följande yrkanden lämnades:",
            "1. Saco yrkar att förvaltningen redovisar antalet medarbetare per chef varje år.",
            "2. Saco yrkar att friskvårdstimmen återinförs för alla medarbetare i förvaltningen.",
            ("2. Övriga frågor", {"bold": True}),
            "Inget att notera.",
        ]
    )
    result = parse_file(data, "p.docx")
    assert labels(result) == [(1, "", "Föregående protokoll"), (2, "", "Övriga frågor")]
    assert "<p>1. Saco yrkar" in result.protokoll.punkter[0].text


def test_paragraph_numbers_and_decimal_sub_items():
    data = docx_bytes(
        [
            "2025-03-10",
            ("§ 14 Budget", {"bold": True}),
            ("14.1 Information: Prognos", {"bold": True}),
            "Underskott.",
            ("14.2 Investeringar", {"bold": True}),
            "Inget att notera.",
            ("§ 15 Nästa möte", {"bold": True}),
            "7 april kl. 9.",
        ]
    )
    result = parse_file(data, "p.docx")
    assert labels(result) == [
        (14, "", "Budget"),
        (14, "a", "Prognos"),
        (14, "b", "Investeringar"),
        (15, "", "Nästa möte"),
    ]
    assert result.protokoll.punkter[1].kind == "information"
    assert any("numreras de från 1" in w.message for w in result.warnings)


def test_word_heading_styles_without_numbers():
    data = docx_bytes(
        [
            "Arbetsplatsträff 2025-03-10",
            ("Föregående protokoll", {"style": "Heading 1"}),
            "Lades till handlingarna.",
            ("Arbetsmiljö", {"style": "Heading 1"}),
            ("Information: Tillbud", {"style": "Heading 2"}),
            "Inga tillbud.",
        ]
    )
    assert labels(parse_file(data, "p.docx")) == [
        (1, "", "Föregående protokoll"),
        (2, "", "Arbetsmiljö"),
        (2, "a", "Tillbud"),
    ]


def test_one_missing_number_is_taken_with_a_warning(minimal_text):
    text = minimal_text.replace("2. Övriga frågor", "3. Övriga frågor")
    result = parse_file(text.encode(), "p.txt")
    assert [p.number for p in result.protokoll.punkter] == [1, 3]
    assert any(w.message == "Punkt 2 saknas i numreringen." for w in result.warnings)


def test_an_agenda_before_the_items_is_not_the_items():
    text = (
        "Samverkansgrupp X\n2025-03-10\n\nDagordning\n1. Öppnande\n2. Budget\n3. Övrigt\n\n"
        "1. Öppnande\nMötet öppnades.\n\n2. Budget\nUnderskott.\n\n3. Övrigt\nInget.\n"
    )
    result = parse_file(text.encode(), "p.txt")
    assert labels(result) == [(1, "", "Öppnande"), (2, "", "Budget"), (3, "", "Övrigt")]
    assert result.protokoll.punkter[0].text == "<p>Mötet öppnades.</p>"
    assert result.warnings == []


def test_heading_kind_party_and_references():
    assert split_heading("Anmäld fråga från DIK: Sociala medier (bilaga 5 och 6)") == (
        "anmald_fraga",
        "dik",
        "Sociala medier",
        [5, 6],
    )
    assert split_heading("Samverkan: Verksamhetsplan,  budget\n2025 (bilaga 1)") == (
        "samverkan",
        None,
        "Verksamhetsplan, budget 2025",
        [1],
    )


def test_bodies_keep_lists_emphasis_and_decisions():
    data = docx_bytes(
        [
            "2025-03-10",
            ("1. Budget", {"bold": True}),
            "Arbetsgivaren informerade. Beslut: Budgeten godkändes.",
            ("Punkt ett", {"style": "List Bullet"}),
            ("Punkt två", {"style": "List Bullet"}),
            ("Text", {"table": [["Kostnad", "12 tkr"], ["Intäkt", "3 tkr"]]}),
        ]
    )
    text = parse_file(data, "p.docx").protokoll.punkter[0].text
    assert text == (
        "<p>Arbetsgivaren informerade.</p><p>Beslut: Budgeten godkändes.</p>"
        "<ul><li>Punkt ett</li><li>Punkt två</li></ul>"
        "<table><tbody><tr><td>Kostnad</td><td>12 tkr</td></tr>"
        "<tr><td>Intäkt</td><td>3 tkr</td></tr></tbody></table>"
    )


def test_bodies_are_escaped():
    text = "2025-03-10\n\n1. Fråga\n<script>alert(1)</script> & mer\n"
    body = parse_file(text.encode(), "p.txt").protokoll.punkter[0].text
    assert body == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; mer</p>"


def test_date_time_and_place_on_one_labelled_line():
    text = (
        "Samverkansgrupp Kulturskolan\nTid och plats: 13 januari 2025 kl. 9–10.30, Askebykroken\n\n"
        "1. Föregående protokoll\nLades till handlingarna.\n"
    )
    protocol = parse_file(text.encode(), "p.txt").protokoll
    assert protocol.meeting_date.isoformat() == "2025-01-13"
    assert protocol.start_time.isoformat() == "09:00:00"
    assert protocol.end_time.isoformat() == "10:30:00"
    assert protocol.place == "Askebykroken"
