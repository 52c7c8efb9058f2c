"""Exporting an approved referral from the supervisor's queue screen.

``start(with_password)``: the screen's save chooser picks the file (nothing happens when it is
cancelled), then ``ReferralService.export_pdf`` runs on the app's one task runner while the
decision bar shows it working. The service checks the policy, runs the gate again and writes
the file and the register entry; this only shows what came of it. While it runs the screen's
lists are disabled: the worker and the screen share the signed-in connection, so the screen
reads nothing until the export is done.

Its result (``ExportDonePanel``) stands above the review until it is closed (``close``), another
referral is chosen or the screen is left; a refusal is said in the bar in plain words
(``export_words``). A gate that fails now has sent the referral back to waiting: the screen
reads it again, so it shows there with its checks and what each needs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from intake_app.domain.errors import EditConflict, GateFailed, IllegalTransition, PasswordRequired
from intake_app.services.referrals import ExportDone
from intake_app.ui.common import form_parts
from intake_app.ui.referrals import export_words
from intake_app.ui.referrals.export_done import ExportDonePanel
from intake_app.ui.risk.words import ui_language

if TYPE_CHECKING:
    from intake_app.ui.referrals.queue_screen import QueueScreen
    from intake_app.ui.referrals.review_panel import Reviewed


class QueueExport:
    """The export part of ``screen``. ``panel``: the result shown now (None when none);
    ``shown_for``: the referral it belongs to."""

    def __init__(self, screen: QueueScreen) -> None:
        self.screen = screen
        self.panel: ExportDonePanel | None = None
        self.shown_for: int | None = None
        self._running: Reviewed | None = None

    def start(self, with_password: bool) -> None:
        screen = self.screen
        current = screen.current()
        if current is None or screen.decision_bar.exporting:
            return
        referral = current.referral
        target = screen.choose_path(screen, export_words.suggested_name(referral))
        if target is None:
            return
        self.close()
        form_parts.show_message(screen.message, "")
        self._running = current
        referrals, referral_id, language = screen.referrals, referral.id, ui_language()

        def work() -> ExportDone:
            return referrals.export_pdf(referral_id, Path(target), with_password=with_password,
                                        tr=QCoreApplication.translate, language=language)

        task = screen.runner.run(work, "referral-export", on_success=self._exported,
                                 on_failure=self._refused)
        screen.set_lists_enabled(False)
        screen.decision_bar.track_export(task)

    def _ended(self) -> Reviewed | None:
        self.screen.set_lists_enabled(True)
        current, self._running = self._running, None
        return current

    def _exported(self, done: ExportDone) -> None:
        screen = self.screen
        current = self._ended()
        screen.reload(select=done.referral.id)  # its register now lists this export
        recipient = current.recipient if current is not None else screen.recipient(done.referral)
        panel = ExportDonePanel(reference=done.referral.case_reference, recipient=recipient,
                                path=done.path, sha256=done.sha256, password=done.password,
                                parent=screen)
        panel.closed.connect(self.close)
        self.panel, self.shown_for = panel, done.referral.id
        screen.show_export_result(panel)
        panel.close_button.setFocus()
        # What happened, for the window and tests: without the password (shown once, above).
        screen.export_finished.emit(ExportDone(done.referral, done.path, done.sha256, None))

    def _refused(self, exc: Exception) -> None:
        screen = self.screen
        current = self._ended()
        selected = current.referral.id if current is not None else screen.selected_id()
        if isinstance(exc, GateFailed):
            screen.reload(select=selected)  # back with the waiting ones, its checks as they are
            screen.decision_bar.show_message(export_words.gate_failed(len(exc.failed)),
                                             error=True)
        elif isinstance(exc, EditConflict | IllegalTransition):
            screen.refused(exc)
        else:
            if isinstance(exc, PasswordRequired):
                screen.decision_bar.set_password_required(True)
            screen.decision_bar.show_message(export_words.refusal(exc), error=True)
        screen.export_finished.emit(exc)

    def close(self) -> None:
        """Take the result away, its password with it."""
        panel, self.panel, self.shown_for = self.panel, None, None
        if panel is None:
            return
        panel.close_panel()  # its closed() comes back here and finds nothing left
        panel.setParent(None)  # out of the page's layout at once
        panel.deleteLater()
