"""Demo content. Built from the seed documents of the domain, not invented text."""

from plone import api
from plone.app.textfield.value import RichTextValue


FVG_MEETINGS_2025 = (
    ("1", "13 januari"),
    ("2", "18 februari"),
    ("3", "25 mars"),
    ("4", "22 april"),
    ("5", "20 maj"),
    ("6", "10 juni"),
    ("7", "30 september"),
    ("8", "21 oktober"),
    ("9", "11 november"),
    ("10", "9 december"),
)

FVG_THEMES_2025 = (
    "Budget, verksamhetsplan och kompetensförsörjningsplan (samverkan 2025 på FVG 13 januari)",
    "Sjukfrånvaro och IA-anmälningar",
    "Uppföljning företagshälsovård",
    "SAM – uppföljning",
    "Semesterplanering",
    "Lika rättigheter och möjligheter",
    "T1, T2 och verksamhetsberättelse",
    "3-åringen",
    "Resultat medarbetarenkät",
    "Schema för FVG-, SVG- och APT-tider för följande år",
    "Årshjul FVG för kommande år",
)


def annual_plan_html():
    meetings = "".join(
        f"<tr><td>FVG {number}</td><td>{date} 2025</td></tr>" for number, date in FVG_MEETINGS_2025
    )
    themes = "".join(f"<li>{theme}</li>" for theme in FVG_THEMES_2025)
    return (
        "<p>Förvaltningsgruppens möten 2025 och de återkommande teman som "
        "behandlas under året.</p>"
        "<h2>Möten</h2>"
        "<table><thead><tr><th>Möte</th><th>Datum</th></tr></thead>"
        f"<tbody>{meetings}</tbody></table>"
        f"<h2>Teman</h2><ul>{themes}</ul>"
    )


def create_demo_content(portal):
    fvg = portal["samverkan"]["fvg"]
    if "arshjul-2025" not in fvg.objectIds():
        page = api.content.create(
            container=fvg,
            type="Document",
            id="arshjul-2025",
            title="Årshjul förvaltningsgrupp 2025",
            description="FVG:s möten och återkommande teman 2025.",
            text=RichTextValue(annual_plan_html(), "text/html", "text/x-html-safe"),
        )
        api.content.transition(obj=page, transition="publish")
