"""The one entry point: a redacted view and the export's header in, the PDF's bytes out.

The renderer sees only the :class:`RedactedView` (what this recipient may have, already as
text) and the :class:`ExportHeader`; it never reads a case, so nothing withheld can reach the
file. Every text is checked against the shipped fonts while the pages are laid out, before
anything is drawn: a character no font has refuses the export (``UnprintableText``).
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from intake_app.domain.i18n import Translate, identity
from intake_app.domain.redaction.view import RedactedView
from intake_app.export import fonts as shipped_fonts
from intake_app.export import layout, words
from intake_app.export.document import Composer
from intake_app.export.header import ExportHeader
from intake_app.export.pdf_file import finish


def render_referral(view: RedactedView, header: ExportHeader, tr: Translate = identity, *,
                    password: str | None = None, invariant: bool = False) -> bytes:
    """The referral PDF. ``password``: encrypt with AES-256 (R6) for that passphrase.
    ``invariant``: the same bytes for the same input (tests only; refused with a password).
    UnprintableText when some text holds a character no shipped font has."""
    if invariant and password is not None:
        raise ValueError("invariant output is for tests and is never encrypted")
    fonts = shipped_fonts.shipped()
    composer = Composer(fonts, tr)
    blocks = composer.document(view, header)
    footer = composer.footer(header)
    pages = layout.paginate(blocks)
    buffer = io.BytesIO()
    # The starting font is one of ours: reportlab's default (Helvetica) is never embedded,
    # and it would be listed on every page even though nothing is drawn in it.
    canvas = Canvas(buffer, pagesize=(layout.PAGE_WIDTH, layout.PAGE_HEIGHT),
                    invariant=1 if invariant else 0, pageCompression=1,
                    initialFontName=fonts.primary.name, initialFontSize=layout.BODY_SIZE)
    title = words.TITLE.shown(tr)
    canvas.setTitle(title)
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setCreator("")
    layout.draw(canvas, pages, footer)
    canvas.save()
    return finish(buffer.getvalue(), title=title, day=header.day, password=password,
                  invariant=invariant)
