"""A place in a tab widget or a stack whose content is built the first time it is shown.

A case view has several tabs and the intake tab a dozen section forms; building them all
before the first paint made opening a case slow, and each tab to come (risk, consent,
referrals, safety plan) would make it slower. A ``Lazy`` slot stands in the tab widget or
stack from the start (so indices, titles and keyboard order are those of the real page) and
builds its content on its first show -- or earlier, when code asks for ``content``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class Lazy(QWidget, Generic[W]):
    """``build(parent)`` makes the content; ``on_built(content)`` is called once it exists,
    so the owner can connect it up."""

    def __init__(self, build: Callable[[QWidget], W], parent: QWidget | None = None, *,
                 on_built: Callable[[W], None] | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._on_built = on_built
        self._content: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)

    @property
    def is_built(self) -> bool:
        return self._content is not None

    @property
    def built_content(self) -> W | None:
        """The content if it has been built, without building it."""
        return self._content

    @property
    def content(self) -> W:
        """The content, built now if it was not yet."""
        if self._content is None:
            content = self._build(self)
            self._content = content
            self._layout.addWidget(content)
            if self.isVisible():  # a child added to a shown widget stays hidden otherwise
                content.show()
                self._layout.activate()  # laid out now, as if it had been there all along
            if self._on_built is not None:
                self._on_built(content)
        return self._content

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.content  # noqa: B018 - built for its first paint
        return super().event(event)
