"""Validation problems in the worker's language, keyed on the problem's stable code.

The domain words its problems in English for logs and tests; the screens show these
translations instead, placed beside the field (and beside the item of a list) they concern,
so item numbers are not repeated in the text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.domain.case_model import DOB_KEY
from intake_app.domain.case_validation import Problem

translate = QCoreApplication.translate


def problem_text(problem: Problem) -> str:
    code = problem.code
    if code == "required":
        if problem.subkey is not None:
            return translate(
                "CaseProblems",
                "This is needed for each item. You can remove the item if it was added by mistake.")
        return translate(
            "CaseProblems",
            "This answer is needed to finish the intake. If she chose not to answer, press "
            "\u201cDeclined to answer\u201d.")
    if code == "bad_date":
        return translate(
            "CaseProblems",
            "This is not a date that can be read. Type it as day/month/year, for example "
            "04/11/1990. What you typed is kept.")
    if code == "future_date":
        if problem.key == DOB_KEY or problem.subkey == "date_of_birth":
            return translate(
                "CaseProblems",
                "A date of birth cannot be in the future. Please check the year. What you typed is "
                "kept.")
        return translate("CaseProblems", "This date is in the future. Please check it.")
    if code == "implausible_date":
        return translate(
            "CaseProblems",
            "This date of birth is more than 120 years ago. Please check the year.")
    if code == "under_16":
        return translate(
            "CaseProblems",
            "She is under 16: follow the child safeguarding procedure.")
    if code == "unknown_choice":
        return translate("CaseProblems", "This is not one of the listed answers.")
    if code == "bad_characters":
        return translate(
            "CaseProblems",
            "This answer holds an invisible control character or broken text (often from pasting) "
            "that cannot be saved. Delete that part and type it again.")
    if code == "bad_phone":
        return translate(
            "CaseProblems",
            "This does not look like a phone number: use 7 to 15 digits, with spaces, brackets, "
            "dashes and a leading + if needed.")
    if code == "phone_safety_unknown":
        return translate(
            "CaseProblems",
            "It is not recorded yet whether calls, texts or voicemail are safe on this number.")
    if code == "bad_age":
        return translate(
            "CaseProblems",
            "The age should be a whole number of years (0 for a baby).")
    if code == "expiry_before_dob":
        return translate(
            "CaseProblems",
            "The expiry date is before her date of birth. Please check it.")
    if code == "expired":
        return translate(
            "CaseProblems",
            "This leave has already expired: she may need urgent advice from a regulated "
            "immigration adviser.")
    if code == "no_consent_to_record":
        return translate(
            "CaseProblems",
            "She has not agreed to a record being kept: note the legal basis in the consent notes.")
    return problem.message
