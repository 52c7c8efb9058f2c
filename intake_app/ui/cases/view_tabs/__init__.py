"""The tabs of the case view and the edit controller they share."""

from intake_app.ui.cases.view_tabs.case_edits import CaseEdits
from intake_app.ui.cases.view_tabs.history_tab import HistoryTab
from intake_app.ui.cases.view_tabs.intake_tab import IntakeTab
from intake_app.ui.cases.view_tabs.notes_tab import NotesTab
from intake_app.ui.cases.view_tabs.overview_tab import OverviewTab

__all__ = ["CaseEdits", "HistoryTab", "IntakeTab", "NotesTab", "OverviewTab"]
