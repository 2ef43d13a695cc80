"""The yearly follow-up in the portal: opening a year, answering, confirming,
keeping local roles in step with the organisation, and rolling answers up.

The rules themselves are in ``rules.followup``; this module applies them to
content. Views and REST services call these functions and stay thin.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
import datetime
from kuf.samportal import parties
from kuf.samportal.content.uppfoljning import IUppfoljning
from kuf.samportal.inputguard.values import ANALYSIS
from kuf.samportal.inputguard.values import ANSWER
from kuf.samportal.inputguard.values import ANSWERS
from kuf.samportal.inputguard.values import first_refusal
from kuf.samportal.localroles import set_role
from kuf.samportal.refusals import Refusal
from kuf.samportal.rules import followup as rules
from persistent.list import PersistentList
from plone import api
from plone.app.uuid.utils import uuidToObject
from plone.dexterity.utils import createContentInContainer
from zope.container.interfaces import IContainerModifiedEvent


ROLLUP_METADATA = "kuf_uppfoljning"


class FollowupError(Refusal):
    """A refusal of the follow-up; the msgids are in browser.followup."""


def followup_id(checklist) -> str:
    return f"{checklist.year}-{checklist.kind.replace('_', '-')}"


# Organisation and local roles -------------------------------------------


def samverkan_roles(node) -> dict[str, str]:
    """Party group id -> role for the parties of the node's samverkansgrupp."""
    group = uuidToObject(node.samverkansgrupp, unrestricted=True) if node.samverkansgrupp else None
    taking_part = set(getattr(group, "parties", None) or [])
    return {
        party.group_id: parties.role_for_party(party)
        for party in parties.PARTIES
        if party.id in taking_part
    }


def sync_node_roles(node, event=None):
    """Chef and ledning read the node and below; the skyddsombud too; employees
    read its action plan; the parties of its samverkansgrupp read what is
    submitted. Only the node's own chef and skyddsombud answer (KufRespondent on
    the node's follow-ups, so it is not inherited by the nodes below)."""
    set_role(node, parties.ROLE_MANAGER, [node.chef, *(node.ledning or [])])
    set_role(node, parties.ROLE_SAFETY_REP, node.skyddsombud or [])
    set_role(node, parties.ROLE_UNIT_MEMBER, node.medarbetare or [])
    party_roles = samverkan_roles(node)
    for role in (parties.ROLE_PARTY_REP, parties.ROLE_EMPLOYER_REP):
        set_role(node, role, [group for group, r in party_roles.items() if r == role])
    followups = [obj for obj in node.objectValues() if IUppfoljning.providedBy(obj)]
    for followup in followups:
        set_role(followup, parties.ROLE_RESPONDENT, node.respondents())
    node.reindexObjectSecurity()
    for followup in followups:
        followup.reindexObject(idxs=[])  # the node's title is in the roll-up data


def node_modified(node, event):
    if IContainerModifiedEvent.providedBy(event):
        return  # a follow-up was added or removed, not the node's own fields
    sync_node_roles(node)


def unrestricted_objects(**query):
    """Objects the system works on whoever triggered it (opening a year,
    adding a node): found without the user's permissions."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(**query):
        yield brain._unrestrictedGetObject()


def ensure_followup(node, checklist):
    """The node's follow-up for the checklist, created when missing."""
    fid = followup_id(checklist)
    if fid not in node.objectIds():
        followup = createContentInContainer(
            node,
            "Uppfoljning",
            id=fid,
            title=f"{checklist.kind_title()} {checklist.year} – {node.Title()}",
            checkConstraints=False,
        )
        followup.checklist_uid = checklist.UID()
        followup.year = checklist.year
        set_role(followup, parties.ROLE_RESPONDENT, node.respondents())
        followup.reindexObject()
        followup.reindexObjectSecurity()
    return node[fid]


def open_year(checklist, event=None):
    """After HR opens a checklist every node has a follow-up to answer."""
    transition = getattr(event, "transition", None)
    if event is not None and (transition is None or transition.id != "oppna"):
        return
    for node in unrestricted_objects(portal_type="Organisationsenhet"):
        ensure_followup(node, checklist)


def node_added(node, event):
    sync_node_roles(node)
    for checklist in unrestricted_objects(portal_type="Checklista", review_state="oppen"):
        ensure_followup(node, checklist)


# Answering ------------------------------------------------------------------


def may_answer(followup) -> bool:
    return api.user.has_permission("Modify portal content", obj=followup)


def answers_refusal(request, values, overall):
    """Type, size and characters of the answers and analyses, before any rule."""
    pairs = [(ANSWERS, values), (IUppfoljning["overall_analysis"], overall)]
    for answer in values.values():
        if isinstance(answer, dict):
            pairs += [(ANSWER, answer.get("svar")), (ANALYSIS, answer.get("analys"))]
    return first_refusal(request, *pairs)


def save_answers(followup, values: dict) -> bool:
    """Store answers ``{question id: {"svar": value, "analys": text}}``.

    Everything is checked before anything is written. A change of an answer
    or an analysis withdraws earlier confirmations: the chef and the
    skyddsombud confirm what is there when they confirm. Returns whether
    anything changed.
    """
    checklist = followup.checklist()
    if not checklist.is_open():
        raise FollowupError(["error_year_closed"])
    if api.content.get_state(followup) != "pagaende":
        raise FollowupError(["error_followup_submitted"])
    known = set(checklist.question_ids())
    scale = checklist.scale_definition()
    errors = []
    cleaned = {}
    for qid, answer in (values or {}).items():
        if qid not in known:
            errors.append("error_unknown_question")
            continue
        if not isinstance(answer, dict):
            errors.append("error_answer_format")
            continue
        value = answer.get("svar") or ""
        error = rules.validate_answer(scale, value)
        if error:
            errors.append(error)
            continue
        cleaned[qid] = {"svar": value, "analys": str(answer.get("analys") or "").strip()}
    if errors:
        raise FollowupError(sorted(set(errors)))
    changed = False
    for qid, answer in cleaned.items():
        if dict(followup.answers.get(qid) or {}) != answer:
            followup.answers[qid] = answer
            changed = True
    if changed:
        if followup.confirmations:
            followup.confirmations.clear()
        followup.answers_revision += 1
    return changed


def confirm(followup, user_id: str) -> list[str]:
    """The chef and/or skyddsombud confirm the answers as they stand."""
    node = followup.node()
    if api.content.get_state(followup) != "pagaende":
        raise FollowupError(["error_followup_submitted"])
    if not followup.checklist().is_open():
        raise FollowupError(["error_year_closed"])
    as_whom = rules.confirmer_roles(user_id, node.chef, node.skyddsombud)
    if not as_whom:
        raise FollowupError(["error_not_confirmer"])
    # Confirming means "these are our answers": not before every question has one.
    if rules.unanswered(followup.checklist().question_ids(), followup.answers):
        raise FollowupError(["blocker_unanswered_confirm"])
    now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    for who in as_whom:
        followup.confirmations[who] = {"user": user_id, "at": now}
    # Written by every change of an answer too: a confirmation given while
    # the other one changes an answer conflicts with that change and is
    # retried, so it is withdrawn (or given after it), never kept stale.
    followup.confirmed_revision = followup.answers_revision
    return as_whom


def keep_submission(followup):
    """Each submission's answers are kept as they were submitted (the
    follow-up may be reopened and changed; what was submitted is not)."""
    submissions = followup.submissions
    if not isinstance(submissions, PersistentList):
        submissions = followup.submissions = PersistentList()
    submissions.append(
        {
            "at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "by": api.user.get_current().getId(),
            "answers": {qid: dict(answer) for qid, answer in followup.answers.items()},
            "overall_analysis": followup.overall_analysis or "",
            "confirmations": {who: dict(c) for who, c in followup.confirmations.items()},
        }
    )


def followup_transitioned(followup, event):
    if event.transition is None:
        return
    if event.transition.id == "lamna_in":
        followup.submitted_on = datetime.date.today()
        keep_submission(followup)
    elif event.transition.id == "ateroppna":
        followup.submitted_on = None
        followup.confirmations.clear()
    followup.reindexObject()


# Roll-up ----------------------------------------------------------------------


def rollup_data(followup):
    """What the roll-up needs of one submitted follow-up, kept as catalog
    metadata so a roll-up over 150 units reads brains, not 150 objects."""
    node = followup.node()
    submitted = api.content.get_state(followup, default=None) == "inlamnad"
    return {
        "node": node.Title(),
        "answers": {qid: dict(answer) for qid, answer in followup.answers.items()}
        if submitted
        else None,
    }


def visible_followups(node, checklist, **query):
    """Catalog brains of the follow-ups at and below ``node`` the user may see."""
    return api.content.find(
        context=node,
        portal_type="Uppfoljning",
        kuf_checklista=checklist.UID(),
        sort_on="path",
        **query,
    )


def roll_up(node, checklist):
    """Per question: answers counted per value and analyses with node names."""
    brains = visible_followups(node, checklist, review_state="inlamnad")
    entries = []
    for brain in brains:
        data = getattr(brain, ROLLUP_METADATA, None)
        if data and data.get("answers") is not None:
            entries.append((data["node"], data["answers"]))
    summaries = rules.roll_up(checklist.question_ids(), checklist.scale_definition(), entries)
    return summaries, len(entries)


def action_plan(node, year, below=False):
    """The actions of the node's follow-ups for ``year`` (and of the nodes
    below when ``below``) that the user may see, ordered by node and end date.

    The follow-ups are found unrestricted: an employee reads the action plan
    of their unit without reading its answers; each action is still checked.
    """
    catalog = api.portal.get_tool("portal_catalog")
    node_path = "/".join(node.getPhysicalPath())
    year_uids = {c.UID() for c in unrestricted_objects(portal_type="Checklista") if c.year == year}
    if not year_uids:
        return []
    paths = [
        brain.getPath()
        for brain in catalog.unrestrictedSearchResults(
            portal_type="Uppfoljning",
            kuf_checklista=list(year_uids),
            path={"query": node_path, "depth": -1 if below else 1},
        )
    ]
    if not paths:
        return []
    actions = [
        brain.getObject()
        for brain in api.content.find(portal_type="Atgard", path={"query": paths, "depth": 1})
    ]
    return sorted(
        actions,
        key=lambda a: ("/".join(a.getPhysicalPath()[:-2]), a.end or datetime.date.max, a.Title()),
    )


def create_checklist(folder, kind, year, scale, questions):
    """A draft template of ``kind`` for ``year`` (questions are copied)."""
    return api.content.create(
        container=folder,
        type="Checklista",
        id=f"checklista-{kind.replace('_', '-')}-{year}",
        title=f"{rules.KINDS[kind]} {year}",
        kind=kind,
        year=year,
        scale=scale,
        questions=[dict(row) for row in questions],
    )


def copy_to_next_year(checklist):
    """A draft of next year's checklist with this year's questions (same ids)."""
    year = checklist.year + 1
    existing = unrestricted_objects(portal_type="Checklista")
    if any(c.kind == checklist.kind and c.year == year for c in existing):
        raise FollowupError(["error_checklist_exists"])
    return create_checklist(
        aq_parent(aq_inner(checklist)),
        checklist.kind,
        year,
        checklist.scale,
        checklist.question_list(),
    )


def opened_checklists():
    """The checklists the user may see that have been opened, newest year
    first, SAM before aktiva åtgärder."""
    brains = api.content.find(portal_type="Checklista", review_state=["oppen", "stangd"])
    found = [brain.getObject() for brain in brains]
    return sorted(found, key=lambda c: (-c.year, c.kind != "sam", c.kind))


def latest_year(default=None):
    """The year of the newest opened checklist (the default year of action plans)."""
    return max((c.year for c in opened_checklists()), default=default)


def checklist_from_request(request):
    """The checklist named by ``?checklista=<uid>``, else the newest; and all."""
    uid = request.form.get("checklista")
    available = opened_checklists()
    for checklist in available:
        if uid and checklist.UID() == uid:
            return checklist, available
    return (available[0] if available else None), available
