"""A small chart of a case's risk over time, painted here (no chart library).

Across: the dates of the assessments that set a level; up: the three bands, standard, medium
and high; one point per assessment, joined in date order. A chart says nothing to a screen
reader, so the widget carries a text alternative listing every point (its accessible
description, and ``text_alternative()`` for a label beside it).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from intake_app.domain.risk import RiskLevel
from intake_app.ui.questions.field_text import date_text
from intake_app.ui.risk import words

_BAND_FILL = {RiskLevel.STANDARD: "#eef5ef", RiskLevel.MEDIUM: "#fbf3e2",
              RiskLevel.HIGH: "#f9e9e6"}
_LINE = "#1d5c8f"
_TEXT = "#4a5565"

Point = tuple[date, RiskLevel]


class RiskChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskChart")
        self.setAccessibleName(self.tr("Risk level over time"))
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._points: list[Point] = []
        self.set_points([])

    def sizeHint(self) -> QSize:
        return QSize(520, 150)

    @property
    def points(self) -> list[Point]:
        return list(self._points)

    def set_points(self, points: Sequence[Point]) -> None:
        """The (date, level) of each level-setting assessment, in any order."""
        self._points = sorted(points, key=lambda p: p[0])
        self.setAccessibleDescription(self.text_alternative())
        self.update()

    def text_alternative(self) -> str:
        if not self._points:
            return self.tr("No assessment has set a risk level yet.")
        listed = "; ".join(self.tr("{date}: {level}").format(
            date=date_text(day), level=words.level_text(level)) for day, level in self._points)
        return self.tr("Risk level at each assessment, oldest first: {points}.").format(
            points=listed)

    # --- painting ----------------------------------------------------------------------------

    def _label_width(self, painter: QPainter) -> int:
        metrics = painter.fontMetrics()
        return max(metrics.horizontalAdvance(words.level_text(level)) for level in RiskLevel) + 14

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() - 1))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        label_w = self._label_width(painter)
        date_h = metrics.height() + 6
        area = QRectF(self.rect()).adjusted(0, 4, -4, -date_h)
        plot = area.adjusted(0, 0, -label_w, 0) if rtl else area.adjusted(label_w, 0, 0, 0)
        levels = list(RiskLevel)
        band_h = plot.height() / len(levels)

        def band_y(level: RiskLevel) -> float:
            return plot.bottom() - (levels.index(level) + 0.5) * band_h

        for index, level in enumerate(levels):
            band = QRectF(plot.left(), plot.bottom() - (index + 1) * band_h, plot.width(),
                          band_h)
            painter.fillRect(band, QColor(_BAND_FILL[level]))
            painter.setPen(QColor(_TEXT))
            text_box = QRectF(0 if not rtl else plot.right() + 6, band.top(), label_w - 8,
                              band.height())
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
            painter.drawText(text_box, int(align), words.level_text(level))
        if not self._points:
            painter.setPen(QColor(_TEXT))
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter),
                             self.tr("No level yet"))
            painter.end()
            return
        first, last = self._points[0][0], self._points[-1][0]
        span = max(1, (last - first).days)
        margin = 14.0

        def x_of(day: date) -> float:
            share = 0.5 if first == last else (day - first).days / span
            if rtl:
                share = 1 - share
            return plot.left() + margin + share * (plot.width() - 2 * margin)

        where = [QPointF(x_of(day), band_y(level)) for day, level in self._points]
        painter.setPen(QPen(QColor(_LINE), 2))
        for start, end in itertools.pairwise(where):
            painter.drawLine(start, end)
        painter.setBrush(QColor(_LINE))
        for point in where:
            painter.drawEllipse(point, 4.5, 4.5)
        painter.setPen(QColor(_TEXT))
        shown_dates = [(self._points[0][0], where[0])]
        if last != first:
            shown_dates.append((last, where[-1]))
        for day, point in shown_dates:
            text = date_text(day)
            width = metrics.horizontalAdvance(text)
            left = min(max(point.x() - width / 2, plot.left()), plot.right() - width)
            painter.drawText(QPointF(left, self.height() - 4), text)
        painter.end()
