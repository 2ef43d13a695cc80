"""Bilaga files uploaded with a protocol, matched to the bilagor by the
number in their name: "Bilaga 2 Årshjul.pdf", "bilaga_2.pdf", "2 - Årshjul.docx",
"02 Årshjul.pdf". Plain Python."""

import hashlib
import re


NUMBER_IN_NAME = (
    re.compile(r"\bbil(?:aga|\.)?[\s_-]*(?:nr\.?[\s_-]*)?(\d{1,2})(?!\d)", re.IGNORECASE),
    re.compile(r"^\s*0*(\d{1,2})(?!\d)[\s_.)–-]"),
)


def bilaga_number(filename: str) -> int | None:
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    for pattern in NUMBER_IN_NAME:
        match = pattern.search(name)
        if match:
            return int(match.group(1))
    return None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
