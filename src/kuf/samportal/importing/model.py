"""The common model every reader produces, and the parser's result.

Readers turn a Word file, a PDF or plain text into a list of ``Block``:
paragraphs (with their runs, list numbering and heading level) and table
rows (with their cells). The recognisers only ever look at blocks, so a rule
is written once for every format.

``Protocol`` is the parser's result. Its field names are those of the
REST contract of ``@protokollimport`` (the Protokoll's own serialization,
plus ``punkter``, ``bilagor``, ``secretary_name`` and ``justerare_names``).
"""

from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from datetime import time
from zoneinfo import ZoneInfo


TIMEZONE = ZoneInfo("Europe/Stockholm")


@dataclass(frozen=True)
class Run:
    """A stretch of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Block:
    """One paragraph, list item or table row of the document.

    ``cells`` holds the text of each column when the block is a table row or
    a line whose parts are separated by tabs or wide gaps (PDF, text);
    a plain paragraph has one cell. ``list_kind`` is "bullet" or "number"
    for an item of a bulleted or numbered list; ``list_label`` is the label
    Word or the author gave it ("1.", "a)", "•").
    """

    text: str
    where: str
    runs: list[Run] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    heading_level: int = 0
    bold: bool = False
    list_kind: str = ""
    list_label: str = ""
    list_level: int = 0
    table: int = 0  # 1-based number of the table the row belongs to (0: not a row)
    cell_blocks: list[list["Block"]] = field(default_factory=list)

    def __post_init__(self):
        if not self.cells:
            self.cells = [self.text]
        if not self.runs and self.text:
            self.runs = [Run(self.text, bold=self.bold)]

    @property
    def is_row(self) -> bool:
        return self.table > 0

    @property
    def filled_cells(self) -> list[str]:
        return [cell for cell in self.cells if cell.strip()]


@dataclass
class Attendee:
    name: str
    role: str = ""
    party: str | None = None
    note: str = ""
    user_id: str | None = None


@dataclass
class Punkt:
    number: int
    letter: str = ""
    kind: str | None = None
    heading: str = ""
    raised_by: str | None = None
    text: str = ""
    bilagor: list[int] = field(default_factory=list)


@dataclass
class BilagaRef:
    number: int
    title: str


@dataclass
class Warning:
    """Something the parser could not place: what, the text, and where."""

    message: str
    text: str = ""
    where: str = ""


@dataclass
class Protocol:
    group_name: str = ""
    meeting_date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    present: list[Attendee] = field(default_factory=list)
    absent: list[Attendee] = field(default_factory=list)
    adjunct: list[Attendee] = field(default_factory=list)
    sent_out: date | None = None
    comment_deadline: datetime | None = None  # aware, Europe/Stockholm
    signing_date: date | None = None
    next_meeting_date: date | None = None
    next_meeting_time: time | None = None
    next_meeting_place: str = ""
    punkter: list[Punkt] = field(default_factory=list)
    bilagor: list[BilagaRef] = field(default_factory=list)
    secretary_name: str = ""
    justerare_names: list[str] = field(default_factory=list)

    def attendees(self):
        return [*self.present, *self.absent, *self.adjunct]

    def to_json(self) -> dict:
        """The REST shape: dates and times as ISO strings."""
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, (date, time)):  # datetime is a date
                data[key] = value.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Protocol":
        """The inverse of ``to_json`` (raises ValueError on a bad value)."""
        values = {}
        for name in cls.__dataclass_fields__:
            if name not in data:
                continue
            value = data[name]
            if name in ("meeting_date", "sent_out", "signing_date", "next_meeting_date"):
                value = date.fromisoformat(value) if value else None
            elif name in ("start_time", "end_time", "next_meeting_time"):
                value = time.fromisoformat(value) if value else None
            elif name == "comment_deadline":
                value = aware(datetime.fromisoformat(value)) if value else None
            elif name in ("present", "absent", "adjunct"):
                value = [Attendee(**row) for row in value or []]
            elif name == "punkter":
                value = [Punkt(**row) for row in value or []]
            elif name == "bilagor":
                value = [BilagaRef(**row) for row in value or []]
            elif name == "justerare_names":
                value = list(value or [])
            else:
                value = value or ""
            values[name] = value
        return cls(**values)


def aware(value: datetime) -> datetime:
    """A deadline in Swedish time (naive values are Swedish local time)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=TIMEZONE)
    return value.astimezone(TIMEZONE)


@dataclass
class ParseResult:
    protokoll: Protocol
    warnings: list[Warning] = field(default_factory=list)
    format: str = ""  # "docx", "pdf" or "text"

    def to_json(self) -> dict:
        return {
            "protokoll": self.protokoll.to_json(),
            "warnings": [asdict(w) for w in self.warnings],
        }
