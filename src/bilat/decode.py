"""Bytes to text: detect the encoding instead of assuming, refuse binary input."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from bilat.errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings news archives actually come in; charset-normalizer chooses among them.
CANDIDATES = ["cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp1252", "latin_1", "cp866"]
MAX_CHAOS = 0.15          # charset-normalizer's mess ratio above which a decoding is garbage
MIN_LETTER_SHARE = 0.7    # of the non-space characters
MAX_WORD_LENGTH = 40      # average characters between spaces: text has words
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff", b"\x7fELF",
                b"BZh", b"7z\xbc\xaf", b"Rar!", b"SQLite format 3", b"\xd0\xcf\x11\xe0")


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with; InputError if it is not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError:
                raise InputError(source, f"undecodable bytes after a {encoding} byte-order mark") from None
    if looks_binary(data):
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=CANDIDATES).best()
    if best is None or best.chaos > MAX_CHAOS or not _mostly_letters(str(best)) or _too_many_controls(str(best)):
        raise InputError(source, "undecodable bytes: not UTF-8, UTF-16, cp1251, koi8-r or another known encoding")
    return str(best), best.encoding


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith(BINARY_MAGIC) or b"\x00" in head:
        return True
    return _too_many_controls(head.decode("latin-1"))


def _mostly_letters(text: str) -> bool:
    """Real text is mostly letters, in words separated by spaces."""
    sample = text[:4096]
    visible = [ch for ch in sample if not ch.isspace()]
    words = len(sample.split())
    return (bool(visible) and sum(ch.isalpha() for ch in visible) >= MIN_LETTER_SHARE * len(visible)
            and len(visible) / max(1, words) <= MAX_WORD_LENGTH)


def _too_many_controls(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > max(2, len(sample) // 100)
