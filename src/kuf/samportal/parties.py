"""The parties of samverkan and the functional groups of the portal.

Plain data, no Zope imports: the install profile, the demo step, the
start page and the tests all read the same definitions from here.

Group ids carry a prefix (``part-``, ``funktion-``) because Plone keeps
users and groups in one principal namespace, and the demo users have ids
such as ``saco`` and ``hr`` that must not collide with a group.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Party:
    """One party of samverkan: the employer or a union."""

    id: str
    title: str
    is_employer: bool = False

    @property
    def group_id(self) -> str:
        return f"part-{self.id}"


@dataclass(frozen=True)
class FunctionalGroup:
    """A group of people with one function, carrying one portal role."""

    id: str
    title: str
    role: str
    description: str

    @property
    def group_id(self) -> str:
        return f"funktion-{self.id}"


# Roles declared in profiles/default/rolemap.xml.
ROLE_SECRETARY = "KufSecretary"
ROLE_EMPLOYER_REP = "KufEmployerRepresentative"
ROLE_PARTY_REP = "KufPartyRepresentative"
ROLE_HR = "KufHR"
ROLE_MANAGER = "KufManager"
ROLE_SAFETY_REP = "KufSafetyRepresentative"
ROLE_RESPONDENT = "KufRespondent"
ROLE_UNIT_MEMBER = "KufUnitMember"
ROLE_AGREEMENT_MANAGER = "KufAgreementManager"
ROLE_STATISTICS_READER = "KufStatisticsReader"

CUSTOM_ROLES = (
    ROLE_SECRETARY,
    ROLE_EMPLOYER_REP,
    ROLE_PARTY_REP,
    ROLE_HR,
    ROLE_MANAGER,
    ROLE_SAFETY_REP,
    ROLE_RESPONDENT,
    ROLE_UNIT_MEMBER,
    ROLE_AGREEMENT_MANAGER,
    ROLE_STATISTICS_READER,
)

EMPLOYER = Party("arbetsgivaren", "Arbetsgivaren", is_employer=True)

UNIONS = (
    Party("saco", "Saco"),
    Party("vision", "Vision"),
    Party("dik", "DIK"),
    Party("kommunal", "Kommunal"),
    Party("sveriges-larare", "Sveriges Lärare"),
    Party("ssr", "Akademikerförbundet SSR"),
    Party("ledarna", "Ledarna"),
)

PARTIES = (EMPLOYER, *UNIONS)

FUNCTIONAL_GROUPS = (
    FunctionalGroup(
        "hr",
        "HR",
        ROLE_HR,
        "HR-enheten: publicerar arbetsmiljöhandbok och stödmaterial, "
        "följer upp SAM och förvaltar leverantörsavtal.",
    ),
    FunctionalGroup(
        "sekreterare",
        "Sekreterare",
        ROLE_SECRETARY,
        "För protokoll vid samverkansgruppernas möten.",
    ),
    FunctionalGroup(
        "chefer",
        "Chefer",
        ROLE_MANAGER,
        "Chefer med arbetsmiljöansvar för en enhet, avdelning eller förvaltningen.",
    ),
    FunctionalGroup(
        "skyddsombud",
        "Skyddsombud",
        ROLE_SAFETY_REP,
        "Skyddsombud och huvudskyddsombud.",
    ),
)


def role_for_party(party: Party) -> str:
    """The portal role every member of a party's group holds."""
    return ROLE_EMPLOYER_REP if party.is_employer else ROLE_PARTY_REP


def party_by_group_id(group_id: str) -> Party | None:
    for party in PARTIES:
        if party.group_id == group_id:
            return party
    return None


def parties_of(group_ids) -> list[Party]:
    """The parties a principal belongs to, in the canonical order."""
    group_ids = set(group_ids)
    return [party for party in PARTIES if party.group_id in group_ids]
