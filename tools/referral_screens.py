"""Screenshots of the caseworker's side of safe referral, for ``tools/case_screens.py``: a draft
to a refuge with its live gate and preview (her consent recorded, every check passing), and a
draft to the police that the gate blocks (no consent, the immigration risk not yet explained,
for a case whose status is not secure).

Words are typed into the real editor and the preview runs through ``ReferralService.preview``
on the documentation vault, as it does while a caseworker types.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from intake_app.ui.cases.case_view import CaseView
from intake_app.ui.cases.view_tabs.referrals_tab import ReferralsTab

Shot = Callable[[str], Callable[[Callable[[Any], QWidget]], Callable[[Any], QWidget]]]
Show = Callable[[QWidget, QSize | None], QWidget]


def _tab(view: CaseView) -> ReferralsTab:
    tab = view.referrals
    assert tab is not None  # a caseworker's services include referrals
    view.tabs.setCurrentWidget(tab.parentWidget())
    return tab


def _write(tab: ReferralsTab, recipient: str, classes: tuple[str, ...], purpose: str,
           reason: str, names: str, answers: dict[str, str]) -> None:
    tab.open_new()
    editor = tab.page.editor
    editor.choose_recipient(recipient)
    for cls, box in editor.class_boxes.items():
        box.setChecked(cls.value in classes)
    editor.purpose.set_value(purpose)
    editor.reason.set_value(reason)
    editor.do_not_tell.setPlainText(names)
    for item_id, answer in answers.items():
        editor.item_rows[item_id].set_draft({"answer": answer})
    tab.page.refresh_preview()


def register_referral_shots(shot: Shot, show: Show, size: QSize,
                            case_of: Callable[[Any, int], tuple[Any, str]],
                            view_of: Callable[[Any, str], CaseView]) -> None:
    """``case_of(studio, n)``: the services and the reference of the n-th staged case, its
    consent decisions recorded (the consent shot's); ``view_of`` a case view on it."""

    @shot("case-view-referral-draft")
    def referral_draft(studio: Any) -> QWidget:
        services, reference = case_of(studio, -4)
        services.cases.update_case(reference, {
            "contact.last_checked": date.today().strftime("%d/%m/%Y")})
        view = view_of(studio, reference)
        show(view, size)
        tab = _tab(view)
        _write(tab, "kind:refuge", ("identity", "contact", "location", "children"),
               "Somewhere safe to stay this week",
               "She left home last night with her two children and is staying with a friend "
               "who cannot keep them beyond Friday.", "Her husband\nHis brother",
               {"told_what_and_whom": "yes", "told_in_language": "pt",
                "contact_rechecked": date.today().isoformat()})
        preview = tab.page.preview
        QApplication.processEvents()  # the page laid out, so the preview has its place
        tab.verticalScrollBar().setValue(
            preview.mapTo(tab.widget(), preview.rect().topLeft()).y() - 200)
        return view

    @shot("referral-gate-blocked")
    def gate_blocked(studio: Any) -> QWidget:
        services, reference = case_of(studio, -3)
        services.cases.update_case(reference, {"immigration.status": "pre_settled"})
        view = view_of(studio, reference)
        show(view, size)
        tab = _tab(view)
        _write(tab, "kind:police", ("identity", "contact", "abuser"),
               "Reporting the assault", "She wants to report the assault of 2 March.",
               "Her husband", {"told_what_and_whom": "yes"})
        panel = tab.page.gate_panel
        tab.ensureWidgetVisible(panel, 0, 0)
        return view
