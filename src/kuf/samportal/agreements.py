"""Supplier agreements in the portal: who handles them, deviations reported
by employees, and the supplier's usage statistics.

Rules (status, due dates, the CSV format, the figures) are in
``rules.agreements`` and ``rules.usage``; views, REST services and the
easyform action call these functions and stay thin.
"""

import datetime
from kuf.samportal import _
from kuf.samportal import parties
from kuf.samportal.content import unique_id
from kuf.samportal.inputguard.rules import CSV_LIMIT
from kuf.samportal.localroles import set_role
from kuf.samportal.refusals import Refusal
from kuf.samportal.refusals import texts
from kuf.samportal.rules import usage as usage_rules
from kuf.samportal.rules.agreements import CATEGORY_TITLES
from kuf.samportal.rules.agreements import DEVIATION_CATEGORIES
from kuf.samportal.xlsx import add_sheet
from kuf.samportal.xlsx import append_row
from kuf.samportal.xlsx import save_book
from openpyxl import Workbook
from persistent.mapping import PersistentMapping
from plone import api
from zope.container.interfaces import IContainerModifiedEvent


VIEW_STATISTICS = "kuf.samportal: View usage statistics"
IMPORT_STATISTICS = "kuf.samportal: Import usage statistics"
DEVIATION_FORM_ID = "rapportera-avvikelse"


MESSAGES = {
    "error_deviation_category": _(
        "error_deviation_category", default="Choose what the deviation concerns."
    ),
    "error_deviation_description": _(
        "error_deviation_description", default="Describe what happened."
    ),
    "error_usage_year": _("error_usage_year", default="Give the year as four digits."),
    "error_usage_file": _("error_usage_file", default="Choose a CSV file."),
    "error_nothing_imported": _(
        "error_nothing_imported",
        default="Nothing was imported. Correct the file and try again:",
    ),
    "error_usage_encoding": _(
        "error_usage_encoding", default="The file must be saved as UTF-8 (CSV UTF-8)."
    ),
    "error_usage_too_large": _(
        "error_usage_too_large", default="The file is too large (at most 2 MB)."
    ),
}


def messages(ids, request) -> list[str]:
    """Refusals in the user's language; CSV row errors are Swedish already."""
    return texts(ids, MESSAGES, request)


class AgreementError(Refusal):
    """A refusal of an agreement's deviation or usage import (msgids above)."""


def sync_manager_roles(agreement, event=None):
    if IContainerModifiedEvent.providedBy(event):
        return
    set_role(agreement, parties.ROLE_AGREEMENT_MANAGER, agreement.managers or [])
    agreement.reindexObjectSecurity()


def agreement_added(agreement, event):
    sync_manager_roles(agreement)
    ensure_deviation_form(agreement)


def ensure_deviation_form(agreement):
    """Every agreement offers "Rapportera avvikelse", a collective.easyform
    form whose action creates the Avvikelse; HR may change its fields."""
    if DEVIATION_FORM_ID in agreement.objectIds():
        return agreement[DEVIATION_FORM_ID]
    with api.env.adopt_roles(["Manager"]):
        form = api.content.create(
            container=agreement,
            type="EasyForm",
            id=DEVIATION_FORM_ID,
            title="Rapportera avvikelse",
            description=f"Rapportera en avvikelse från avtalet med {agreement.supplier}. "
            "Bara du, HR och de som ansvarar för avtalet kan läsa den.",
            submitLabel="Skicka avvikelsen",
            thankstitle="Tack! Avvikelsen är registrerad.",
            thanksdescription="HR följer upp den med leverantören.",
            includeEmpties=False,
        )
        form.fields_model = DEVIATION_FORM_FIELDS
        form.actions_model = DEVIATION_FORM_ACTIONS
        api.content.transition(obj=form, transition="publish")
    return form


DEVIATION_FORM_FIELDS = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema">\n'
    "  <schema>\n"
    '    <field name="kategori" type="zope.schema.Choice">\n'
    "      <title>Vad gäller avvikelsen?</title>\n"
    "      <values>\n"
    + "".join(f"        <element>{title}</element>\n" for _key, title in DEVIATION_CATEGORIES)
    + "      </values>\n"
    "    </field>\n"
    '    <field name="beskrivning" type="zope.schema.Text">\n'
    "      <title>Beskriv vad som hänt</title>\n"
    "      <description>Skriv inte mer om enskilda personer än vad som behövs.</description>\n"
    "    </field>\n"
    '    <field name="datum" type="zope.schema.Date">\n'
    "      <title>När hände det?</title>\n"
    "      <required>False</required>\n"
    "    </field>\n"
    "  </schema>\n"
    "</model>\n"
)

DEVIATION_FORM_ACTIONS = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema">\n'
    "  <schema>\n"
    '    <field name="skapa_avvikelse" type="kuf.samportal.actions.CreateDeviation">\n'
    "      <title>Skapa avvikelse</title>\n"
    "    </field>\n"
    "  </schema>\n"
    "</model>\n"
)


def category_key(value):
    """The form offers titles (HR edits them as text); the type stores keys."""
    if value in CATEGORY_TITLES:
        return value
    for key, title in DEVIATION_CATEGORIES:
        if value == title:
            return key
    return None


def statistics_readers():
    """Who reads the usage statistics besides HR and the agreement's managers:
    the parties of samverkan (they discuss them at FVG) and the chefs."""
    chefs = [g.group_id for g in parties.FUNCTIONAL_GROUPS if g.role == parties.ROLE_MANAGER]
    return [party.group_id for party in parties.PARTIES] + chefs


# Deviations -----------------------------------------------------------------


def create_deviation(agreement, reporter_id, category, description, extra=None):
    """A new Avvikelse under ``agreement``, reported by ``reporter_id``.

    Employees may not add content to an agreement, so it is created by the
    system; the reporter is made its Owner and so keeps reading it.
    ``extra`` holds answers to fields HR has added to the form.
    """
    errors = []
    if category not in CATEGORY_TITLES:
        errors.append("error_deviation_category")
    if not (description or "").strip():
        errors.append("error_deviation_description")
    if errors:
        raise AgreementError(errors)
    text = description.strip()
    for label, value in (extra or {}).items():
        if value not in (None, ""):
            text += f"\n\n{label}: {value}"
    today = datetime.date.today()
    with api.env.adopt_roles(["Manager"]):
        deviation = api.content.create(
            container=agreement,
            type="Avvikelse",
            id=unique_id(f"avvikelse-{today:%Y%m%d}"),
            category=category,
            description=text,
            reported_on=today,
            reporter=reporter_id,
        )
    deviation.update_title()
    deviation.manage_setLocalRoles(reporter_id, ["Owner"])
    deviation.creators = (reporter_id,)
    deviation.reindexObject()
    deviation.reindexObjectSecurity()
    return deviation


def deviations(context=None, **query):
    """Deviations the user may read, newest first."""
    found = api.content.find(
        context=context, portal_type="Avvikelse", sort_on="created", sort_order="reverse", **query
    )
    return [brain.getObject() for brain in found]


# Usage statistics -------------------------------------------------------------


def usage_year(value) -> int:
    """The year of an import: four digits (a number or a text), 2000–2100."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 2000 <= value <= 2100:
        raise AgreementError(["error_usage_year"])
    return value


def import_usage(agreement, year: int, text: str) -> int:
    """Replace the agreement's usage for ``year`` with the CSV's rows; a file
    with any bad row imports nothing."""
    if len(text.encode("utf-8", "surrogatepass")) > CSV_LIMIT:
        raise AgreementError(["error_usage_too_large"])
    rows, errors = usage_rules.parse_usage(text, year)
    if errors:
        raise AgreementError([f"Rad {e.line}: {e.message}" for e in errors])
    if agreement.usage is None:
        agreement.usage = PersistentMapping()
    agreement.usage[year] = tuple(row.as_tuple() for row in rows)
    return len(rows)


def usage_years(agreement) -> list[int]:
    return sorted((agreement.usage or {}).keys(), reverse=True)


def usage_rows(agreement, year):
    return usage_rules.rows_from_tuples((agreement.usage or {}).get(year, ()))


MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def kinds(rows) -> list[dict]:
    return [
        {"kind": kind, "amount": amount, "percent": percent}
        for kind, amount, percent in usage_rules.share_per_kind(rows)
    ]


def statistics(agreement, year: int) -> dict:
    rows = usage_rows(agreement, year)
    previous = usage_rows(agreement, year - 1)
    this_months = usage_rules.cost_per_month(rows)
    previous_months = usage_rules.cost_per_month(previous)
    return {
        "year": year,
        "previous_year": year - 1,
        "has_previous": bool(previous),
        "total": round(sum(this_months), 2),
        "previous_total": round(sum(previous_months), 2),
        "months": [
            {"month": MONTHS[i], "amount": this_months[i], "previous": previous_months[i]}
            for i in range(12)
        ],
        "kinds": kinds(rows),
        "previous_kinds": kinds(previous),
        "departments": [
            {"department": d, "amount": a} for d, a in usage_rules.cost_per_department(rows)
        ],
        "services": [
            {"service": s, "kind": k, "amount": a, "visits": v}
            for s, k, a, v in usage_rules.top_services(rows)
        ],
    }


def statistics_xlsx(agreement, stats) -> bytes:
    """The statistics page's tables, one sheet each."""
    book = Workbook()
    months = add_sheet(
        book,
        "Per månad",
        f"{agreement.Title()}: användning {stats['year']}",
        ["Månad", f"{stats['year']} (kr)", f"{stats['previous_year']} (kr)"],
        (12, 18, 18),
        first=True,
    )
    for row in stats["months"]:
        append_row(months, [row["month"], row["amount"], row["previous"]])
    kinds = add_sheet(book, "Per typ", None, ["Typ", "Belopp (kr)", "Andel (%)"], (20, 16, 12))
    for row in stats["kinds"]:
        append_row(kinds, [row["kind"], row["amount"], row["percent"]])
    departments = add_sheet(book, "Per avdelning", None, ["Avdelning", "Belopp (kr)"], (36, 16))
    for row in stats["departments"]:
        append_row(departments, [row["department"], row["amount"]])
    services = add_sheet(
        book, "Tjänster", None, ["Tjänst", "Typ", "Belopp (kr)", "Besök"], (44, 18, 16, 10)
    )
    for row in stats["services"]:
        append_row(services, [row["service"], row["kind"], row["amount"], row["visits"]])
    return save_book(book)
