"""The screenshots of the supervisor's referral queue, for ``tools/screenshots.py``, which calls
``register_queue_shots`` with its ``shot`` decorator after the screens' own shots, so the
"referral-queue" picture shows a queue with work in it rather than an empty one, and
"referral-export-done" an approved referral just exported with a password: the result panel
with the file's SHA-256 and the password shown once (the export runs through the screen's own
button and task runner, into a folder of the throw-away documentation vault's parent).

A caseworker's invented cases, each with her consent to the recipient and safe contact checked
today, are referred through ``ReferralService`` and submitted; the supervisor approves one, so
both lists have an entry. No real names.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import ConsentInput, Decision, How
from intake_app.ui.main_window import MainWindow

Shot = Callable[[str], Callable[[Callable[[Any], QWidget]], Callable[[Any], QWidget]]]
Show = Callable[[QWidget, QSize | None], QWidget]

SIZE = QSize(1280, 800)
S = Sensitivity

#: (her name, postcode, the recipient, the classes, the purpose, the reason)
_REFERRALS = (
    ("Halina Brzezińska", "LS6 2AB", "kind:refuge", (S.IDENTITY, S.CONTACT, S.LOCATION),
     "Somewhere safe to stay this week",
     "She left the house last night with her two children and cannot go "
     "back. She needs a refuge space away from Leeds this week."),
    ("Precious Adeyemi", "LS9 7QT", "kind:idva_service", (S.IDENTITY, S.CONTACT, S.NARRATIVE),
     "IDVA support", "High-risk case after the assault on 3rd of this month; she wants an "
     "IDVA to support her through the court process."),
    ("Nadia Rahman", "LS11 5HD", "kind:refuge", (S.IDENTITY, S.CONTACT, S.LOCATION),
     "Somewhere safe to stay this week",
     "He has found her current address; she needs to move today."),
)


def _stage(services: Any, supervisor: Any) -> None:
    today = date.today()
    refs: list[str] = []
    ids: list[int] = []
    for name, postcode, to, classes, purpose, reason in _REFERRALS:
        ref = services.cases.create_case({
            "referral.source": "self", "survivor.names": name,
            "consent.to_record": "given", "consent.to_contact": "given",
            "contact.last_checked": today.strftime("%d/%m/%Y"),
            "immigration.status": "british_irish", "address.postcode": postcode,
            "address.current": "Flat 4, 19 Example Terrace",
            "abuser.people": [{"name": "Her husband"}]})
        services.consent.record_consent(ref, ConsentInput(
            recipient=to, classes=frozenset(classes), purpose=purpose,
            decision=Decision.GIVEN, decided_on=today, how=How.VERBAL))
        referral = services.referrals.draft(ref, {
            "recipient": to, "classes": [c.value for c in classes], "purpose": purpose,
            "reason": reason, "assessment": None, "do_not_tell": ["Her husband",
                                                                   "His brother Tomasz"],
            "legal_basis": None,
            "answers": {"told_what_and_whom": "yes", "told_in_language": "pl",
                        "contact_rechecked": today.isoformat()}})
        services.referrals.submit(referral.id)
        refs.append(ref)
        ids.append(referral.id)
    # The first case was assessed after the assault: 15 of the 24 answered yes (high).
    defn = services.risk.definition("risk_identification")
    items = [item.id for item in defn.scored_items()]
    services.assessments.complete(refs[0], defn, {
        item: ("yes" if n < 15 else "no") for n, item in enumerate(items)})
    supervisor.referrals.approve(ids[-1])


def register_queue_shots(shot: Shot, show: Show, logins: dict[str, tuple[str, str]]) -> None:
    """``logins``: "worker" and "supervisor" (user, passphrase) of the same team."""

    def staged(studio: Any) -> Any:
        """The supervisor's services, the referrals staged once per studio (both shots read
        the same queue: two waiting, one approved)."""
        supervisor = studio.services(*logins["supervisor"])
        if not getattr(studio, "referrals_staged", False):
            _stage(studio.services(*logins["worker"]), supervisor)
            studio.referrals_staged = True
        return supervisor

    @shot("referral-queue")
    def referral_queue(studio: Any) -> QWidget:
        supervisor = staged(studio)
        window = MainWindow(supervisor, studio.runner, studio.policy)
        page = window.screens["referral_queue"]
        window.navigation.setCurrentRow(window.pages.indexOf(page))
        show(window, SIZE)
        screen = page.content  # type: ignore[attr-defined]
        screen.waiting_list.setCurrentRow(0)
        return window

    @shot("referral-export-done")
    def referral_export_done(studio: Any) -> QWidget:
        supervisor = staged(studio)
        folder = Path(studio.folder) / "exports"
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.pdf"):  # the chooser's answer is the name offered
            old.unlink()
        window = MainWindow(supervisor, studio.runner, studio.policy,
                            choose_save_path=lambda _parent, name: folder / name)
        page = window.screens["referral_queue"]
        window.navigation.setCurrentRow(window.pages.indexOf(page))
        show(window, SIZE)
        screen = page.content  # type: ignore[attr-defined]
        screen.approved_list.setCurrentRow(0)
        screen.decision_bar.password_box.setChecked(True)
        screen.decision_bar.export_button.click()
        deadline = time.monotonic() + 60
        while screen.decision_bar.exporting and time.monotonic() < deadline:
            studio.app.processEvents()
            time.sleep(0.01)
        if screen.export_done is None:
            raise RuntimeError("the documentation export did not finish: "
                               + screen.decision_bar.message.text())
        return window
