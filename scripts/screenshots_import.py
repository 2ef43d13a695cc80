"""Screenshots of the import page and its preview as the secretary, at 1366
and 390 px, in Debian's Chromium (no browser download).

    .venv/bin/python scripts/screenshots_import.py http://127.0.0.1:8080/samportal OUTDIR
"""

from pathlib import Path
from playwright.sync_api import sync_playwright
import sys


ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "importing" / "gold"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def unique_protocol() -> dict:
    """An old protocol as Word, different on every run (a file already
    imported as historical is refused as a duplicate)."""
    from datetime import datetime
    from kuf.samportal.importing import parse_file
    from kuf.samportal.importing.write_docx import write_docx

    source = GOLD / "v10-header-table-inline-attendance.docx"
    protocol = parse_file(source.read_bytes(), source.name).protokoll
    protocol.punkter[0].text += f"<p>Inläst {datetime.now():%Y-%m-%d %H:%M:%S}.</p>"
    return {
        "name": "Protokoll SVG 2025-10-21.docx",
        "mimeType": "application/octet-stream",
        "buffer": write_docx(protocol),
    }


def main(site: str, out: Path):
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=ARGS
        )
        for width in (1366, 390):
            context = browser.new_context(viewport={"width": width, "height": 900}, locale="sv-SE")
            page = context.new_page()
            page.goto(f"{site}/login")
            page.fill("#__ac_name", "sekreterare")
            page.fill("#__ac_password", "samverkan")
            page.click("#buttons-login")
            page.wait_for_load_state()
            page.goto(f"{site}/samverkan/fvg/@@importera-protokoll")
            page.screenshot(path=out / f"import-upload-{width}.png", full_page=True)
            page.set_input_files("#kuf-import-document", str(GOLD / "v08-fvg-2026-06-01.docx"))
            page.set_input_files(
                "#kuf-import-bilagor",
                [
                    {
                        "name": "Bilaga 1 Statistik Feelgood.pdf",
                        "mimeType": "application/pdf",
                        "buffer": b"%PDF-1.4 statistik",
                    },
                    {
                        "name": "Bilaga 5 Fragor fran DIK.pdf",
                        "mimeType": "application/pdf",
                        "buffer": b"%PDF-1.4 fragor",
                    },
                ],
            )
            page.click("button[name='form.preview']")
            page.wait_for_selector(".kuf-import-preview")
            page.screenshot(path=out / f"import-preview-{width}.png", full_page=True)
            if width == 1366:  # an old protocol saved as justerat outside the portal
                page.goto(f"{site}/samverkan/fvg/@@importera-protokoll")
                page.set_input_files("#kuf-import-document", unique_protocol())
                page.check("#kuf-import-historical")
                page.click("button[name='form.preview']")
                page.click("button[name='form.archive']")
                page.wait_for_selector(".kuf-original, .alert-danger")
                page.screenshot(path=out / f"import-arkiverat-{width}.png", full_page=True)
            context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), Path(sys.argv[2]))
