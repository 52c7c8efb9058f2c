"""What each intake page says before its questions: a short, calm explanation of why we ask."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.domain.case_model import Section

translate = QCoreApplication.translate


def intro(section: Section) -> str:
    texts = {
        Section.REFERRAL: translate(
            "IntakePages",
            "Who referred her to us, and why. If she came to us herself, choose "
            "\u201cHerself\u201d."),
        Section.IDENTITY: translate(
            "IntakePages",
            "Her names as she gives them, and how she would like to be addressed. If she needs an "
            "interpreter, it must be someone independent of her family and community."),
        Section.CONTACT: translate(
            "IntakePages",
            "How we can reach her without putting her at risk. Check these details again at every "
            "contact: what was safe last week may not be safe today."),
        Section.ADDRESS: translate(
            "IntakePages",
            "Where she is staying now, and whether the abuser knows where that is."),
        Section.IMMIGRATION: translate(
            "IntakePages",
            "Her immigration situation helps us find support she can use. Ask only what is needed "
            "today."),
        Section.HOUSEHOLD: translate(
            "IntakePages",
            "Her children, and anyone else she lives with. Include children who live somewhere "
            "else."),
        Section.ABUSER: translate(
            "IntakePages",
            "The person or people harming her. Record what she knows; \u201cNot sure\u201d is a "
            "useful answer."),
        Section.ABUSE: translate(
            "IntakePages",
            "The forms of abuse she describes. She does not have to go into detail today."),
        Section.HEALTH: translate(
            "IntakePages",
            "Her health, any disability, and anything that helps us communicate with her and "
            "support her well."),
        Section.NEEDS: translate(
            "IntakePages",
            "What support she wants, from us and from others, and anything urgent today."),
        Section.CONSENT: translate(
            "IntakePages",
            "What she has agreed to. Explain what we record, who can see it, and that she can "
            "change her mind."),
        Section.NOTES: translate(
            "IntakePages",
            "Anything else to remember from this conversation."),
    }
    return texts[section]


def sensitive_title() -> str:
    return translate("IntakePages", "The most sensitive part of her record")


def sensitive_text() -> str:
    return translate(
        "IntakePages",
        "Immigration information is withheld from referrals by default. It is only shared "
        "with an organisation if she agrees to share it with that organisation, and the "
        "agreement is recorded. She can decline any of these questions: \u201cDeclined to "
        "answer\u201d is a complete answer.")
