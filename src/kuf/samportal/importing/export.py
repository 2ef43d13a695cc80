"""A protocol in the portal as the parser's structure, for the Word export
(``@@protokoll.docx``), so that export and import speak the same model."""

from kuf.samportal.importing.model import Attendee
from kuf.samportal.importing.model import BilagaRef
from kuf.samportal.importing.model import Protocol
from kuf.samportal.importing.model import Punkt
from kuf.samportal.importing.model import aware


def attendees(rows) -> list[Attendee]:
    return [
        Attendee(
            name=row.get("name") or "",
            role=row.get("role") or "",
            party=row.get("party") or None,
            note=row.get("note") or "",
            user_id=row.get("user_id") or None,
        )
        for row in rows or []
    ]


def structure_of(protocol) -> Protocol:
    group = protocol.aq_parent
    bilagor = protocol.bilagor()
    numbers = {bilaga.UID(): bilaga.number for bilaga in bilagor}
    justerare = [protocol.person(user_id)["name"] for user_id in protocol.justerare or []]
    secretary = protocol.person(protocol.secretary)["name"] if protocol.secretary else ""
    return Protocol(
        group_name=group.Title(),
        meeting_date=protocol.meeting_date,
        start_time=protocol.start_time,
        end_time=protocol.end_time,
        place=protocol.place or "",
        present=attendees(protocol.present),
        absent=attendees(protocol.absent),
        adjunct=attendees(protocol.adjunct),
        sent_out=protocol.sent_out,
        comment_deadline=aware(protocol.comment_deadline) if protocol.comment_deadline else None,
        signing_date=protocol.signing_date,
        next_meeting_date=protocol.next_meeting_date,
        next_meeting_time=protocol.next_meeting_time,
        next_meeting_place=protocol.next_meeting_place or "",
        punkter=[
            Punkt(
                number=item.number,
                letter=item.letter or "",
                kind=item.kind,
                heading=item.heading or "",
                raised_by=getattr(item, "raised_by", None),
                text=item.body.raw if item.body is not None else "",
                bilagor=sorted(numbers[uid] for uid in item.bilagor or [] if uid in numbers),
            )
            for item in protocol.punkter()
        ],
        bilagor=[BilagaRef(bilaga.number, bilaga.Title()) for bilaga in bilagor],
        secretary_name=secretary or protocol.secretary_name or "",
        justerare_names=[*justerare, *(protocol.justerare_names or [])],
    )
