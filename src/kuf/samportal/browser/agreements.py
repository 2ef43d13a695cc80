"""Pages of the supplier agreements: the landing page with how to order,
an agreement, a deviation, the usage statistics and their import."""

import datetime
from kuf.samportal import _
from kuf.samportal import agreements as logic
from kuf.samportal import charts
from kuf.samportal.browser.download import fullname
from kuf.samportal.browser.download import send_file
from kuf.samportal.inputguard.constraints import href
from kuf.samportal.inputguard.constraints import mailto
from kuf.samportal.inputguard.rules import CSV_LIMIT
from kuf.samportal.rules.agreements import STATUS_TITLES
from kuf.samportal.rules.usage import COLUMNS
from kuf.samportal.vocabularies import AGREEMENT_AREA_TITLES
from kuf.samportal.vocabularies import SERVICE_LEVELS
from kuf.samportal.xlsx import XLSX
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
import re
from zope.i18n import translate


STATE_TITLES = {
    "registrerad": "Registrerad",
    "besvarad": "Besvarad av leverantören",
    "stangd": "Stängd",
}


def deviation_row(deviation):
    state = api.content.get_state(deviation)
    return {
        "title": deviation.Title(),
        "url": deviation.absolute_url(),
        "agreement": deviation.agreement().Title(),
        "category": logic.CATEGORY_TITLES.get(deviation.category, ""),
        "reported_on": deviation.reported_on.isoformat(),
        "due": deviation.due().isoformat(),
        "state": state,
        "state_title": STATE_TITLES.get(state, state),
        "overdue": deviation.overdue(),
    }


def agreement_row(agreement, today=None):
    status = agreement.status(today)
    return {
        "title": agreement.Title(),
        "supplier": agreement.supplier,
        "url": agreement.absolute_url(),
        "area": AGREEMENT_AREA_TITLES.get(agreement.area, ""),
        "start": agreement.start.isoformat(),
        "end": agreement.end.isoformat(),
        "latest_end": agreement.latest_end.isoformat() if agreement.latest_end else "",
        "extension": agreement.extension or "",
        "status": status,
        "status_title": STATUS_TITLES[status],
        "decide": status == "loper_ut" and agreement.may_extend(),
    }


class AgreementsLanding(BrowserView):
    """How to order support, every agreement's status, and the deviations
    the user may read (HR and managers: all of theirs; others: their own)."""

    def agreements(self):
        brains = api.content.find(
            context=self.context, portal_type="Leverantorsavtal", sort_on="sortable_title"
        )
        return [agreement_row(brain.getObject()) for brain in brains]

    def to_order(self):
        return [row for row in self.agreements() if row["status"] != "utgatt"]

    def deviations(self):
        return [deviation_row(d) for d in logic.deviations(self.context)]


class AgreementView(BrowserView):
    def row(self):
        return agreement_row(self.context)

    def mailto(self, address):
        """A contact's address as a link, when it is an address."""
        return mailto(address)

    def order_contacts(self):
        """Where the ordering routine sends people: phone numbers (tel:
        links), e-mail and web addresses (links only when they are safe)."""
        rows = []
        for row in self.context.order_contacts or []:
            phone = (row.get("phone") or "").strip()
            dial = re.sub(r"[^\d+]", "", phone)
            address = (row.get("address") or "").strip()
            rows.append(
                {
                    "what": row.get("what") or "",
                    "phone": phone,
                    "tel": f"tel:{dial}" if len(dial) >= 3 else None,
                    "email": row.get("email") or "",
                    "mailto": mailto(row.get("email")),
                    "address": address,
                    "href": href(address),
                }
            )
        return rows

    def services_by_level(self):
        titles = dict(SERVICE_LEVELS)
        levels = []
        for level, title in titles.items():
            services = [s for s in self.context.services or [] if s.get("level") == level]
            if services:
                levels.append({"title": title, "services": services})
        return levels

    def form_url(self):
        form = self.context.get(logic.DEVIATION_FORM_ID)
        return form.absolute_url() if form is not None else None

    def documents(self):
        return [
            {"title": brain.Title, "url": brain.getURL()}
            for brain in api.content.find(context=self.context, portal_type="File", depth=1)
        ]

    def deviations(self):
        return [deviation_row(d) for d in logic.deviations(self.context)]

    def may_see_statistics(self):
        return api.user.has_permission(logic.VIEW_STATISTICS, obj=self.context)


class DeviationView(BrowserView):
    def row(self):
        return deviation_row(self.context)

    def reporter(self):
        return fullname(self.context.reporter)


class StatisticsView(BrowserView):
    def __call__(self):
        self.update()
        return self.index()

    def update(self):
        years = logic.usage_years(self.context)
        default = years[0] if years else datetime.date.today().year
        try:
            self.year = int(self.request.form.get("ar") or default)
        except ValueError:
            self.year = default
        self.years = years
        self.stats = logic.statistics(self.context, self.year)

    def may_import(self):
        return api.user.has_permission(logic.IMPORT_STATISTICS, obj=self.context)

    def month_chart(self):
        stats = self.stats
        series = [(str(stats["year"]), [m["amount"] for m in stats["months"]])]
        if stats["has_previous"]:
            series.append((str(stats["previous_year"]), [m["previous"] for m in stats["months"]]))
        return charts.column_chart(
            "kuf-chart-months",
            f"Kostnad per månad {stats['year']}"
            + (f" jämfört med {stats['previous_year']}" if stats["has_previous"] else ""),
            f"Totalt {charts.money(stats['total'])} {stats['year']}"
            + (
                f" och {charts.money(stats['previous_total'])} {stats['previous_year']}."
                if stats["has_previous"]
                else "."
            )
            + " Siffrorna per månad står i tabellen under diagrammet.",
            [m["month"] for m in stats["months"]],
            series,
        )

    def kind_chart(self):
        stats = self.stats
        rows = [(stats["year"], [(k["kind"], k["percent"]) for k in stats["kinds"]])]
        if stats["has_previous"]:
            rows.append(
                (
                    stats["previous_year"],
                    [(k["kind"], k["percent"]) for k in stats["previous_kinds"]],
                )
            )
        desc = "; ".join(
            f"{year}: " + ", ".join(f"{kind} {percent} %" for kind, percent in parts)
            for year, parts in rows
        )
        return charts.share_chart("kuf-chart-kinds", "Andel per typ av insats", desc + ".", rows)

    def department_chart(self):
        items = [(d["department"], d["amount"]) for d in self.stats["departments"]]
        desc = "; ".join(f"{label} {charts.money(value)}" for label, value in items)
        return charts.bar_chart("kuf-chart-departments", "Kostnad per avdelning", desc, items)

    def service_chart(self):
        items = [(s["service"], s["amount"]) for s in self.stats["services"]]
        desc = "De mest använda tjänsterna: " + "; ".join(
            f"{label} {charts.money(value)}" for label, value in items
        )
        return charts.bar_chart("kuf-chart-services", "Mest använda tjänster", desc, items)

    def money(self, value):
        return charts.money(value)


class StatisticsFile(StatisticsView):
    def __call__(self):
        self.update()
        data = logic.statistics_xlsx(self.context, self.stats)
        name = f"statistik-{self.context.getId()}-{self.year}"
        return send_file(self.request, data, XLSX, name, "xlsx")


class ImportUsageForm(BrowserView):
    """Upload a supplier's yearly usage (CSV); a bad file imports nothing."""

    columns = ";".join(COLUMNS)

    def __call__(self):
        self.errors = []
        self.year = self.request.form.get("ar") or str(datetime.date.today().year - 1)
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if self.handle():
                return self.request.response.redirect(
                    f"{self.context.absolute_url()}/@@statistik?ar={self.year}"
                )
        return self.index()

    def handle(self) -> bool:
        upload = self.request.form.get("fil")
        try:
            year = logic.usage_year(self.year)
        except logic.AgreementError as refused:
            self.errors = logic.messages(refused.messages, self.request)
            return False
        if not upload or not getattr(upload, "filename", ""):
            self.errors = logic.messages(["error_usage_file"], self.request)
            return False
        data = upload.read(CSV_LIMIT + 1)
        if len(data) > CSV_LIMIT:
            self.errors = logic.messages(["error_usage_too_large"], self.request)
            return False
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            self.errors = logic.messages(["error_usage_encoding"], self.request)
            return False
        try:
            count = logic.import_usage(self.context, year, text)
        except logic.AgreementError as refused:
            self.errors = logic.messages(refused.messages, self.request)
            return False
        api.portal.show_message(
            translate(
                _(
                    "msg_usage_imported",
                    default="${count} rows imported for ${year}.",
                    mapping={"count": count, "year": year},
                ),
                context=self.request,
            ),
            self.request,
        )
        return True
