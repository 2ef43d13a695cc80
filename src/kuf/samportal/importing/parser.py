"""From blocks to a protocol: the header (group, date, time, place,
attendance), the items with their bodies, the schedule, the next meeting,
the bilagor list and the signatures. What cannot be placed becomes a
warning with its text and where it stood."""

from datetime import datetime
from kuf.samportal.importing import attendance
from kuf.samportal.importing import errors
from kuf.samportal.importing import swedish
from kuf.samportal.importing.html import body_html
from kuf.samportal.importing.html import plain_text
from kuf.samportal.importing.items import ItemFinder
from kuf.samportal.importing.items import heading_only_items
from kuf.samportal.importing.items import split_heading
from kuf.samportal.importing.labels import HEADER
from kuf.samportal.importing.labels import match_label
from kuf.samportal.importing.model import TIMEZONE
from kuf.samportal.importing.model import Block
from kuf.samportal.importing.model import ParseResult
from kuf.samportal.importing.model import Protocol
from kuf.samportal.importing.model import Punkt
from kuf.samportal.importing.model import Warning
from kuf.samportal.importing.schedule import JUSTERING_ITEM
from kuf.samportal.importing.schedule import NEXT_ITEM
from kuf.samportal.importing.schedule import NEXT_LINE
from kuf.samportal.importing.schedule import next_meeting_in
from kuf.samportal.importing.schedule import place_after
from kuf.samportal.importing.schedule import schedule_in
from kuf.samportal.importing.tail import SignatureReader
from kuf.samportal.importing.tail import Tail
from kuf.samportal.importing.tail import bilaga_entry
from kuf.samportal.importing.tail import is_continuation
from kuf.samportal.importing.tail import tail_label
import re


TITLE = re.compile(r"^\s*(?:mötes|sammanträdes)?protokoll(?:et)?\b", re.I)
GROUP_WORDS = re.compile(
    r"grupp|samverkan|\bFVG\b|\bSVG\b|\bAPT\b|arbetsplatsträff|nämnd|\bråd\b|kommitté", re.I
)
LETTERHEAD = re.compile(
    r"^(?:box\s+\d+|\d{3}\s?\d{2}\s+\w+|växel|telefon|tel\.?\s|fax|e-?post|www\.|https?://|"
    r"\S+@\S+|org\.?\s*nr|\S+\.(?:se|stockholm|com|nu|org)\b|stockholms\s+stad|"
    r"[\w\s-]*(?:förvaltningen|kontoret|staden|kommun|region)$|"
    r"[A-ZÅÄÖ][\wåäö-]*(?:vägen|gatan|gränd|plan|torg|kroken|backe|väg|gata|allé|platsen)\s+\d+)",
    re.I,
)
SECTIONS = ("present", "absent", "adjunct")
AGENDA = re.compile(r"^\s*(?:förslag\s+till\s+)?dagordning\s*:?\s*$", re.I)
# "Arbetsgivaren: A, B" or "Fackliga representanter:" inside the attendance.
SUBGROUP = re.compile(
    r"^\s*(?:från\s+)?(?P<who>arbetsgivar\w*|fackliga?(?:\s+\w+)?|arbetstagar\w*|"
    r"Saco|Vision|DIK|Kommunal|Sveriges\s+Lärare|Akademikerförbundet\s+SSR|SSR|Ledarna)"
    r"\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
STRONG_SCHEDULE = re.compile(r"protokollet\s+(?:skickas|sänds|signeras|justeras)|synpunkter", re.I)


class Parser:
    def __init__(self, blocks: list[Block], furniture: list[str] | None = None):
        self.blocks = blocks
        self.furniture = furniture or []
        self.protocol = Protocol()
        self.warnings: list[Warning] = []
        self.agenda: set[str] = set()
        self.labelled: dict[str, str] = {}
        self.row_number = 0
        self.placed: dict[int, tuple[int, int]] = {}  # person -> (place in its row, row)

    def warn(self, message: str, text: str = "", where: str = ""):
        self.warnings.append(Warning(message, text.strip()[:300], where))

    # -- the whole document -------------------------------------------------

    def parse(self) -> ParseResult:
        headings, tail_start = self.find_items()
        if not headings:
            raise errors.ImportRefused(errors.NO_ITEMS, "no_items")
        header = [
            block
            for block in self.blocks[: headings[0].index]
            if not (AGENDA.match(block.text) or block.text.strip() in self.agenda)
        ]
        self.read_header(header)
        self.read_items(headings, tail_start)
        tail = self.read_tail(self.blocks[tail_start:])
        self.finish(tail)
        return ParseResult(self.protocol, self.warnings)

    def find_items(self):
        finder = ItemFinder()
        tail_start = len(self.blocks)
        header_labels = 0
        for index, block in enumerate(self.blocks):
            if finder.headings and tail_label(block):
                tail_start = index
                break
            if not finder.headings and match_label(block, HEADER):
                header_labels = index + 1
                continue
            finder.accept(index, block)
        headings = finder.headings
        self.agenda = {
            self.blocks[index].text.strip()
            for index in range(len(self.blocks))
            if finder.agenda
            and headings
            and index < headings[0].index
            and any(text in self.blocks[index].text for text in finder.agenda)
        }
        for index, missing in finder.skipped:
            self.warn(
                f"Punkt {missing} saknas i numreringen.",
                self.blocks[index].text,
                self.blocks[index].where,
            )
        if not headings:
            start = header_labels
            stop = next(
                (i for i in range(start, len(self.blocks)) if tail_label(self.blocks[i])),
                len(self.blocks),
            )
            headings = heading_only_items(self.blocks, start, stop)
            tail_start = stop
        return headings, tail_start

    # -- header --------------------------------------------------------------

    def read_header(self, blocks: list[Block]):
        protocol = self.protocol
        section = None
        columns = None
        awaiting = None
        default_party = None
        seen_title = False
        dated = False
        for block in blocks:
            label = match_label(block, HEADER)
            if label is not None:
                key, rest, others = label
                content = [part for part in [rest, *others] if part.strip()]
                section, columns, awaiting, default_party = None, None, None, None
                if key in SECTIONS:
                    section = key
                    if content:
                        self.add_people(section, content, block, None)
                elif content:
                    self.header_field(key, " ".join(content), block)
                    dated = dated or key == "date"
                else:
                    awaiting = key
                continue
            if awaiting is not None:
                self.header_field(awaiting, block.text, block)
                dated = dated or awaiting == "date"
                awaiting = None
                continue
            if section is not None:
                cells = list(block.cells)
                subgroup = SUBGROUP.match(cells[0]) if cells else None
                if subgroup:
                    who = subgroup.group("who")
                    default_party = (
                        "arbetsgivaren"
                        if who.lower().startswith("arbetsgivar")
                        else swedish.party_by_title(who)
                    )
                    rest = [subgroup.group("rest"), *cells[1:]]
                    if any(part.strip() for part in rest):
                        self.add_people(section, rest, block, None, default_party)
                    continue
                if len(block.filled_cells) > 1 and columns is None:  # a table's header row
                    columns = attendance.header_columns(cells)
                    if columns is not None:
                        continue
                if attendance.is_person_row(cells) or columns is not None:
                    self.add_people(section, cells, block, columns, default_party)
                    continue
                section = None
            text = block.text.strip()
            if TITLE.match(text) or (not protocol.group_name and GROUP_WORDS.search(text)):
                seen_title = True
                self.title_line(text, block)
                continue
            dates = swedish.find_dates(text)
            if dates and not dated and protocol.meeting_date is None:
                protocol.meeting_date = dates[0].resolve(None)
                dated = protocol.meeting_date is not None
                self.header_time(text)
                continue
            if self.header_time(text):
                continue
            if not seen_title and LETTERHEAD.match(text):
                continue
            if LETTERHEAD.match(text) and len(text) < 60:
                continue
            self.warn("Texten i protokollets huvud kunde inte placeras.", text, block.where)
        self.columns_in_order()

    def columns_in_order(self):
        """People set in two columns are read row by row; the list runs down
        the left column first, as the secretary wrote it."""
        for section in SECTIONS:
            people = getattr(self.protocol, section)
            places = [self.placed.get(id(person), (0, 0)) for person in people]
            if any(position == 1 for position, _ in places) and all(p <= 1 for p, _ in places):
                order = sorted(range(len(people)), key=lambda i: (places[i], i))
                setattr(self.protocol, section, [people[i] for i in order])

    def title_line(self, text: str, block: Block):
        protocol = self.protocol
        dates = swedish.find_dates(text)
        if dates and protocol.meeting_date is None:
            protocol.meeting_date = dates[0].resolve(None)
        self.header_time(text)
        name = text
        for match in reversed(dates):
            name = name[: match.start] + name[match.end :]
        name = swedish.TIME_SPAN.sub("", name)
        name = TITLE.sub("", name)
        name = re.sub(r"^\s*(?:fört\s+)?(?:från|vid|för)\s+", "", name, flags=re.I)
        name = re.sub(r"\b(?:den|kl\.?)\s*$", "", name.strip(" ,–—-:"), flags=re.I)
        name = name.strip(" ,–—-:")
        if name and not protocol.group_name:
            protocol.group_name = name

    def header_time(self, text: str) -> bool:
        if self.protocol.start_time is not None:
            return False
        start, end, _ = swedish.find_time_span(text)
        has_clock = bool(re.search(r"\bkl\b|\bklockan\b|\d[.:]\d\d", text, re.I))
        if start is None or not has_clock:
            return False
        self.protocol.start_time, self.protocol.end_time = start, end
        return True

    def header_field(self, key: str, text: str, block: Block):
        protocol = self.protocol
        text = text.strip()
        if key in ("date", "time", "place"):
            # "Datum: 2025-01-13", "Tid: 9.00–10.30", "Tid och plats: 13 januari
            # 2025 kl. 9–10.30, Askebykroken": a date, a time and a place where given.
            dates = swedish.find_dates(text)
            if dates and (key == "date" or protocol.meeting_date is None):
                protocol.meeting_date = dates[0].resolve(None) or protocol.meeting_date
            timed = self.header_time(text) or (
                key == "time" and not dates and self.header_time(f"kl. {text}")
            )
            if key == "time" and protocol.start_time is None:
                self.warn("Tiden kunde inte läsas.", text, block.where)
            if key == "place" and not dates and not timed:
                protocol.place = text.rstrip(".")
            elif "plats" in key or "plats" in block.text.lower():
                rest = text
                for match in [
                    *dates,
                    *swedish.TIME_SPAN.finditer(text),
                    *swedish.CLOCK_TIME.finditer(text),
                ]:
                    end = match.end if isinstance(match, swedish.DateMatch) else match.end()
                    rest = text[max(end, len(text) - len(rest)) :]
                place = place_after(rest)
                if place:
                    protocol.place = place
        elif key == "group":
            protocol.group_name = text
        elif key in ("sent_out", "signing") or key == "deadline" or key == "next":
            self.labelled[key] = text
        elif key == "chair":
            self.add_officer(text, "Ordförande", block)
        elif key == "secretary_inline":
            self.labelled["secretary"] = text
            self.add_officer(text, "Sekreterare", block)
        elif key == "justerare_inline":
            self.labelled["justerare"] = text

    def add_officer(self, text: str, role: str, block: Block):
        name, described = attendance.split_name_role(text)
        name = attendance.take_note(name)[0]
        if not swedish.looks_like_name(name):
            return
        if any(person.name == name for person in self.protocol.attendees()):
            return
        self.protocol.present.append(attendance.person(name, described or role))

    def add_people(self, section: str, cells: list[str], block: Block, columns, default=None):
        rows = [cells]
        split = [cell.split("\n") for cell in cells if cell.strip()]
        if columns is None and split and len(split[0]) > 1:
            if len(split) == 1:
                rows = [[line] for line in split[0]]
            elif len({len(lines) for lines in split}) == 1:
                rows = [list(row) for row in zip(*split, strict=True)]
        target = getattr(self.protocol, section)
        for row in rows:
            people = attendance.people_in_cells(row, columns)
            if not people:
                self.warn("Raden i närvarolistan kunde inte läsas.", " ".join(row), block.where)
            self.row_number += 1
            two_columns = len([cell for cell in row if cell.strip()]) >= 4 and len(people) == 2
            for position, person in enumerate(people):
                position = position if two_columns else 0
                if not person.name:
                    continue
                if person.party is None and default is not None:
                    person.party = default
                target.append(person)
                self.placed[id(person)] = (position, self.row_number)
                if person.party is None:
                    self.warn(
                        f"Ingen part kunde utläsas för {person.name}.",
                        " ".join(c for c in row if c),
                        block.where,
                    )

    # -- items ---------------------------------------------------------------

    def read_items(self, headings, tail_start: int):
        for position, heading in enumerate(headings):
            stop = headings[position + 1].index if position + 1 < len(headings) else tail_start
            body_blocks = self.blocks[heading.index + 1 : stop]
            kind, raised_by, text, refs = split_heading(heading.text)
            html = body_html(body_blocks)
            if heading.body_start:
                html = f"<p>{body_html([Block(heading.body_start, '')])[3:-4]}</p>" + html
            refs = sorted(set(refs) | set(swedish.bilaga_refs(plain_text(html))))
            self.protocol.punkter.append(
                Punkt(
                    number=heading.number,
                    letter=heading.letter,
                    kind=kind,
                    heading=text,
                    raised_by=raised_by,
                    text=html,
                    bilagor=refs,
                )
            )
        first = self.protocol.punkter[0]
        if first.number != 1:
            self.warn(
                f"Punkterna börjar på {first.number}; i portalen numreras de från 1.",
                first.heading,
                self.blocks[headings[0].index].where,
            )

    # -- bilagor and signatures ---------------------------------------------

    def read_tail(self, blocks: list[Block]) -> Tail:
        tail = Tail()
        known = [person.name for person in self.protocol.attendees()]
        signatures = SignatureReader(tail, known)
        mode = None
        after_signatures = []
        for block in blocks:
            label = tail_label(block)
            if label is not None and label[0] == "bilagor":
                mode = "bilagor"
                rest = label[1]
                if rest:
                    entry = bilaga_entry(Block(rest, block.where), len(tail.bilagor) + 1)
                    if entry:
                        tail.bilagor.append(entry)
                continue
            if label is not None:
                mode = "signatures"
                signatures.read(block)
                continue
            if mode == "bilagor":
                entry = bilaga_entry(block, len(tail.bilagor) + 1)
                if entry is not None:
                    tail.bilagor.append(entry)
                    continue
                if tail.bilagor and is_continuation(block, tail.bilagor[-1]):
                    tail.bilagor[-1].title += " " + block.text.strip()
                    continue
            if mode == "signatures" and not after_signatures and signatures.read(block):
                continue
            if mode == "signatures":
                after_signatures.append(block)
                continue
            self.warn("Texten efter punkterna kunde inte placeras.", block.text, block.where)
        if after_signatures:
            first = after_signatures[0]
            self.warn(
                f"{len(after_signatures)} stycken efter underskrifterna lästes inte in "
                "(troligen bilagornas text).",
                first.text,
                first.where,
            )
        return tail

    # -- dates, names and checks ------------------------------------------------

    def finish(self, tail: Tail):
        protocol = self.protocol
        protocol.bilagor = tail.bilagor
        protocol.secretary_name = tail.secretary_name
        protocol.justerare_names = tail.justerare_names
        labelled = self.labelled
        if not protocol.secretary_name and labelled.get("secretary"):
            protocol.secretary_name = attendance.split_name_role(labelled["secretary"])[0]
        if not protocol.justerare_names and labelled.get("justerare"):
            protocol.justerare_names = [
                name.strip()
                for name in re.split(r",|\boch\b|;", labelled["justerare"])
                if swedish.looks_like_name(name.strip())
            ]
        if protocol.meeting_date is None:
            for text in self.furniture:
                value = swedish.first_date(text)
                if value:
                    protocol.meeting_date = value
                    break
        if not protocol.group_name:
            for text in self.furniture:
                if GROUP_WORDS.search(text):
                    self.title_line(text, Block(text, "sidhuvud"))
                    break
        self.read_schedule(labelled)
        self.read_next_meeting(labelled)
        if protocol.signing_date is None and tail.signature_dates:
            protocol.signing_date = swedish.first_date(
                tail.signature_dates[0], protocol.meeting_date
            )
        numbers = {bilaga.number for bilaga in protocol.bilagor}
        for punkt in protocol.punkter:
            missing = [n for n in punkt.bilagor if n not in numbers]
            if missing:
                label = f"{punkt.number} {punkt.letter}".strip()
                self.warn(
                    f"Punkt {label} hänvisar till bilaga {', '.join(map(str, missing))} "
                    "som inte finns i bilageförteckningen.",
                    punkt.heading,
                    f"punkt {label}",
                )
        if protocol.meeting_date is None:
            self.warn("Mötesdatum hittades inte.")

    def read_schedule(self, labelled: dict):
        protocol = self.protocol
        meeting = protocol.meeting_date
        lines = []
        for punkt in protocol.punkter:
            if JUSTERING_ITEM.search(punkt.heading):
                lines.extend(plain_text(punkt.text).split("\n"))
        found = schedule_in(lines, meeting)
        if found.sent_out is None and found.comment_deadline is None:
            others = [
                line
                for punkt in protocol.punkter
                for line in plain_text(punkt.text).split("\n")
                if STRONG_SCHEDULE.search(line)
            ]
            found = schedule_in(others, meeting)
        for key, prefix in (
            ("sent_out", "skickas ut"),
            ("deadline", "synpunkter"),
            ("signing", "signeras"),
        ):
            if key in labelled:
                one = schedule_in([f"{prefix} {labelled[key]}"], meeting)
                if key == "sent_out":
                    found.sent_out = one.sent_out or found.sent_out
                elif key == "signing":
                    found.signing_date = one.signing_date or found.signing_date
                elif one.comment_deadline:
                    found.comment_deadline = one.comment_deadline
                    found.deadline_time_missing = one.deadline_time_missing
        protocol.sent_out = found.sent_out
        protocol.comment_deadline = found.comment_deadline
        protocol.signing_date = found.signing_date
        if found.comment_deadline is not None and found.deadline_time_missing:
            self.warn(
                "Ingen tid angavs för synpunkterna; kl. 23:59 antogs.",
                f"{found.comment_deadline:%Y-%m-%d}",
                "justering",
            )

    def read_next_meeting(self, labelled: dict):
        protocol = self.protocol
        text = labelled.get("next")
        if text is None:
            for punkt in reversed(protocol.punkter):
                if NEXT_ITEM.search(punkt.heading):
                    text = plain_text(punkt.text)
                    break
        if text is None:
            # "Nästa möte: 9 april kl. 13.00" said under another item.
            for punkt in reversed(protocol.punkter):
                for line in plain_text(punkt.text).split("\n"):
                    match = NEXT_LINE.match(line)
                    if match and swedish.find_dates(match.group("rest")):
                        text = match.group("rest")
                        break
                if text is not None:
                    break
        if not text:
            return
        found = next_meeting_in(text, protocol.meeting_date)
        protocol.next_meeting_date = found.date
        protocol.next_meeting_time = found.time
        protocol.next_meeting_place = found.place


def deadline_in_sweden(value: datetime | None) -> datetime | None:
    return value.astimezone(TIMEZONE) if value is not None else None
