"""The look: the stylesheet from ``resources/style/app.qss`` and a legible base font size."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from intake_app import resources

STYLESHEET = "style/app.qss"
BASE_POINT_SIZE = 11


def stylesheet() -> str:
    """The sheet, with ``@STYLE@`` pointing at its folder (for the images it uses)."""
    folder = resources.path(STYLESHEET).parent.as_posix()
    return resources.read_text(STYLESHEET).replace("@STYLE@", folder)


def apply_theme(app: QApplication) -> None:
    font = app.font()
    if font.pointSize() < BASE_POINT_SIZE:
        font.setPointSize(BASE_POINT_SIZE)
        app.setFont(font)
    app.setStyle("Fusion")  # the same look on every platform, so the stylesheet fits them all
    app.setStyleSheet(stylesheet())
