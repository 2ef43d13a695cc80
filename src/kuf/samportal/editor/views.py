"""``@@skriv``: the secretary writes the whole protocol on one page.

The server is the truth: the page is one form; adding, removing and moving
items (and attendance rows) are buttons of that form which the server
answers with the page as posted, changed, and not yet saved; "Spara" checks
everything and writes it at once (``document.check`` / ``document.write``).
"""

import json
from kuf.samportal import _
from kuf.samportal.content.protokoll import IProtokoll
from kuf.samportal.editor import document
from kuf.samportal.parties import PARTIES
from kuf.samportal.vocabularies import ITEM_KINDS
from plone import api
from plone.memoize.view import memoize
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory


ATTENDANCE_TITLES = {
    "present": _("label_present", default="Present"),
    "absent": _("label_absent", default="Excused"),
    "adjunct": _("label_adjunct", default="Co-opted"),
}
SAVED = _("msg_editor_saved", default="The protocol is saved.")
NOT_SAVED = _(
    "msg_editor_not_saved",
    default="Nothing was saved: correct the fields marked below and save again.",
)
UNSAVED = _("msg_editor_unsaved", default="The change is not saved yet. Save when you are done.")
PREFILLED_PREVIOUS = _(
    "msg_editor_prefilled_previous",
    default="The attendance is filled in from the previous protocol (${title}). Check it and save.",
)
PREFILLED_MEMBERS = _(
    "msg_editor_prefilled_members",
    default="The attendance is filled in with the members of the group's parties. "
    "Check it and save.",
)


def form_list(request, name):
    value = request.form.get(name, [])
    return value if isinstance(value, list) else [value]


def form_text(request, name):
    value = request.form.get(name, "")
    return value if isinstance(value, str) else ""


def parse_form(request):
    """The structure of ``document`` from the posted form (rows in the order
    of their tokens)."""
    data = {name: form_text(request, name) for name in (*document.DATES, *document.TIMES)}
    data.update({name: form_text(request, name) for name in document.LINES})
    data["comment_deadline"] = form_text(request, "comment_deadline")
    data["justerare"] = [v for v in form_list(request, "justerare") if isinstance(v, str)]
    for name in document.ATTENDANCE:
        data[name] = [
            {key: form_text(request, f"{name}.{token}.{key}") for key in document.ATTENDEE_KEYS}
            for token in form_list(request, f"{name}.rader")
        ]
    data["punkter"] = [
        {
            "id": form_text(request, f"p.{token}.id") or None,
            "sub": bool(form_text(request, f"p.{token}.sub")),
            "kind": form_text(request, f"p.{token}.kind"),
            "raised_by": form_text(request, f"p.{token}.raised_by"),
            "heading": form_text(request, f"p.{token}.heading"),
            "body": form_text(request, f"p.{token}.body"),
            "bilagor": [v for v in form_list(request, f"p.{token}.bilagor") if isinstance(v, str)],
        }
        for token in form_list(request, "punkter.rader")
    ]
    return data


def empty_item():
    return {
        "id": None,
        "sub": False,
        "kind": "",
        "raised_by": "",
        "heading": "",
        "body": "",
        "bilagor": [],
    }


def empty_attendee():
    return dict.fromkeys(document.ATTENDEE_KEYS, "")


def apply_action(data, action):
    """Add, remove or move a row of the posted structure; the row to focus."""
    verb, _sep, target = action.partition(":")
    items = data["punkter"]
    if verb == "lagg-till-punkt":
        items.append(empty_item())
        return f"punkt-rad-{len(items) - 1}"
    if verb in ("upp", "ned", "ta-bort") and target.isdigit() and int(target) < len(items):
        index = int(target)
        if verb == "ta-bort":
            del items[index]
            return f"punkt-rad-{min(index, len(items) - 1)}" if items else "punkter"
        other = index - 1 if verb == "upp" else index + 1
        if 0 <= other < len(items):
            items[index], items[other] = items[other], items[index]
            return f"punkt-rad-{other}"
        return f"punkt-rad-{index}"
    if verb == "lagg-till-rad" and target in document.ATTENDANCE:
        data[target].append(empty_attendee())
        return f"{target}-rad-{len(data[target]) - 1}"
    if verb == "ta-bort-rad":
        name, _sep, row = target.partition(":")
        if name in document.ATTENDANCE and row.isdigit() and int(row) < len(data[name]):
            del data[name][int(row)]
        return f"narvaro-{name}"
    return None


class EditorView(BrowserView):
    template = ViewPageTemplateFile("templates/skriv.pt")

    problems = None
    notice = None
    focus = None

    def __call__(self):
        self.request.response.setHeader("Cache-Control", "no-store")
        # The whole width for the protocol: no navigation portlet beside it.
        self.request.set("disable_plone.leftcolumn", True)
        self.request.set("disable_plone.rightcolumn", True)
        self.refusal = document.refusal(self.context)
        if self.refusal is not None:
            self.data = None
            if self.request.method == "POST":
                self.request.response.setStatus(409)
            return self.template()
        if self.request.method != "POST":
            self.data = document.read(self.context)
            if not document.has_attendance(self.context):
                self.prefill()
            return self.template()
        CheckAuthenticator(self.request)
        self.data = parse_form(self.request)
        action = form_text(self.request, "atgard") or "spara"
        if action not in ("spara", "spara-visa"):
            self.focus = apply_action(self.data, action)
            self.notice = translate(UNSAVED, context=self.request)
            return self.template()
        values, problems = document.check(self.context, self.data, self.request)
        if problems:
            self.problems = problems
            self.request.response.setStatus(400)
            return self.template()
        document.write(self.context, values)
        api.portal.show_message(translate(SAVED, context=self.request), request=self.request)
        target = self.context.absolute_url()
        if action == "spara":
            target += "/@@skriv"
        self.request.response.redirect(target)
        return ""

    def prefill(self):
        previous = document.previous_protocol(self.context)
        self.data.update(document.proposed_attendance(self.context))
        if previous is not None:
            message = _(PREFILLED_PREVIOUS, mapping={"title": previous.Title()})
        else:
            message = PREFILLED_MEMBERS
        self.notice = translate(message, context=self.request)

    # -- for the template --------------------------------------------------

    def errors(self, key):
        if self.problems is None:
            return []
        return self.problems.by_key.get(key, [])

    def item_errors(self, index):
        """Problems of an item, all its fields together."""
        if self.problems is None:
            return []
        prefix = f"punkter.{index}"
        return [
            message
            for key, messages in self.problems.by_key.items()
            if key == prefix or key.startswith(prefix + ".")
            for message in messages
        ]

    def row_errors(self, name, index):
        if self.problems is None:
            return []
        prefix = f"{name}.{index}."
        return [
            message
            for key, messages in self.problems.by_key.items()
            if key.startswith(prefix)
            for message in messages
        ]

    def refusal_text(self):
        return translate(self.refusal, context=self.request) if self.refusal else ""

    def all_problems(self):
        return self.problems.messages() if self.problems is not None else []

    def title(self):
        return translate(_("title_editor", default="Write the protocol"), context=self.request)

    def label(self, name):
        return translate(IProtokoll[name].title, context=self.request)

    def attendance(self):
        return [
            {
                "name": name,
                "title": translate(ATTENDANCE_TITLES[name], context=self.request),
                "rows": self.data[name],
            }
            for name in document.ATTENDANCE
        ]

    def items(self):
        from kuf.samportal.rules import numbering

        labels = numbering.item_labels([bool(row.get("sub")) for row in self.data["punkter"]])
        return [
            {**row, "index": index, "label": numbering.format_label(*label)}
            for index, (row, label) in enumerate(zip(self.data["punkter"], labels, strict=True))
        ]

    def kinds(self):
        return ITEM_KINDS

    def parties(self):
        return [(party.id, party.title) for party in PARTIES]

    @memoize
    def bilagor(self):
        return [
            {"uid": bilaga.UID(), "label": f"{bilaga.label()}: {bilaga.Title()}"}
            for bilaga in self.context.bilagor()
        ]

    @memoize
    def participants(self):
        factory = getUtility(IVocabularyFactory, "kuf.samportal.GroupParticipants")
        terms = [(term.value, term.title) for term in factory(self.context)]
        known = {value for value, _title in terms}
        for user_id in self.data.get("justerare") or []:
            if user_id not in known:
                terms.append((user_id, self.context.person(user_id)["name"]))
        return terms

    def secretary_name(self):
        if self.context.secretary:
            return self.context.person(self.context.secretary)["name"]
        return self.context.secretary_name or ""

    def state_title(self):
        from kuf.samportal.browser.protokoll import STATE_LABELS

        state = api.content.get_state(self.context)
        return translate(STATE_LABELS.get(state, state), context=self.request)

    @memoize
    def tinymce_options(self):
        """The pattern options of the portal's rich-text widget (Swedish,
        the portal's toolbar), for the items' text areas."""
        from kuf.samportal.editor.tinymce import pattern_options

        options = pattern_options(self.context, self.request)
        # Many items on one page: each editor starts small and grows.
        options.setdefault("tiny", {})["height"] = 220
        return json.dumps(options)

    def add_bilaga_url(self):
        if api.user.has_permission("kuf.samportal: Add Bilaga", obj=self.context):
            return f"{self.context.absolute_url()}/++add++Bilaga"
        return None
