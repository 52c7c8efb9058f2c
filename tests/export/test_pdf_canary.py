"""The canary on real files: the canary case (a unique ASCII marker in every field and
sub-field, a distinctive date in every date field; tests/helpers/redaction.py) redacted for
every shipped kind of recipient and a named agency of each, under random referral classes,
random consent records and with or without a legal basis, then rendered.

For every file: no marker or date of a field the view does not hold appears in the text of
either extractor (pypdf, pdfminer.six), in the raw bytes, in any stream pikepdf decodes, or
in the metadata; every marker and date the view holds appears in both extractors' text.
Which fields the view must hold is the domain canary's business (tests/domain/
test_redaction_canary.py); this one proves the file carries exactly the view.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import SHAREABLE_CLASSES, Decision
from intake_app.domain.redaction import RedactedView, RedactionInput, redact
from intake_app.export.render import render_referral
from tests.helpers.pdf import HEADER, decoded_streams, metadata, pdfminer_text, pypdf_text
from tests.helpers.redaction import (
    KINDS,
    PLANTED,
    RETIRED_KEY,
    RETIRED_SUB,
    TODAY,
    agency_id,
    canary_case,
    marker,
    recipient,
    record,
)

NAMES = (marker("do_not_tell", 0), marker("do_not_tell", 1))
REFS = tuple(ref for k in KINDS for ref in (f"kind:{k.id}", f"agency:{agency_id(k.id)}"))


def _everything() -> set[str]:
    """Every distinctive value in the case, as the view would show it when it goes."""
    values = {p.text for p in PLANTED if p.text and p.path != "address.postcode"}
    values |= {marker(RETIRED_KEY), *NAMES}
    values |= {marker(f"{p.field.key}.{RETIRED_SUB}", p.record) for p in PLANTED
               if p.record is not None}
    return values


EVERYTHING = frozenset(_everything())


def _held(view: RedactedView) -> set[str]:
    texts = [row.text for row in view.rows()]
    if view.do_not_tell is not None:
        texts += view.do_not_tell.lines
    return {value for value in EVERYTHING if any(value in text for text in texts)}


@settings(max_examples=14, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ref=st.sampled_from(REFS),
       chosen=st.frozensets(st.sampled_from(SHAREABLE_CLASSES)),
       consented=st.frozensets(st.sampled_from(SHAREABLE_CLASSES)),
       decision=st.sampled_from(tuple(Decision)),
       legal=st.booleans())
def test_the_file_holds_exactly_what_the_view_holds(
        ref: str, chosen: frozenset[Sensitivity], consented: frozenset[Sensitivity],
        decision: Decision, legal: bool) -> None:
    to = recipient(ref)
    consent = tuple(record(ref, cls, decision=decision) for cls in consented)
    view = redact(RedactionInput(canary_case(), to, chosen, consent, legal, TODAY, NAMES))
    data = render_referral(view, HEADER)
    held = _held(view)
    withheld = EVERYTHING - held
    texts = (pypdf_text(data), pdfminer_text(data))
    streams = decoded_streams(data)
    info = " ".join(f"{k} {v}" for k, v in metadata(data).items())
    for value in withheld:
        encoded = value.encode("ascii")
        assert all(value not in text for text in texts), value
        assert encoded not in data, value
        assert all(encoded not in stream for stream in streams), value
        assert value not in info, value
    for value in held:
        assert all(value in text.replace("\n", "") for text in texts), value


def test_the_canary_sees_a_withheld_marker_when_one_is_there() -> None:
    """The check itself: a view with everything shared holds every planted value, so a
    renderer that printed a withheld one would be seen."""
    to = recipient("kind:marac")
    view = redact(RedactionInput(canary_case(), to, frozenset(SHAREABLE_CLASSES), (), True,
                                 TODAY, NAMES))
    held = _held(view)
    assert marker(RETIRED_KEY) not in held
    text = pypdf_text(render_referral(view, HEADER))
    assert marker("survivor.names") in held and marker("survivor.names") in text
    assert marker(RETIRED_KEY) not in text
