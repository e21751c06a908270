"""White space and Unicode normalisation that never changes a word."""
from __future__ import annotations

import re
import unicodedata

SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\t\v\f"), " ")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
MULTI_SPACE = re.compile(r" {2,}")
MANY_BLANK_LINES = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """NFC, one kind of space, no soft hyphens or zero-width marks, ``\\n`` line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = unicodedata.normalize("NFC", text.translate(INVISIBLE)).translate(SPACE_LIKE)
    lines = (MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
