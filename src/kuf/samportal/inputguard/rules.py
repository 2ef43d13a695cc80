"""What input the portal accepts: sizes, characters, link schemes, numbers.

Plain Python, no Zope: the REST deserializer, the Classic forms' validators,
our services and the CSV import all ask these functions, so that the limits
are the same whichever way the text comes in. The numbers are documented in
README.md ("Security: input").
"""

import html
import math
import re
import unicodedata


# Characters per value, by kind of field.
LINE_LIMIT = 1_000  # TextLine: a name, a heading, a place
TEXT_LIMIT = 20_000  # Text: a synpunkt, a deviation, an analysis
RICH_TEXT_LIMIT = 300_000  # RichText: the HTML of an item body or a routine
ITEMS_LIMIT = 500  # rows of a data grid, lines of a list field
FILENAME_LIMIT = 255
# Request bodies (bytes).
JSON_BODY_LIMIT = 40 * 1024 * 1024  # REST writes: files travel base64-encoded
SERVICE_BODY_LIMIT = 4 * 1024 * 1024  # our own services (@synpunkter, @svar, ...)
CSV_LIMIT = 2 * 1024 * 1024  # a supplier's usage file
JSON_DEPTH_LIMIT = 20
# Whole numbers are stored in catalog indexes of 32-bit integers.
INT_LIMIT = 2**31 - 1

# C0 controls but tab, line feed and carriage return; DEL and C1 controls.
# XLSX (XML 1.0) cannot hold them, and no one types them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

WEB_SCHEMES = ("http", "https", "mailto")


def bad_characters(value: str, multiline: bool = True) -> bool:
    """Whether ``value`` holds a control character (or a line break where one
    line is expected) or half of a UTF-16 surrogate pair (which no UTF-8 page
    or file can hold)."""
    if _CONTROL.search(value) or _SURROGATE.search(value):
        return True
    return not multiline and bool(_LINE_BREAKS.search(value))


def strip_bad_characters(value: str) -> str:
    """``value`` without control characters and lone surrogates (for output
    of data stored before the checks existed)."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", value))


def too_long(value, limit: int) -> bool:
    return len(value) > limit


def link_scheme(value: str) -> str | None:
    """The scheme a browser would see in ``value``: entities decoded, controls
    and white space dropped (browsers ignore them in a scheme), lower case.
    None for a relative link."""
    text = value
    for _ in range(3):  # "&amp;#106;" is "&#106;" is "j"
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if not (ch.isspace() or ord(ch) < 32 or ch == "\x7f"))
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):", text)
    return match.group(1).lower() if match else None


def is_web_link(value: str) -> bool:
    """An absolute http(s) or mailto link: nothing a browser would run."""
    if not isinstance(value, str) or bad_characters(value, multiline=False):
        return False
    scheme = link_scheme(value)
    if scheme not in WEB_SCHEMES:
        return False
    if scheme == "mailto":
        return is_email(value.strip()[len("mailto:") :].split("?")[0])
    return re.match(r"^https?://[^/\s]", value.strip(), flags=re.I) is not None


INTERNAL_PREFIXES = ("${portal_url}", "${navigation_root_url}")


def is_link_target(value: str) -> bool:
    """What a Plone Link may point to: a web link, or a page of the portal
    ("${portal_url}/resolveuid/...", "/arbetsmiljohandbok/...")."""
    if is_web_link(value):
        return True
    if not isinstance(value, str) or bad_characters(value, multiline=False):
        return False
    text = value.strip()
    for prefix in INTERNAL_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :] or "/"
    return text.startswith("/") and not text.startswith("//") and link_scheme(text) is None


EMAIL = re.compile(r"^[^@\s<>\"'():;,\\]+@[^@\s<>\"'():;,\\]+\.[^@\s<>\"'():;,\\]+$")


def is_email(value: str) -> bool:
    return isinstance(value, str) and len(value) <= 254 and EMAIL.match(value) is not None


def finite_number(value) -> bool:
    """A JSON number the portal can store, count and show."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) <= INT_LIMIT
    return isinstance(value, float) and math.isfinite(value)


def json_depth(value, limit: int = JSON_DEPTH_LIMIT) -> int:
    """How deeply ``value`` nests (iteratively: a hostile body must not
    exhaust the stack); stops counting past ``limit``."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


def strings_in(value):
    """Every string in a JSON value, keys included (iteratively)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            for key, child in item.items():
                yield key
                stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)
