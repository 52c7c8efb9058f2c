"""The file around the drawing: neutral metadata, a random ID, nothing else, optional AES-256.

reportlab writes the local time with its offset into the Info dates (and gets half-hour zones
wrong), derives the trailer ID from the exact creation time, names itself as producer and
leaves its own comments. So the drawn document is re-saved through pikepdf (qpdf), which
writes a fresh file from the object graph (no earlier revision, one ``%%EOF``, no ``/Prev``):

* the catalogue keeps only ``/Type`` and ``/Pages``: no XMP ``/Metadata``, ``/Outlines``,
  ``/OpenAction``, ``/AcroForm``, ``/Names`` (attachments, JavaScript) or page mode;
* pages lose any ``/Annots``;
* Info is written from scratch: the neutral title, empty author, subject, keywords, creator
  and producer, and the export's day as a day-only UTC date (``D:YYYYMMDD000000Z``);
* the trailer ID is 16 random bytes (both halves);
* with a password, qpdf encrypts with AES-256, revision 6. The owner password is a second
  random secret nobody is told (the recipient needs only the passphrase she is given).

Invariant output (the golden-file test) takes the ID from the content instead; it is refused
together with a password, because a predictable file means a predictable key stream.
"""

from __future__ import annotations

import io
import secrets
from datetime import date

import pikepdf

#: The catalogue and page keys a referral may carry; everything else is dropped.
CATALOG_KEYS = frozenset({"/Type", "/Pages"})
PAGE_DROP = ("/Annots", "/AA", "/Metadata", "/PieceInfo", "/Thumb", "/B")


def pdf_day(day: date) -> str:
    """A PDF date for a day, in UTC, with no time of day in it."""
    return f"D:{day.year:04d}{day.month:02d}{day.day:02d}000000Z"


def finish(drawn: bytes, *, title: str, day: date, password: str | None = None,
           invariant: bool = False) -> bytes:
    """The file to hand out, from reportlab's bytes."""
    if invariant and password is not None:
        raise ValueError("invariant output is for tests and is never encrypted")
    with pikepdf.open(io.BytesIO(drawn)) as pdf:
        root = pdf.Root
        for key in list(root.keys()):
            if key not in CATALOG_KEYS:
                del root[key]
        for page in pdf.pages:
            for key in PAGE_DROP:
                if key in page.obj:
                    del page.obj[key]
        stamp = pdf_day(day)
        pdf.trailer.Info = pdf.make_indirect(pikepdf.Dictionary({
            "/Title": pikepdf.String(title),
            "/Author": pikepdf.String(""),
            "/Subject": pikepdf.String(""),
            "/Keywords": pikepdf.String(""),
            "/Creator": pikepdf.String(""),
            "/Producer": pikepdf.String(""),
            "/CreationDate": pikepdf.String(stamp),
            "/ModDate": pikepdf.String(stamp),
        }))
        encryption: pikepdf.Encryption | bool = False
        if password is not None:
            if not password:
                raise ValueError("an empty password protects nothing")
            encryption = pikepdf.Encryption(owner=secrets.token_urlsafe(32), user=password,
                                            R=6, aes=True, metadata=True)
        if not invariant:
            # qpdf keeps the first half of an existing ID; give it random bytes to keep.
            first = secrets.token_bytes(16)
            pdf.trailer.ID = pikepdf.Array([pikepdf.String(first), pikepdf.String(first)])
        out = io.BytesIO()
        pdf.save(out, encryption=encryption, deterministic_id=invariant,
                 fix_metadata_version=False,
                 object_stream_mode=pikepdf.ObjectStreamMode.disable)
    data = out.getvalue()
    return data if invariant else _random_second_half(data)


def _random_second_half(data: bytes) -> bytes:
    """qpdf writes the second half of the ID from the time and the file name; make it random
    too, in place (same length, so no offset in the file moves). The trailer is never
    encrypted, and revision 6 does not derive its key from the ID."""
    start = data.rfind(b"/ID [<")
    if start < 0:
        raise ValueError("the saved PDF has no trailer ID")
    second_start = data.index(b"><", start) + 2
    second_end = data.index(b">", second_start)
    fresh = secrets.token_hex((second_end - second_start) // 2).encode()
    return data[:second_start] + fresh + data[second_end:]
