"""A newer version's shipped facts for one kind, waiting for a supervisor: what
would change, with Accept and Keep ours."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.agencies import (
    PendingUpdate,
)
from intake_app.ui.common import form_parts
from intake_app.ui.directory.words import (
    class_words,
    generalisation_words,
    kind_words,
    text_label,
)
from intake_app.ui.questions import field_text


class UpdateCard(QFrame):
    """A newer app's facts for one kind, with what would change, Accept and Keep ours."""

    def __init__(self, update: PendingUpdate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.update_ = update
        self.setObjectName("recordCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        shipped, current = update.shipped, update.current
        layout.addWidget(text_label(self, kind_words(shipped, shipped.name), "cardTitle"))
        for line in self.changes():
            layout.addWidget(text_label(self, line))
        self.accept_button = form_parts.primary_button(
            self, self.tr("Accept"), self.tr("Accept the new facts for {kind}").format(
                kind=kind_words(shipped, shipped.name)), default=False)
        self.keep_button = form_parts.secondary_button(
            self, self.tr("Keep ours"), self.tr("Keep our version of {kind}").format(
                kind=kind_words(shipped, shipped.name)))
        self.keep_button.setEnabled(current is not None)
        layout.addLayout(form_parts.button_row(self.keep_button, self.accept_button))

    def changes(self) -> list[str]:
        """What accepting would change, one line each."""
        shipped, current = self.update_.shipped, self.update_.current
        if current is None:
            return [self.tr("A kind of recipient new in this version of the app.")]
        lines: list[str] = []
        if self.update_.flag_kept:
            lines.append(self.tr("The new file says it may not pass data to immigration "
                                 "enforcement; ours says it may, and that is kept."))
        elif shipped.may_pass_to_immigration_enforcement and \
                not current.may_pass_to_immigration_enforcement:
            lines.append(self.tr("It would now be marked as one that may pass her data to "
                                 "immigration enforcement."))
        if shipped.receives != current.receives:
            lines.append(self.tr("Receives by default: {classes}").format(
                classes=", ".join(class_words(s) for s in shipped.receives)))
        if shipped.generalises != current.generalises:
            lines.append(self.tr("Sent only in a general form: {rules}").format(
                rules="; ".join(generalisation_words(g) for g in shipped.generalises)))
        ours = {fact.id: fact for fact in current.facts}
        for fact in shipped.facts:
            before = ours.pop(fact.id, None)
            words = kind_words(shipped, fact.text)
            day = field_text.date_text(fact.last_reviewed)
            if before is None:
                lines.append(self.tr("New fact (reviewed on {date}): {fact}").format(
                    date=day, fact=words))
            elif before.text.source != fact.text.source:
                lines.append(self.tr("Fact reworded (reviewed on {date}): {fact}").format(
                    date=day, fact=words))
            elif before.last_reviewed != fact.last_reviewed:
                lines.append(self.tr("Fact reviewed again on {date}: {fact}").format(
                    date=day, fact=words))
        for fact in ours.values():
            lines.append(self.tr("Fact no longer in the app's file: {fact}").format(
                fact=kind_words(current, fact.text)))
        if not lines:
            lines.append(self.tr("The file changed, but not its facts or what it receives."))
        return lines
