"""The referral as blocks: what goes where on the page, from the redacted view alone.

Top to bottom, in the order a coordinator reads a referral: the title and a line on
confidentiality; the key facts (export, date, recipient, referring service, approving role,
risk, basis for sharing); the people who must not be told, in a tinted band; the view's
sections, each answer a label and its value, each list record numbered; and last what the
referral does not include (the view's one fixed statement) and what goes without consent.
The footer of every page carries the page number and the audit chain head.

Every text is wrapped with the field it came from named, so a character no font has refuses
the export with that field's label (``runs.UnprintableText``).
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.pdfgen.canvas import Canvas

from intake_app.domain.i18n import Translate
from intake_app.domain.redaction.view import ListRows, RedactedView, Row
from intake_app.export import words
from intake_app.export.fonts import FontSet
from intake_app.export.header import ExportHeader
from intake_app.export.layout import (
    ACCENT,
    BODY_SIZE,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_X,
    MUTED,
    PAGE_WIDTH,
    Block,
    Cell,
    Footer,
    draw_line,
)
from intake_app.export.lines import Line, Style, wrap

BODY = BODY_SIZE
LABEL_WIDTH = 150.0
GUTTER = 14.0
VALUE_X = LABEL_WIDTH + GUTTER
VALUE_WIDTH = FRAME_WIDTH - VALUE_X
INDENT = 12.0


class Composer:
    """Wraps texts with the shipped fonts; each method gives the blocks of one part."""

    def __init__(self, fonts: FontSet, tr: Translate) -> None:
        self.fonts = fonts
        self.tr = tr

    def lines(self, text: str, width: float, size: float = BODY, *, bold: bool = False,
              field: str) -> tuple[Line, ...]:
        return wrap(text, width, self.fonts, Style(size, bold), field)

    def pair(self, label: str, value: str, *, field: str, indent: float = 0.0,
             space_before: float = 3.0) -> Block:
        """A label and its value side by side."""
        left = Cell(indent, LABEL_WIDTH - indent,
                    self.lines(label, LABEL_WIDTH - indent, BODY - 0.5, field=field),
                    BODY - 0.5, MUTED)
        right = Cell(VALUE_X, VALUE_WIDTH, self.lines(value, VALUE_WIDTH, field=field), BODY)
        return Block((left, right), leading=BODY * 1.45, space_before=space_before)

    def heading(self, text: str, *, field: str, size: float = 11.5,
                space_before: float = 16.0) -> Block:
        cell = Cell(0.0, FRAME_WIDTH, self.lines(text, FRAME_WIDTH, size, bold=True,
                                                 field=field), size, ACCENT)
        return Block((cell,), leading=size * 1.35, space_before=space_before,
                     space_after=4.0, keep_with_next=True, rule_below=True)

    def sentence(self, text: str, *, field: str, size: float = BODY, bold: bool = False,
                 indent: float = 0.0, space_before: float = 3.0, band: bool = False) -> Block:
        width = FRAME_WIDTH - indent
        cell = Cell(indent, width, self.lines(text, width, size, bold=bold, field=field), size)
        return Block((cell,), leading=size * 1.45, space_before=space_before, band=band)

    # --- the parts ---------------------------------------------------------------------

    def title(self) -> Iterator[Block]:
        title = words.TITLE.shown(self.tr)
        yield Block((Cell(0.0, FRAME_WIDTH, self.lines(title, FRAME_WIDTH, 18, bold=True,
                                                       field="title"), 18, ACCENT),),
                    leading=24)
        yield self.sentence(words.CONFIDENTIAL.shown(self.tr), field="title", size=8.5,
                            space_before=2.0)

    def facts(self, view: RedactedView, header: ExportHeader) -> Iterator[Block]:
        tr = self.tr
        yield self.heading(words.RECIPIENT.shown(tr) + ": " + view.recipient_name,
                           field="recipient", space_before=14.0)
        rows = [
            (words.EXPORT_ID, header.export_id),
            (words.DATE, header.day.strftime("%d/%m/%Y")),
            (words.REFERRER, header.referring_service),
            (words.APPROVED, header.approver_role),
            (words.RISK, self._risk(header)),
            (words.CONSENT, header.consent_basis),
        ]
        for label, value in rows:
            if value.strip():
                yield self.pair(label.shown(tr), value, field=label.source)

    def _risk(self, header: ExportHeader) -> str:
        risk = header.risk
        if risk is None:
            return words.NO_RISK.shown(self.tr)
        return words.fill(words.RISK_LINE, self.tr, level=risk.level, score=risk.score,
                          checklist=risk.checklist_id, version=risk.checklist_version)

    def do_not_tell(self, view: RedactedView) -> Iterator[Block]:
        block = view.do_not_tell
        if block is None:
            return
        tr = self.tr
        yield self.sentence(block.label.shown(tr),
                            field=block.label.source, bold=True, space_before=14.0,
                            band=True)
        for line in block.lines:
            yield self.sentence(line, field=block.label.source, indent=INDENT,
                                space_before=1.0, band=True)

    def sections(self, view: RedactedView) -> Iterator[Block]:
        tr = self.tr
        for section in view.sections:
            yield self.heading(section.title.shown(tr), field=section.id)
            for item in section.items:
                if isinstance(item, Row):
                    yield self._row(item)
                    continue
                yield from self._records(item)

    def _row(self, row: Row, indent: float = 0.0) -> Block:
        return self.pair(row.label.shown(self.tr), row.text, field=row.label.source,
                         indent=indent)

    def _records(self, item: ListRows) -> Iterator[Block]:
        label = item.label.shown(self.tr)
        for number, record in enumerate(item.records, 1):
            shown = words.fill(words.RECORD, self.tr, list=label, number=number)
            head = self.sentence(shown, field=item.label.source, bold=True, space_before=6.0)
            yield Block(head.cells, head.leading, head.space_before, keep_with_next=True)
            for row in record:
                yield self._row(row, indent=INDENT)

    def statements(self, view: RedactedView) -> Iterator[Block]:
        tr = self.tr
        if view.not_shared.text:
            yield self.heading(words.NOT_SHARED.shown(tr), field="not_shared")
            yield self.sentence(view.not_shared.text, field=words.NOT_SHARED.source)
        if view.without_consent.text:
            yield self.heading(words.WITHOUT_CONSENT.shown(tr), field="without_consent")
            yield self.sentence(view.without_consent.text, field=words.WITHOUT_CONSENT.source)

    def document(self, view: RedactedView, header: ExportHeader) -> list[Block]:
        return [*self.title(), *self.facts(view, header), *self.do_not_tell(view),
                *self.sections(view), *self.statements(view)]

    def footer(self, header: ExportHeader) -> Footer:
        """Draws the footer of one page (page number and audit chain head), checked for
        printable text before any page is drawn."""
        size = 7.0
        audit = self.lines(words.fill(words.AUDIT, self.tr, head=header.audit_head),
                           FRAME_WIDTH * 0.72, size, field="audit")
        self.lines(words.fill(words.PAGE, self.tr, page=0, pages=0), FRAME_WIDTH, size,
                   field="page")

        def draw(canvas: Canvas, page: int, pages: int) -> None:
            canvas.setFillColor(MUTED)
            y = MARGIN_BOTTOM - 30
            for n, line in enumerate(audit):
                draw_line(canvas, line, MARGIN_X, FRAME_WIDTH, y - n * size * 1.3, size)
            number = self.lines(words.fill(words.PAGE, self.tr, page=page, pages=pages),
                                FRAME_WIDTH, size, field="page")[0]
            pen = PAGE_WIDTH - MARGIN_X - number.width
            draw_line(canvas, number, pen, number.width, y, size)

        return draw
