"""The justering schedule and the next meeting, from the sentences that
state them: "Protokollet skickas ut onsdag 15 januari.", "Synpunkter ska
skickas senast torsdag 16 januari kl. 12.", "Protokollet signeras måndag
20 januari.", "Måndag 10 februari kl. 9:00, Askebykroken." A date without a
year takes the meeting's year (or the next or previous one, whichever puts
it closest to the meeting); a deadline is Swedish time."""

from dataclasses import dataclass
import datetime as dt
from kuf.samportal.importing import swedish
from kuf.samportal.importing.model import TIMEZONE
import re


KEYWORDS = (
    ("sent_out", re.compile(r"skickas\s+ut|sänds\s+ut|skickas\s+till|utskick|distribueras", re.I)),
    ("deadline", re.compile(r"synpunkter|sista\s+dag", re.I)),
    (
        "signing",
        re.compile(
            r"signer|justeras|justerat|justeringsdatum|(?<!för\s)justering|undertecknas", re.I
        ),
    ),
)
DEADLINE_DEFAULT = dt.time(23, 59)
JUSTERING_ITEM = re.compile(r"justering|justera", re.I)
NEXT_LINE = re.compile(r"^\s*nästa\s+(?:möte|sammanträde)\w*\s*[:–-]?\s*(?P<rest>.+)$", re.I)
NEXT_ITEM = re.compile(
    r"nästa\s+(?:möte|sammanträde|förvaltningsgrupp|samverkansgrupp|fvg|svg|apt|träff|"
    r"arbetsplatsträff|samverkansmöte)|kommande\s+möte|nästa\s+\w*möte",
    re.I,
)


@dataclass
class Schedule:
    sent_out: dt.date | None = None
    comment_deadline: dt.datetime | None = None
    signing_date: dt.date | None = None
    deadline_time_missing: bool = False


def schedule_in(lines: list[str], meeting: dt.date | None) -> Schedule:
    """Each date in a line belongs to the nearest keyword before it."""
    found = Schedule()
    for line in lines:
        hits = sorted(
            (match.start(), key) for key, regex in KEYWORDS for match in regex.finditer(line)
        )
        if not hits:
            continue
        dates = swedish.find_dates(line)
        for number, match in enumerate(dates):
            before = [key for position, key in hits if position <= match.start]
            key = before[-1] if before else hits[0][1]
            value = match.resolve(meeting)
            if value is None:
                continue
            if key == "sent_out" and found.sent_out is None:
                found.sent_out = value
            elif key == "signing" and found.signing_date is None:
                found.signing_date = value
            elif key == "deadline" and found.comment_deadline is None:
                # The time that belongs to this date: before the next date or keyword.
                stops = [position for position, _ in hits if position > match.end]
                if number + 1 < len(dates):
                    stops.append(dates[number + 1].start)
                clock, _ = swedish.find_time(line[match.end : min(stops, default=len(line))])
                if clock is None:  # "senast kl. 12.00 den 16 januari": the time before
                    starts = [position for position, _ in hits if position < match.start]
                    clock, _ = swedish.find_time(line[max(starts, default=0) : match.start])
                found.deadline_time_missing = clock is None
                found.comment_deadline = dt.datetime.combine(
                    value, clock or DEADLINE_DEFAULT, tzinfo=TIMEZONE
                )
    return found


@dataclass
class NextMeeting:
    date: dt.date | None = None
    time: dt.time | None = None
    place: str = ""


def next_meeting_in(text: str, meeting: dt.date | None) -> NextMeeting:
    found = NextMeeting()
    dates = swedish.find_dates(text)
    if not dates:
        return found
    first = dates[0]
    found.date = first.resolve(meeting)
    after = text[first.end :]
    start, _end, position = swedish.find_time_span(after)
    found.time = start
    rest = after
    if start is not None:
        span = swedish.TIME_SPAN.search(after) or swedish.CLOCK_TIME.search(after)
        if span is not None:
            rest = after[span.end() :]
    found.place = place_after(rest)
    return found


def place_after(text: str) -> str:
    """ "…, Askebykroken." or "… i Stadsbibliotekets hörsal" or "Plats: X"."""
    text = text.split("\n", 1)[0]
    labelled = re.search(r"[Pp]lats\s*:\s*(.+)", text)
    if labelled:
        text = labelled.group(1)
    else:
        match = re.match(r"^\s*(?:,|–|-|;)?\s*(?:(?:i|på)\s+(?:lokal\s+)?)?(.*)$", text)
        text = match.group(1) if match else ""
    text = text.strip().rstrip(".").strip()
    if not text or len(text) > 80 or not re.search(r"[A-Za-zÅÄÖåäö]{3,}", text):
        return ""
    return text
