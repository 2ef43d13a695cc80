"""The plain rules of inputguard and the workbook helper, without Zope."""

from io import BytesIO
from kuf.samportal.inputguard import rules
from kuf.samportal.inputguard import throttle
from kuf.samportal.xlsx import append_row
from openpyxl import Workbook
from openpyxl import load_workbook
import pytest


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "java\nscript:alert(1)",
        "java&#x09;script:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&amp;#106;avascript:alert(1)",
        "data:text/html,<script>",
        "vbscript:msgbox",
        "ｊａｖａｓｃｒｉｐｔ:alert(1)",
        "//evil.example",
        "/relative",
        "mailto:javascript:alert(1)",
        "https://",
        "",
    ],
)
def test_script_and_other_links_are_not_web_links(link):
    assert not rules.is_web_link(link)


@pytest.mark.parametrize(
    "link", ["https://www.av.se/x?y=1", "HTTP://lagen.nu", "mailto:hr@kuf.example.org"]
)
def test_web_links(link):
    assert rules.is_web_link(link)


def test_link_targets_of_plone_links():
    assert rules.is_link_target("${portal_url}/resolveuid/abc")
    assert rules.is_link_target("/arbetsmiljohandbok/rutin")
    assert not rules.is_link_target("${portal_url}javascript:alert(1)")
    assert not rules.is_link_target("//evil.example")


def test_characters_and_depth():
    assert rules.bad_characters("a\x00b")
    assert rules.bad_characters("\ud800")
    assert rules.bad_characters("a\nb", multiline=False)
    assert not rules.bad_characters("rad 1\nrad 2\ttabb \u202e 😀")
    assert rules.strip_bad_characters("a\x00b\ud800") == "ab\ufffd"
    deep = []
    for _ in range(100_000):
        deep = [deep]
    assert rules.json_depth(deep) == rules.JSON_DEPTH_LIMIT + 1  # stops early, no recursion
    assert not rules.finite_number(float("nan"))
    assert not rules.finite_number(10**40)
    assert not rules.finite_number(True)


def test_throttle_locks_ends_and_merges():
    attempts = throttle.Attempts()
    for second in range(throttle.USER_LIMIT - 1):
        attempts = throttle.fail(attempts, 1000.0 + second, throttle.USER_LIMIT)
    assert throttle.wait(attempts, 1010.0) == 0
    attempts = throttle.fail(attempts, 1010.0, throttle.USER_LIMIT)
    assert throttle.wait(attempts, 1010.0) == throttle.LOCK
    assert throttle.fail(attempts, 1020.0, throttle.USER_LIMIT) == attempts  # not extended
    assert throttle.wait(attempts, 1010.0 + throttle.LOCK) == 0
    old = throttle.Attempts((1.0,), 0.0)
    first = throttle.Attempts((1.0, 2.0), 0.0)
    second = throttle.Attempts((1.0, 2.0), 0.0)  # the same second, another instance
    assert throttle.merge(old, first, second, 10).failures == (1.0, 2.0, 2.0)
    old_failures = throttle.Attempts(tuple(range(throttle.WINDOW)), 0.0)
    assert throttle.fail(old_failures, throttle.WINDOW * 3, 5).failures == (throttle.WINDOW * 3,)


def test_workbook_cells_are_text():
    book = Workbook()
    append_row(book.active, ["=1+1", "\t=2", "\r=3", "+4", "-5", "@6", "a\x00b", 7, "ok"])
    stream = BytesIO()
    book.save(stream)
    cells = list(load_workbook(BytesIO(stream.getvalue())).active[1])
    assert [cell.value for cell in cells] == [
        "=1+1",
        "\t=2",
        "\r=3",
        "+4",
        "-5",
        "@6",
        "ab",
        7,
        "ok",
    ]
    assert all(cell.data_type == "s" for cell in cells if isinstance(cell.value, str))
    assert [cell.quotePrefix for cell in cells[:6]] == [True] * 6
    assert not cells[8].quotePrefix
