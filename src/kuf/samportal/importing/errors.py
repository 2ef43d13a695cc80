"""Refusals of a file the parser cannot read: one Swedish sentence each."""

MAX_BYTES = 20 * 1024 * 1024  # a protocol with images stays far below this
MAX_UNPACKED = 200 * 1024 * 1024  # a .docx is a zip: its parts unpacked (no zip bombs)
MAX_PAGES = 200


class ImportRefused(ValueError):
    """The file cannot be imported; ``message`` says why, in Swedish."""

    def __init__(self, message: str, code: str = "refused"):
        super().__init__(message)
        self.message = message
        self.code = code


EMPTY = "Filen är tom."
TOO_LARGE = "Filen är för stor: högst {limit} MB kan läsas in."
NOT_DOCX = "Filen heter .docx men är ingen Word-fil."
OLD_WORD = (
    "Filen är i det äldre Word-formatet (.doc) eller lösenordsskyddad. "
    "Spara den som .docx utan lösenord och försök igen."
)
NOT_PDF = "Filen heter .pdf men är ingen PDF-fil."
ENCRYPTED_PDF = (
    "PDF-filen är lösenordsskyddad eller krypterad. Spara en kopia utan lösenord och försök igen."
)
BROKEN_PDF = "PDF-filen är skadad och kan inte läsas."
BROKEN_DOCX = "Word-filen är skadad och kan inte läsas."
SCANNED_PDF = "PDF-filen innehåller ingen text – den behöver tolkas med OCR först"
UNKNOWN_FORMAT = "Filen kan inte läsas: ladda upp protokollet som Word (.docx), PDF eller text."
TOO_MANY_PAGES = "PDF-filen har fler än {limit} sidor: det är inte ett protokoll."
UNPACKS_TOO_LARGE = "Word-filen packas upp till mer än {limit} MB och läses inte in."
NOT_TEXT = "Filen heter .txt men innehåller ingen läsbar text."
NO_ITEMS = (
    "Inga numrerade punkter kunde hittas i dokumentet. Ett protokoll behöver punkter som "
    "”1. Rubrik” eller ”§ 1 Rubrik”."
)
