"""Find stock Plone's English on the pages a user reaches by following links.

Used by test_english.py (against the test server) and runnable by hand
against a running portal:

    .venv/bin/python -m tests.look.english http://localhost:8080/samportal medarbetare
"""

from concurrent.futures import ThreadPoolExecutor
from lxml import html as lxml_html
import re
import requests
from urllib.parse import urldefrag
from urllib.parse import urljoin
from urllib.parse import urlsplit


# Known English strings of stock Plone (and the packages it ships), matched
# as whole words, case-sensitive, in the visible text of a page.
ENGLISH = [
    "No value",
    "Select a value",
    "Log in",
    "Log out",
    "Login failed",
    "Trouble logging in?",
    "Get help",
    "Forgot your password?",
    "Password reset",
    "Please enter",
    "Enter your",
    "Username",
    "Search",
    "Search results",
    "Filter the results",
    "Advanced search",
    "Contents",
    "Edit",
    "View",
    "History",
    "Sharing",
    "Actions",
    "Display",
    "Add new",
    "State:",
    "Powered by Plone",
    "Required",
    "Save",
    "Cancel",
    "Delete",
    "Rename",
    "Home",
    "You are here:",
    "Skip to",
    "Navigation",
    "Site Map",
    "Accessibility",
    "Contact",
    "Preferences",
    "Dashboard",
    "Personal Information",
    "Personal Preferences",
    "Change Password",
    "Error:",
    "Info:",
    "Warning:",
    "Welcome! You are now logged in.",
    "Summary",
    "Change note",
    "Short name",
    "Versioning enabled",
    "Initial version",
    "Title",
    "Description",
    "Settings",
    "Categorization",
    "Dates",
    "Ownership",
    "Publishing Date",
    "Expiration Date",
    "Creators",
    "Contributors",
    "Rights",
    "Related Items",
    "Tags",
    "Created by",
    "Last modified",
    "last modified",
    "Do you really want to delete",
    "Are you sure",
    "No items",
    "There are currently no items in this folder.",
    "Insufficient Privileges",
    "You are not authorized",
    "Page not found",
    "We're sorry",
    "Send",
    "Send message",
    "Subject",
    "Message",
    "Full Name",
    "E-mail",
    "Email",
    "Language",
    "Time zone",
    "Biography",
    "Location",
    "Home page",
    "Portrait",
    "Apply",
    "Close",
    "Show all",
    "Next",
    "Previous",
    "results",
    "Sort by",
    "relevance",
    "date (newest first)",
    "alphabetically",
    "Item type",
    "Any type",
    "New items since",
    "Ever",
    "Yesterday",
    "Last week",
    "Last month",
    "Member tools",
    "Changes saved",
    "Changes canceled",
    "Item created",
    "Item(s) deleted",
    "Upload",
    "Workflow",
    "Revert",
    "Compare",
    "Working copy",
    "Revisions",
]

_PATTERNS = [
    (phrase, re.compile(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])")) for phrase in ENGLISH
]

# Links not to follow: leaving, changing state, files, feeds and resources.
SKIP = re.compile(
    r"logout|logged_out|/login|login_form|require_login|mail_password|content_status_modify"
    r"|workflow_action|_authenticator|@@delete|object_delete|@@rename"
    r"|object_rename|object_cut|object_copy|object_paste|@@undo|@@signera|dra-tillbaka"
    r"|\+\+resource\+\+|\+\+plone\+\+|\+\+theme\+\+|\+\+webresource\+\+|@@images|/@@download"
    r"|/download|\.pdf|\.xlsx|\.docx|\.csv|\.ics|\.vcs|/RSS|rss\.xml|atom\.xml|itunes\.xml"
    r"|search_rss|/favicon|mailto:|tel:|@@history\?|@@diff|revertversion|portal_|manage_"
    r"|/acl_users/|/@@bankid|/@@oidc|setLanguage|plone_control_panel|@@overview-controlpanel"
    r"|-controlpanel|/@@export|mode=|\?b_start|sort_on="
    # easyform's field editor (plone.schemaeditor) is not translated yet
    r"|/fields(/|$)"
)
# Pages of one kind under one parent (a unit's action plan, an add form of
# one type): the first few stand for the rest.
PER_PARENT = 2


def visible_text(page: str) -> str:
    """The text a reader sees or hears: no scripts, styles, templates or
    attributes."""
    tree = lxml_html.fromstring(page)
    for element in tree.xpath("//script|//style|//template|//noscript|//head"):
        element.drop_tree()
    for comment in tree.xpath("//comment()"):
        comment.drop_tree()
    return re.sub(r"\s+", " ", " ".join(tree.itertext()))


def english_on(page: str) -> list[str]:
    text = visible_text(page)
    return [phrase for phrase, pattern in _PATTERNS if pattern.search(text)]


def links(base: str, page_url: str, page: str) -> set[str]:
    found = set()
    for href in re.findall(r'href="([^"]+)"', page):
        url = urldefrag(urljoin(page_url, href.replace("&amp;", "&")))[0]
        if not url.startswith(base) or SKIP.search(url):
            continue
        found.add(url)
    return found


def kind(url: str) -> str:
    """Where a page sits: its parent and its view, or the type it adds."""
    path = urlsplit(url).path.rstrip("/")
    parts = path.split("/")
    if "++add++" in path:
        return "add:" + path.rsplit("++add++", 1)[1]
    view = parts[-1] if parts[-1].startswith("@@") or parts[-1] in ("edit", "view") else ""
    if view:
        parts = parts[:-1]
    return "/".join(parts[:-1]) + "|" + view


def crawl(base: str, session: requests.Session, limit: int = 150, workers: int = 8):
    """Breadth first from the start page; ``{url: [english phrases]}`` of
    every HTML page reached (at most ``limit`` pages, at most PER_PARENT of
    one kind)."""
    seen = {base}
    kinds = {}
    frontier = [base]
    found = {}
    visited = 0

    def fetch(url):
        # Chameleon compiling one template in several threads at once can
        # fail on Python 3.11 ("AST constructor recursion depth mismatch"):
        # a 500 is asked again.
        for _attempt in range(3):
            response = session.get(url, headers={"Accept": "text/html"}, timeout=60)
            if response.status_code < 500:
                break
        if response.status_code != 200 or "text/html" not in response.headers.get(
            "Content-Type", ""
        ):
            return url, None
        return url, response.text

    with ThreadPoolExecutor(workers) as pool:
        while frontier and visited < limit:
            batch, frontier = frontier[: limit - visited], frontier[limit - visited :]
            visited += len(batch)
            for url, page in pool.map(fetch, batch):
                if page is None:
                    continue
                phrases = english_on(page)
                if phrases:
                    found[url] = phrases
                for link in sorted(links(base, url, page)):
                    if link in seen:
                        continue
                    seen.add(link)
                    key = kind(link)
                    kinds[key] = kinds.get(key, 0) + 1
                    if kinds[key] <= PER_PARENT:
                        frontier.append(link)
    return found, visited


def session_for(user: str, password: str) -> requests.Session:
    session = requests.Session()
    session.auth = (user, password)
    return session


if __name__ == "__main__":
    import sys

    base, user = sys.argv[1], sys.argv[2]
    password = sys.argv[3] if len(sys.argv) > 3 else "samverkan"
    result, count = crawl(base.rstrip("/"), session_for(user, password))
    for url, phrases in sorted(result.items()):
        print(url, phrases)
    print(f"{count} pages, {len(result)} with English", file=sys.stderr)
