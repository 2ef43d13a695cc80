"""The yearly follow-up in a real browser: the chef and the skyddsombud of a
unit answer, confirm and submit; HR reads the roll-up. Every page passes
axe-core's WCAG 2.1 AA rules (no serious or critical violations)."""

from plone import api
from tests.accessibility.conftest import logged_in_page
from tests.accessibility.conftest import serious_violations
from tests.accessibility.conftest import violations_on
import transaction


def submit(page, button):
    """Press a form button and wait for the next page to load."""
    with page.expect_navigation():
        page.click(f"button[name='{button}']")
    page.wait_for_load_state()


KUN = "uppfoljning/kulturforvaltningen/stadsbiblioteket/kungsholmen-och-norrmalm/2026-sam"
ROOT = "uppfoljning/kulturforvaltningen"


def test_chef_and_skyddsombud_answer_confirm_and_submit(themed, chromium):
    url = f"{themed.absolute_url()}/{KUN}"
    chef = logged_in_page(chromium, themed, "chef")
    chef.goto(url)
    assert serious_violations(chef) == []
    for group in chef.locator("fieldset.kuf-area fieldset").all():
        if not group.locator("input[type=radio]:checked").count():
            group.locator("label.form-check-label").first.click()  # the label selects
    chef.fill("#analys-f22", "Uppföljningen gjordes i samverkan på APT.")
    submit(chef, "form.save")
    assert "Svaren är sparade." in chef.content()
    submit(chef, "form.confirm")
    assert "Du har bekräftat svaren." in chef.content()
    assert "Skyddsombudet har inte bekräftat svaren." in chef.inner_text(".kuf-blockers")

    skyddsombud = logged_in_page(chromium, themed, "skyddsombud")
    skyddsombud.goto(url)
    submit(skyddsombud, "form.confirm")
    assert not skyddsombud.locator(".kuf-blockers").count()
    submit(skyddsombud, "form.submit")
    assert "Uppföljningen är inlämnad." in skyddsombud.content()
    assert not skyddsombud.locator("button[name='form.save']").count()  # read-only now
    transaction.begin()
    followup = themed.unrestrictedTraverse(KUN)
    assert api.content.get_state(followup) == "inlamnad"
    assert followup.answers["f22"]["analys"] == "Uppföljningen gjordes i samverkan på APT."

    hr = logged_in_page(chromium, themed, "hr")
    hr.goto(f"{themed.absolute_url()}/{ROOT}/@@sammanstallning")
    assert "Uppföljningen gjordes i samverkan på APT." in hr.content()
    assert serious_violations(hr) == []


def test_follow_up_pages_pass_wcag_21_aa(themed, chromium):
    hr = logged_in_page(chromium, themed, "hr")
    paths = (
        ROOT,
        f"{ROOT}/@@handlingsplan?underliggande=1",
        "uppfoljning/checklista-sam-2026",
        "uppfoljning/checklista-sam-2026/@@oversikt",
    )
    assert violations_on(hr, themed, paths) == {}
