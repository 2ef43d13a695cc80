"""1005 -> 1006: records and privacy (issue 11).

Workflows manage "CMFEditions: Access previous versions" like View; lists
of people need "kuf.samportal: List people"; existing records are sealed;
submitted follow-ups keep their answers as their first submission.
"""

from kuf.samportal.records import RECORD_STATES
from kuf.samportal.records.seal import is_sealed
from kuf.samportal.records.seal import seal
from persistent.list import PersistentList
from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("rolemap", "workflow"):
        setup.runImportStepFromProfile(PROFILE, step)
    api.portal.get_tool("portal_workflow").updateRoleMappings()
    seal_records()
    keep_submitted_answers()


def unrestricted(**query):
    catalog = api.portal.get_tool("portal_catalog")
    return [brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(**query)]


def seal_records():
    for protocol in unrestricted(portal_type="Protokoll", review_state=sorted(RECORD_STATES)):
        if not is_sealed(protocol):
            seal(protocol)


def keep_submitted_answers():
    for followup in unrestricted(portal_type="Uppfoljning", review_state="inlamnad"):
        if followup.submissions:
            continue
        followup.submissions = PersistentList(
            [
                {
                    "at": followup.submitted_on.isoformat() if followup.submitted_on else "",
                    "by": "",
                    "answers": {qid: dict(answer) for qid, answer in followup.answers.items()},
                    "overall_analysis": followup.overall_analysis or "",
                    "confirmations": {
                        who: dict(given) for who, given in followup.confirmations.items()
                    },
                }
            ]
        )
