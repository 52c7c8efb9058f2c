"""Pages of the intake wizard: one generated page per case section, and the finish page."""

from intake_app.ui.cases.intake_pages.finish_page import FinishPage
from intake_app.ui.cases.intake_pages.section_page import SectionPage

__all__ = ["FinishPage", "SectionPage"]
