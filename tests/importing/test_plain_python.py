"""The parser is plain Python: importing it loads neither Zope nor Plone
(kuf.samportal's own __init__ brings zope.i18nmessageid, a small library
for its message factory; nothing else)."""

import subprocess
import sys


def test_the_parser_imports_no_zope():
    code = (
        "import sys, kuf.samportal.importing as i\n"
        "from kuf.samportal.importing import parser, write_docx, read_docx, read_pdf, read_text\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('zope', 'Products', 'plone', 'Zope2', 'App', 'OFS', 'Acquisition') "
        "and not m.startswith('zope.i18nmessageid') and m != 'zope')\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
