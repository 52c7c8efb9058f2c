"""What the PDF tests share: a view made from a case through the real redaction step, an
export header, and ways to read a PDF back (two text extractors, every decoded stream, the
metadata, pages rendered to PNG with poppler's pdftoppm)."""

from __future__ import annotations

import io
import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pikepdf
from pdfminer.high_level import extract_text
from PIL import Image
from pypdf import PdfReader

from intake_app.domain.answers import Answer
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import SHAREABLE_CLASSES
from intake_app.domain.redaction import RedactedView, RedactionInput, redact
from intake_app.export.header import ExportHeader, RiskSummary
from tests.helpers.redaction import TODAY, recipient

AUDIT_HEAD = "9f" * 32
HEADER = ExportHeader(export_id="EXP-0042", day=TODAY,
                      risk=RiskSummary("High", 15, "ric-24", "2"),
                      consent_basis="Her consent, given 15/05/2026, for this recipient",
                      referring_service="Northtown Women's Aid", approver_role="Supervisor",
                      audit_head=AUDIT_HEAD)

#: Where the tests leave their rendered pages for a person to look at (unset: nowhere).
SHOTS = os.environ.get("INTAKE_PDF_SHOTS")


def view_of(answers: Mapping[str, Answer], to: str = "kind:marac", *,
            classes: frozenset[Sensitivity] | None = None, do_not_tell: tuple[str, ...] = (),
            reason: str = "") -> RedactedView:
    """The view ``to`` gets of a case holding ``answers``, shared on the legal basis."""
    chosen = frozenset(SHAREABLE_CLASSES) if classes is None else classes
    return redact(RedactionInput(answers, recipient(to), chosen, (), True, TODAY,
                                 do_not_tell, reason=reason))


def pypdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def pdfminer_text(data: bytes) -> str:
    return str(extract_text(io.BytesIO(data)))


def decoded_streams(data: bytes) -> list[bytes]:
    """Every stream in the file, decoded by pikepdf (qpdf) as far as it can."""
    out = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    out.append(obj.read_bytes())
                except pikepdf.PdfError:
                    out.append(obj.read_raw_bytes())
    return out


def metadata(data: bytes) -> dict[str, str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return {str(k): str(v) for k, v in pdf.docinfo.items()}


def render_pages(data: bytes, folder: Path, name: str, dpi: int = 60) -> list[Path]:
    """The pages as PNG files (``pdftoppm``), in order; copied to SHOTS when it is set."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(data)
    done = subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / name)],
                          check=True, capture_output=True, text=True, timeout=60)
    assert done.stderr == "", done.stderr  # poppler names any font or syntax it cannot use
    pages = sorted(folder.glob(f"{name}-*.png"))
    if SHOTS:
        target = Path(SHOTS)
        target.mkdir(parents=True, exist_ok=True)
        for page in pages:
            (target / page.name).write_bytes(page.read_bytes())
    return pages


def ink(png: Path, box: tuple[float, float, float, float] = (0, 0, 1, 1)) -> float:
    """The share of pixels darker than light grey inside ``box`` (fractions of the page:
    left, top, right, bottom)."""
    with Image.open(png) as image:
        grey = image.convert("L")
        w, h = grey.size
        region = grey.crop((int(box[0] * w), int(box[1] * h), int(box[2] * w), int(box[3] * h)))
        counts = region.histogram()
    return sum(counts[:160]) / max(sum(counts), 1)
