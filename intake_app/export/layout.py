"""Pages: blocks of wrapped text stacked down A4 pages, with a footer on each.

The document (``document.py``) is a list of :class:`Block`: a row of cells (a label and its
value, a heading, a sentence), each cell already wrapped into :class:`Line`\\ s. Blocks are
placed top to bottom; a block that does not fit goes to the next page, a heading stays with
the block after it, and a block taller than a page is split between lines. Every page is laid
out before anything is drawn, so the footer can say "page 2 of 3".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from intake_app.export.lines import Line

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 56.0
MARGIN_TOP = 56.0
MARGIN_BOTTOM = 64.0  # the footer lives below this
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BODY_SIZE = 9.5

INK = Color(0.10, 0.11, 0.13)
MUTED = Color(0.36, 0.38, 0.42)
RULE = Color(0.72, 0.74, 0.77)
ACCENT = Color(0.13, 0.29, 0.38)
TINT = Color(0.94, 0.95, 0.96)


@dataclass(frozen=True)
class Cell:
    x: float  # from the frame's left edge
    width: float
    lines: tuple[Line, ...]
    size: float
    color: Color = INK


@dataclass(frozen=True)
class Block:
    cells: tuple[Cell, ...]
    leading: float
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False
    rule_below: bool = False
    #: A tinted band behind the block with an accent bar at its left (the do-not-tell block).
    band: bool = False

    @property
    def rows(self) -> int:
        return max((len(c.lines) for c in self.cells), default=0)

    @property
    def height(self) -> float:
        return self.space_before + self.rows * self.leading + self.space_after

    def split(self, rows: int) -> tuple[Block, Block]:
        """The first ``rows`` lines of every cell, and the rest."""
        head = tuple(replace(c, lines=c.lines[:rows]) for c in self.cells)
        tail = tuple(replace(c, lines=c.lines[rows:]) for c in self.cells)
        return (replace(self, cells=head, space_after=0.0, rule_below=False,
                        keep_with_next=False),
                replace(self, cells=tail, space_before=0.0))


@dataclass(frozen=True)
class Placed:
    block: Block
    top: float  # distance from the frame's top


def paginate(blocks: list[Block]) -> list[list[Placed]]:
    room = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    pages: list[list[Placed]] = [[]]
    used = 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        need = block.height
        if block.keep_with_next and queue:
            need += queue[0].space_before + min(queue[0].rows, 2) * queue[0].leading
        if used + need <= room:
            pages[-1].append(Placed(block, used))
            used += block.height
            continue
        free_rows = int((room - used - block.space_before) // block.leading)
        if not block.keep_with_next and block.rows > 1 and free_rows >= 2 \
                and block.height > room / 3:
            head, tail = block.split(free_rows)
            pages[-1].append(Placed(head, used))
            queue.insert(0, tail)
            used = room
            continue
        if not pages[-1]:  # taller than an empty page: split it where the page ends
            rows = max(1, int((room - block.space_before) // block.leading))
            head, tail = block.split(rows)
            pages[-1].append(Placed(head, 0.0))
            queue.insert(0, tail)
            used = room
            continue
        pages.append([])
        used = 0.0
        queue.insert(0, replace(block, space_before=0.0))
    return pages


def draw_line(canvas: Canvas, line: Line, x: float, width: float, baseline: float,
              size: float) -> None:
    """One line, left-aligned (right-aligned when its paragraph runs right to left)."""
    pen = x + (width - line.width if line.rtl else 0.0)
    for piece in line.pieces:
        text = canvas.beginText(pen, baseline)
        text.setFont(piece.font, size)
        text.textOut(piece.text)
        canvas.drawText(text)
        pen += piece.width


def _draw_block(canvas: Canvas, placed: Placed) -> None:
    block = placed.block
    top = PAGE_HEIGHT - MARGIN_TOP - placed.top - block.space_before
    body = block.rows * block.leading
    if block.band:
        canvas.setFillColor(TINT)
        canvas.rect(MARGIN_X - 8, top - body - 4, FRAME_WIDTH + 16, body + 8, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(MARGIN_X - 8, top - body - 4, 3, body + 8, stroke=0, fill=1)
    for cell in block.cells:
        canvas.setFillColor(cell.color)
        for n, line in enumerate(cell.lines):
            baseline = top - n * block.leading - cell.size * 0.95
            draw_line(canvas, line, MARGIN_X + cell.x, cell.width, baseline, cell.size)
    if block.rule_below:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        y = top - body - 3
        canvas.line(MARGIN_X, y, MARGIN_X + FRAME_WIDTH, y)


Footer = Callable[[Canvas, int, int], None]


def draw(canvas: Canvas, pages: list[list[Placed]], footer: Footer) -> None:
    for number, page in enumerate(pages, 1):
        for placed in page:
            _draw_block(canvas, placed)
        footer(canvas, number, len(pages))
        canvas.showPage()
