"""The shape of a redacted view: what one referral gives one recipient, as plain values.

A view is drawn three ways (the PDF, the GUI's live preview, ``referral show [--json]``), so it
is data, not layout: sections in the case model's order, each holding rows (one answer) and
lists (a record per phone, child or abuser, each a tuple of rows). A row carries the field
path it came from, its label as a :class:`Label` (a context and an English source, which the
drawing side translates with its own Qt-free ``translate``) and its value already as text.
Values are turned into text when the view is built, with the translate function the builder
is given (``domain/answer_text.py``), so a renderer never sees an answer, a date or a choice
key, only words.

Nothing in a view says that something was left out field by field: :attr:`RedactedView.not_shared`
is one fixed statement naming every class the recipient does not get (see ``build.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.i18n import Translate, identity


@dataclass(frozen=True)
class Label:
    """A heading or a field's label: ``translate(context, source)`` gives the shown text."""

    context: str
    source: str

    def shown(self, tr: Translate = identity) -> str:
        return tr(self.context, self.source)

    def as_mapping(self, tr: Translate = identity) -> dict[str, str]:
        return {"context": self.context, "source": self.source, "text": self.shown(tr)}


@dataclass(frozen=True)
class Row:
    """One answer as the recipient reads it."""

    #: The field key or sub-field path the text came from (``"household.children.school"``).
    path: str
    label: Label
    text: str

    def as_mapping(self, tr: Translate = identity) -> dict[str, object]:
        return {"path": self.path, "label": self.label.as_mapping(tr), "text": self.text}


@dataclass(frozen=True)
class ListRows:
    """A list field (phones, children, abusers): the records that go, each as its rows."""

    path: str
    label: Label
    records: tuple[tuple[Row, ...], ...]

    def as_mapping(self, tr: Translate = identity) -> dict[str, object]:
        return {"path": self.path, "label": self.label.as_mapping(tr),
                "records": [[row.as_mapping(tr) for row in record] for record in self.records]}


#: What a section holds, in the case model's order.
Item: TypeAlias = Row | ListRows


@dataclass(frozen=True)
class ViewSection:
    #: The case model's section (``"identity"``), or ``"this_referral"`` for the referral's own
    #: words.
    id: str
    title: Label
    items: tuple[Item, ...]

    def as_mapping(self, tr: Translate = identity) -> dict[str, object]:
        return {"id": self.id, "title": self.title.as_mapping(tr),
                "items": [item.as_mapping(tr) for item in self.items]}


@dataclass(frozen=True)
class Statement:
    """A fixed sentence about whole classes, and the classes it names (in the order consent
    lists them, ``domain.consent.SHAREABLE_CLASSES``). ``text`` is empty when it names none and
    has nothing to say."""

    classes: tuple[Sensitivity, ...]
    text: str

    def as_mapping(self) -> dict[str, object]:
        return {"classes": [c.value for c in self.classes], "text": self.text}


@dataclass(frozen=True)
class DoNotTell:
    """The people who must not be told of the referral: by name (``named``) only when the
    abuser class is shared, otherwise one line that names nobody."""

    label: Label
    named: bool
    lines: tuple[str, ...]

    def as_mapping(self, tr: Translate = identity) -> dict[str, object]:
        return {"label": self.label.as_mapping(tr), "named": self.named,
                "lines": list(self.lines)}


@dataclass(frozen=True)
class RedactedView:
    """Everything one recipient receives, and nothing else."""

    #: The recipient's reference (``kind:police``, ``agency:northtown-refuge``) and shown name.
    recipient: str
    recipient_name: str
    prepared_on: date
    sections: tuple[ViewSection, ...]
    #: None when the abuser class is shared and the referral names nobody.
    do_not_tell: DoNotTell | None
    #: Every class the recipient does not get, whatever the case holds.
    not_shared: Statement
    #: The classes shared on the referral's recorded legal basis rather than her consent.
    without_consent: Statement

    def rows(self) -> Iterator[Row]:
        """Every row, list records' rows included, in order."""
        for section in self.sections:
            for item in section.items:
                if isinstance(item, Row):
                    yield item
                else:
                    for record in item.records:
                        yield from record

    def paths(self) -> frozenset[str]:
        """Every field or sub-field path that gave the view a row."""
        return frozenset(row.path for row in self.rows())

    def section(self, section_id: str) -> ViewSection | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def as_mapping(self, tr: Translate = identity) -> dict[str, object]:
        """The JSON-ready form (``referral show --json``): labels with their context, source
        and shown text (through ``tr``), values as the text built into the view."""
        return {
            "recipient": self.recipient,
            "recipient_name": self.recipient_name,
            "prepared_on": self.prepared_on.isoformat(),
            "sections": [s.as_mapping(tr) for s in self.sections],
            "do_not_tell": self.do_not_tell.as_mapping(tr) if self.do_not_tell else None,
            "not_shared": self.not_shared.as_mapping(),
            "without_consent": self.without_consent.as_mapping(),
        }
