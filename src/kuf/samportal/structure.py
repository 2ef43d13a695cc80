"""The top-level sections of the portal.

Plain data: the install profile creates them, the start page lists them.
``editors`` names the functional groups that write in a section; they get
local roles there, so a role held somewhere else never grants editing here.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    description: str
    editors: tuple[str, ...] = ()
    # What may be added directly in the section (its add menu, REST @types):
    # only the types that belong there.
    addable: tuple[str, ...] = ()


EDITOR_LOCAL_ROLES = ("Contributor", "Editor", "Reviewer")

SECTIONS = (
    Section(
        "samverkan",
        "Samverkan",
        "Förvaltningsgruppen (FVG), samverkansgrupperna och deras protokoll.",
        editors=("sekreterare",),
        addable=("Samverkansgrupp",),
    ),
    Section(
        "arbetsmiljohandbok",
        "Arbetsmiljöhandbok",
        "Rutiner för arbetsmiljöarbetet: syfte, ansvar, lagstöd och tidplan.",
        editors=("hr",),
        addable=("Rutin", "Document", "File", "Image", "Link"),
    ),
    Section(
        "stodmaterial",
        "Stödmaterial",
        "Material för chefer, skyddsombud, medarbetare och APT.",
        editors=("hr",),
        addable=("Stodmaterial", "Document", "File", "Image", "Link"),
    ),
    Section(
        "uppfoljning",
        "Uppföljning SAM och aktiva åtgärder",
        "Årlig uppföljning av det systematiska arbetsmiljöarbetet och av "
        "aktiva åtgärder mot diskriminering, med handlingsplaner.",
        editors=("hr",),
        addable=("Organisationsenhet", "Checklista"),
    ),
    Section(
        "avtal",
        "Avtal och leverantörer",
        "Ramavtal för företagshälsovård, krisstöd och annat stöd, med "
        "beställningsrutiner och avvikelserapportering.",
        editors=("hr",),
        addable=("Leverantorsavtal", "Document", "File"),
    ),
)

# The förvaltningsgrupp (FVG) lives in Samverkan; the profile creates it.
FVG_ID = "fvg"
FVG = {
    "title": "Kulturförvaltningens förvaltningsgrupp",
    "description": "Samverkan mellan arbetsgivaren och de fackliga organisationerna "
    "på förvaltningsnivå.",
    "short_name": "FVG",
    "level": "forvaltning",
    "place": "Askebykroken",
    "standing_items": [
        "Föregående protokoll",
        "Godkännande av dagordning",
        "Fastställande av datum för justering",
        "Verksamhetsfrågor",
        "Arbetsmiljö och hälsa",
        "Ekonomifrågor",
        "Information till och från FG",
        "Lika rättigheter och möjligheter",
        "Utbildnings- och utvecklingsfrågor",
        "Samverkan",
        "Övriga förvaltningsövergripande frågor",
        "Nästa förvaltningsgrupp",
    ],
}
