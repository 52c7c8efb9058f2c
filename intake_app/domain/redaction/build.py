"""Building the redacted view: an allow-list walk over the case model's declarations.

The view is built by copying what may go into new values, never by deleting from a copy of
the case: the walk goes over ``case_model.FIELDS`` and each list's declared sub-fields, and
reads a stored answer only for a declaration it has already allowed. A stored key the model no
longer declares (a retired field, a retired sub-field inside a record) is never read, so it
can never leave.

Per field (``rules.py`` decides the classes):

* a field goes when its class is shared; a list field's sub-field goes when the list's class
  **and** the sub-field's own class are both shared (a child's school is about a child and
  about where she can be found; either withheld keeps it back);
* the recipient's generalisations then apply (``generalise.py``): an age for a date of birth,
  the postcode district for the address, a phone number only where it is safe to call;
* a choice declared with a class of its own (``case_model.Choice.sensitivity``: "Threats
  about immigration status") is left out of its answer when that class is not shared; an
  answer with no choice left gives no row, so nothing marks where it was;
* an answer never given ("not asked yet", empty text, an empty list) gives no row; "declined
  to answer" is a real answer and is shown; a list record with no row left is left out.

What is not shared is never marked where it would have been: the view carries one fixed
statement naming every class the recipient does not get, built from the classes alone, so
it reads the same for an empty case and a full one. The people who must not be told are
named only when the abuser class is shared; otherwise one line stands for them, whether or
not the referral names anyone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime

from intake_app.domain import answer_text
from intake_app.domain.agencies import context_of
from intake_app.domain.answers import DECLINED, NOT_ASKED, Answer, Tri, is_blank
from intake_app.domain.case_model import (
    Field,
    Section,
    Sensitivity,
    SubField,
    fields_in,
    sensitivity_of,
)
from intake_app.domain.consent import CLASS_LABELS, SHAREABLE_CLASSES
from intake_app.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity, same_fields
from intake_app.domain.redaction.generalise import (
    POSTCODE_KEY,
    SAFE_TO_CALL,
    FieldRules,
    age_on,
    postcode_district,
    rules_for,
)
from intake_app.domain.redaction.rules import RedactionInput, Sharing, sharing_of
from intake_app.domain.redaction.view import (
    DoNotTell,
    Item,
    Label,
    ListRows,
    RedactedView,
    Row,
    Statement,
    ViewSection,
)

# The translation context of the redaction step's own words, and the one consent's class
# names are declared under (``domain.consent.CLASS_LABELS``).
CONTEXT = "Redaction"
CLASS_CONTEXT = "Consent"

AGE_LABEL = Label(CONTEXT, QT_TRANSLATE_NOOP("Redaction", "Age in years"))
DISTRICT_LABEL = Label(CONTEXT, QT_TRANSLATE_NOOP("Redaction", "Postcode district"))
DO_NOT_TELL_LABEL = Label(CONTEXT, QT_TRANSLATE_NOOP(
    "Redaction", "People who must not be told of this referral"))
THIS_REFERRAL = "this_referral"
THIS_REFERRAL_TITLE = Label(CONTEXT, QT_TRANSLATE_NOOP("Redaction", "This referral"))
PURPOSE_LABEL = Label(CONTEXT, QT_TRANSLATE_NOOP("Redaction", "Purpose"))
REASON_LABEL = Label(CONTEXT, QT_TRANSLATE_NOOP("Redaction", "Reason for this referral"))



def redact(data: RedactionInput, tr: Translate = identity, *,
           language: str = "") -> RedactedView:
    """The view ``data.recipient`` receives. ``tr`` turns values and statements into text
    (labels stay :class:`Label` for the renderer); ``language`` picks a kind's own name in
    the file's translation. GeneralisationInvalid when the recipient's generalisations
    cannot be applied."""
    sharing = sharing_of(data)
    rules = rules_for(data.recipient.generalises)
    sections: list[ViewSection] = []
    own = _own_words(data)
    if own:
        sections.append(ViewSection(THIS_REFERRAL, THIS_REFERRAL_TITLE, own))
    for section in Section:
        items = tuple(item for decl in fields_in(section) if decl.sensitivity in sharing.shared
                      for item in _items(decl, data, sharing, rules, tr))
        if items:
            sections.append(ViewSection(section.value, Label(
                answer_text.CONTEXT, answer_text.section_title(section)), items))
    return RedactedView(
        recipient=data.recipient.ref, recipient_name=_recipient_name(data, tr, language),
        prepared_on=data.today, sections=tuple(sections),
        do_not_tell=_do_not_tell(data, sharing, tr), not_shared=not_shared_statement(
            sharing, tr), without_consent=without_consent_statement(sharing, tr))


def not_shared_statement(sharing: Sharing, tr: Translate = identity) -> Statement:
    """The one fixed statement of every class not shared (its words read nothing else)."""
    classes = sharing.not_shared
    if not classes:
        return Statement((), tr(CONTEXT, QT_TRANSLATE_NOOP(
            "Redaction", "This referral may include every kind of information we hold.")))
    return Statement(classes, _format(QT_TRANSLATE_NOOP(
        "Redaction", "This referral does not include the following, whether or not we hold "
        "any: {classes}."), tr, classes=_names(classes, tr)))


def without_consent_statement(sharing: Sharing, tr: Translate = identity) -> Statement:
    """The classes shared on the recorded legal basis alone (no text when there are none)."""
    classes = tuple(c for c in SHAREABLE_CLASSES if c in sharing.without_consent)
    if not classes:
        return Statement((), "")
    return Statement(classes, _format(QT_TRANSLATE_NOOP(
        "Redaction", "Shared without her consent, on a recorded legal basis: {classes}."),
        tr, classes=_names(classes, tr)))


def _format(source: str, tr: Translate, **values: str) -> str:
    """``source`` translated and filled in; a translation asking for other placeholders than
    its source is not used (it would fail or drop the list of classes), the English is."""
    shown = tr(CONTEXT, source)
    return (shown if same_fields(source, shown) else source).format(**values)


def _names(classes: tuple[Sensitivity, ...], tr: Translate) -> str:
    """The classes in consent's words (``CLASS_LABELS``, marked where they are declared)."""
    #: Put between the names of kinds of information in a list ("Immigration; The children").
    between = tr(CONTEXT, QT_TRANSLATE_NOOP("Redaction", "; "))
    return between.join(tr(CLASS_CONTEXT, CLASS_LABELS[c]) for c in classes)


def _recipient_name(data: RedactionInput, tr: Translate, language: str) -> str:
    recipient = data.recipient
    if recipient.agency is not None:
        return recipient.agency.name  # a proper name, shown as typed
    return recipient.kind.name.shown(context_of(recipient.kind), tr, language)


def _own_words(data: RedactionInput) -> tuple[Item, ...]:
    rows = [Row(f"{THIS_REFERRAL}.purpose", PURPOSE_LABEL, data.purpose.strip()),
            Row(f"{THIS_REFERRAL}.reason", REASON_LABEL, data.reason.strip())]
    return tuple(row for row in rows if row.text)


def _do_not_tell(data: RedactionInput, sharing: Sharing, tr: Translate) -> DoNotTell | None:
    if Sensitivity.ABUSER not in sharing.shared:
        return DoNotTell(DO_NOT_TELL_LABEL, False, (tr(CONTEXT, QT_TRANSLATE_NOOP(
            "Redaction", "The person or people who harmed her (details not shared)")),))
    names = tuple(name.strip() for name in data.do_not_tell if name.strip())
    return DoNotTell(DO_NOT_TELL_LABEL, True, names) if names else None


# --- fields ----------------------------------------------------------------------------------

def _items(decl: Field, data: RedactionInput, sharing: Sharing, rules: FieldRules,
           tr: Translate) -> Iterator[Item]:
    """The row or list one allowed field gives (nothing when it holds no answer)."""
    if decl.key in rules.district:
        if decl.key == rules.district[0]:
            district = _district_row(data.answers, sharing, tr)
            if district is not None:
                yield district
        return
    answer = data.answers.get(decl.key, NOT_ASKED)
    if not decl.kind.is_list:
        row = _row(decl.key, decl, _allowed_choices(decl, answer, sharing), rules,
                   data.today, tr)
        if row is not None:
            yield row
        return
    label = Label(answer_text.CONTEXT, answer_text.label(decl))
    if answer is DECLINED:
        yield Row(decl.key, label, answer_text.declined_text(tr))
        return
    if not isinstance(answer, tuple):
        return
    records = [r for r in answer if isinstance(r, Mapping)]
    if decl.key in rules.safe_phones:
        records = [r for r in records if r.get(SAFE_TO_CALL) is Tri.YES]
    kept = []
    for record in records:
        rows = []
        for sub in decl.subfields:
            if sub.sensitivity not in sharing.shared:
                continue
            path = f"{decl.key}.{sub.key}"
            row = _row(path, sub, _allowed_choices(sub, record.get(sub.key, NOT_ASKED),
                                                   sharing), rules, data.today, tr)
            if row is not None:
                rows.append(row)
        if rows:
            kept.append(tuple(rows))
    if kept:
        yield ListRows(decl.key, label, tuple(kept))


def _allowed_choices(decl: Field | SubField, answer: object, sharing: Sharing) -> object:
    """``answer`` without the choices whose own class is not shared (NOT_ASKED when none is
    left); any other answer as it is."""
    withheld = {c.key for c in decl.choices
                if c.sensitivity is not None and c.sensitivity not in sharing.shared}
    if not withheld:
        return answer
    if isinstance(answer, str):
        return NOT_ASKED if answer in withheld else answer
    if isinstance(answer, tuple):
        kept = tuple(x for x in answer if x not in withheld)
        return kept if kept else NOT_ASKED
    return answer


def _row(path: str, decl: Field | SubField, answer: object, rules: FieldRules, today: date,
         tr: Translate) -> Row | None:
    if answer is None or is_blank(answer):
        return None
    if answer is DECLINED:
        shown = AGE_LABEL if path in rules.ages else Label(answer_text.CONTEXT,
                                                           answer_text.label(decl))
        return Row(path, shown, answer_text.declined_text(tr))
    if path in rules.ages:
        if isinstance(answer, datetime):
            answer = answer.date()
        age = age_on(answer, today) if isinstance(answer, date) else None
        return Row(path, AGE_LABEL, str(age)) if age is not None else None
    return Row(path, Label(answer_text.CONTEXT, answer_text.label(decl)),
               answer_text.scalar_text(decl, answer, tr))


def _district_row(answers: Mapping[str, Answer], sharing: Sharing,
                  tr: Translate) -> Row | None:
    if sensitivity_of(POSTCODE_KEY) not in sharing.shared:
        return None
    answer = answers.get(POSTCODE_KEY, NOT_ASKED)
    if answer is DECLINED:
        return Row(POSTCODE_KEY, DISTRICT_LABEL, answer_text.declined_text(tr))
    district = postcode_district(answer) if isinstance(answer, str) else None
    return Row(POSTCODE_KEY, DISTRICT_LABEL, district) if district else None
