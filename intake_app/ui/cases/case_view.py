"""One case: a header (reference, name, status) and four tabs -- Overview, Intake details,
Notes, History. Edits on the two editable tabs go through one ``CaseEdits`` controller, so
they share one draft and one Save.

Each tab is built the first time it is shown (or asked for, as ``view.intake``): the
caseworker sees the overview first, and a case's first paint should not pay for tabs she may
not open.

The case's name appears inside the view only, never in a window or tab title (the main window
titles the tab with the reference).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.case_record import CaseStatus
from intake_app.domain.errors import IntakeError
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.services.incidents import IncidentService
from intake_app.services.referrals import ReferralService
from intake_app.services.risk import RiskService
from intake_app.services.safety_plan import SafetyPlanService
from intake_app.ui.cases.view_tabs import CaseEdits, HistoryTab, IntakeTab, NotesTab, OverviewTab
from intake_app.ui.cases.view_tabs.consent_tab import ConsentTab
from intake_app.ui.cases.view_tabs.incidents_tab import IncidentsTab
from intake_app.ui.cases.view_tabs.referrals_tab import ReferralsTab
from intake_app.ui.cases.view_tabs.review_line import review_text
from intake_app.ui.cases.view_tabs.risk_tab import RiskTab
from intake_app.ui.cases.view_tabs.safety_plan_tab import SafetyPlanTab
from intake_app.ui.common import theme
from intake_app.ui.common.lazy import Lazy
from intake_app.ui.common.save_on_hide import SaveOnHide
from intake_app.ui.questions import field_text

TAB_OVERVIEW, TAB_INTAKE, TAB_NOTES, TAB_HISTORY = range(4)


class CaseView(QWidget):
    """``case_changed(reference)`` after every save, so lists can refresh."""

    case_changed = Signal(str)

    def __init__(self, case_service: CaseService, reference: str,
                 parent: QWidget | None = None, *,
                 incidents: IncidentService | None = None,
                 assessments: AssessmentService | None = None,
                 risk: RiskService | None = None,
                 safety_plan: SafetyPlanService | None = None,
                 consent: ConsentService | None = None,
                 directory: DirectoryService | None = None,
                 referrals: ReferralService | None = None) -> None:
        super().__init__(parent)
        self.service = case_service
        self.reference = reference
        self.assessments = assessments
        self._review_status: CaseStatus | None = None  # the status the review line was for
        self.setObjectName("caseWork")
        self.setAccessibleName(self.tr("Case {reference}").format(reference=reference))
        theme.apply_case_work(self)
        self.edits = CaseEdits(case_service, reference, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header())
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._overview = Lazy(OverviewTab, self.tabs, on_built=self._overview_built)
        self._intake = Lazy(lambda parent: IntakeTab(self.edits, parent), self.tabs)
        self._notes = Lazy(lambda parent: NotesTab(self.edits, parent), self.tabs)
        self._history = Lazy(lambda parent: HistoryTab(case_service, reference, parent),
                             self.tabs)
        self.tabs.addTab(self._overview, self.tr("Overview"))
        self.tabs.addTab(self._intake, self.tr("Intake details"))
        self.tabs.addTab(self._notes, self.tr("Notes"))
        self.tabs.addTab(self._history, self.tr("History"))
        # Incidents: only for a role with the incident service (never an administrator).
        self._incidents: Lazy[IncidentsTab] | None = None
        if incidents is not None:
            self._incidents = Lazy(lambda parent: IncidentsTab(incidents, reference, parent),
                                   self.tabs, on_built=self._incidents_built)
            self.tabs.addTab(self._incidents, self.tr("Incidents"))
        # Risk (when the role has the risk service): after History, so the tab constants hold.
        self._risk: Lazy[RiskTab] | None = None
        if risk is not None:
            self._risk = Lazy(lambda parent: RiskTab(
                risk, reference, lambda: self.edits.record.values, parent), self.tabs,
                on_built=self._risk_built)
            self.tabs.addTab(self._risk, self.tr("Risk"))
        # Consent (when the role has the consent service): after Risk.
        self._consent: Lazy[ConsentTab] | None = None
        if consent is not None:
            self._consent = Lazy(lambda parent: ConsentTab(consent, directory, reference, parent),
                                 self.tabs, on_built=self._consent_built)
            self.tabs.addTab(self._consent, self.tr("Consent"))
        # Referrals (when the role has the referral service): after Consent.
        self._referrals: Lazy[ReferralsTab] | None = None
        if referrals is not None:
            self._referrals = Lazy(lambda parent: ReferralsTab(
                referrals, directory, assessments, reference,
                lambda: self.edits.record.values, parent), self.tabs,
                on_built=self._referrals_built)
            self.tabs.addTab(self._referrals, self.tr("Referrals"))
        # Safety plan (when the role has the service): read only while the case is closed.
        self._safety_plan: Lazy[SafetyPlanTab] | None = None
        if safety_plan is not None:
            self._safety_plan = Lazy(lambda parent: SafetyPlanTab(
                safety_plan, reference, lambda: self.edits.record.status, parent), self.tabs)
            self.tabs.addTab(self._safety_plan, self.tr("Safety plan"))
        layout.addWidget(self.tabs, 1)
        self.edits.record_changed.connect(self._record_changed)
        self.edits.saved.connect(self._saved)
        self.tabs.currentChanged.connect(self._tab_changed)
        # Quick exit and locking hide the window before the vault closes: save first.
        self.save_on_hide = SaveOnHide(self, self.edits.saver)
        self._record_changed()
        if self.edits.resume_draft():
            # Said on the bar of each editable tab, now or when the tab is built.
            self.edits.note = self.tr(
                "Unsaved changes from earlier are shown. Save them, or undo them to go back to "
                "the saved case.")
            for slot in (self._intake, self._notes):
                if (tab := slot.built_content) is not None:
                    tab.bar.status.setText(self.edits.note)

    # --- the tabs, built when first shown or asked for -------------------------------------

    @property
    def overview(self) -> OverviewTab:
        return self._overview.content

    @property
    def intake(self) -> IntakeTab:
        return self._intake.content

    @property
    def notes(self) -> NotesTab:
        return self._notes.content

    @property
    def history(self) -> HistoryTab:
        return self._history.content

    @property
    def risk(self) -> RiskTab:
        if self._risk is None:
            raise RuntimeError("this role has no risk assessments")
        return self._risk.content

    @property
    def safety_plan(self) -> SafetyPlanTab | None:
        """The Safety plan tab (built now if it was not yet); None without the service."""
        return self._safety_plan.content if self._safety_plan is not None else None

    @property
    def incidents(self) -> IncidentsTab | None:
        """The Incidents tab (built now if it was not yet); None without the service."""
        return self._incidents.content if self._incidents is not None else None

    @property
    def consent(self) -> ConsentTab | None:
        """The Consent tab (built now if it was not yet); None without the service."""
        return self._consent.content if self._consent is not None else None

    def _consent_built(self, tab: ConsentTab) -> None:
        tab.set_case_status(self.edits.record.status)
        tab.changed.connect(self._consent_changed)

    @property
    def referrals(self) -> ReferralsTab | None:
        """The Referrals tab (built now if it was not yet); None without the service."""
        return self._referrals.content if self._referrals is not None else None

    def _referrals_built(self, tab: ReferralsTab) -> None:
        tab.set_case_status(self.edits.record.status)

    def _consent_changed(self) -> None:
        """A consent decision changes what an open referral draft's gate and preview say."""
        if self._referrals is not None and (tab := self._referrals.built_content) is not None \
                and not tab.page.isHidden() and not tab.page.read_only:
            tab.page.refresh_preview()

    def _incidents_built(self, tab: IncidentsTab) -> None:
        tab.set_case_status(self.edits.record.status)
        tab.changed.connect(self.refresh_review)

    def refresh_review(self) -> None:
        """The overview's risk review line, as the assessment service sees it now."""
        overview = self._overview.built_content
        if overview is None or self.assessments is None:
            return
        try:
            review = self.assessments.review_due(self.reference)
        except IntakeError:
            overview.show_review("", due=False)
            return
        overview.show_review(review_text(review), due=review.due)

    def _overview_built(self, overview: OverviewTab) -> None:
        overview.show_record(self.edits.record)
        self.refresh_review()
        overview.status_requested.connect(
            lambda status: self.edits.set_status(CaseStatus(status)))

    def _header(self) -> QFrame:
        header = QFrame(self)
        header.setObjectName("caseHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(theme.PAGE_MARGIN, 16, theme.PAGE_MARGIN, 12)
        row.setSpacing(14)
        self.name_label = QLabel(header)
        self.name_label.setObjectName("pageTitle")
        row.addWidget(self.name_label)
        self.reference_label = QLabel(self.reference, header)
        self.reference_label.setObjectName("pageIntro")
        row.addWidget(self.reference_label)
        row.addStretch(1)
        self.status_chip = QLabel(header)
        self.status_chip.setObjectName("statusChip")
        row.addWidget(self.status_chip)
        return header

    def _record_changed(self) -> None:
        record = self.edits.record
        name = record.values.get("survivor.names")
        self.name_label.setText(name if isinstance(name, str) and name.strip()
                                else self.tr("No name given"))
        self.status_chip.setText(field_text.status_text(record.status))
        self.status_chip.setProperty("status", record.status.value)
        self.status_chip.style().unpolish(self.status_chip)
        self.status_chip.style().polish(self.status_chip)
        if (overview := self._overview.built_content) is not None:
            overview.show_record(record)
        if self._incidents is not None and (tab := self._incidents.built_content) is not None:
            tab.set_case_status(record.status)
        if self._consent is not None and (consent := self._consent.built_content) is not None:
            consent.set_case_status(record.status)
        if self._referrals is not None and (
                referrals := self._referrals.built_content) is not None:
            referrals.set_case_status(record.status)
        if self._review_status is not None and record.status != self._review_status:
            self.refresh_review()  # closing or reopening changes whether a review is due
        self._review_status = record.status

    def _saved(self, reference: str) -> None:
        if (history := self._history.built_content) is not None and history.loaded:
            history.reload()
        self.case_changed.emit(reference)

    def _risk_built(self, tab: RiskTab) -> None:
        tab.assessment_completed.connect(self._assessed)

    def _assessed(self, reference: str) -> None:
        self.edits.reload()  # the case's risk level follows its latest assessment
        self.case_changed.emit(reference)

    def _tab_changed(self, index: int) -> None:
        self.edits.flush()
        if index == TAB_HISTORY and not self.history.loaded:
            self.history.reload()

    def save_now(self) -> bool:
        """Keep unsaved changes in the draft at once (before a lock or a quick exit)."""
        risk = self._risk.built_content if self._risk is not None else None
        return self.edits.flush() and (risk is None or risk.save_now())
