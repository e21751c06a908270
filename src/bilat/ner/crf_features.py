"""Token features for the CRF name tagger (word form, shape, affixes, context, lexicons).

The same function builds features at training time (``scripts/train_de_ner.py``)
and at tagging time (``bilat.ner.de``), so the two can never drift apart.
"""
from __future__ import annotations

import re

from bilat.ner import de_charlm
from bilat.ner.de_lexicon import Lexicon, strip_genitive

_SLAVIC = re.compile(
    r"(tsch|schtsch|sch[aeiou]|ow$|ew$|ow[ao]?$|ew[ao]?$|in[ao]?$|ij$|yj$|ja$|jew|jow|jan$|"
    r"enko$|ko$|uk$|ak$|bek$|ajew|ijew|ulin|^[JT]e|^Jer|^Ju|^Ja|yk$|sky$|ski$|zki$|vić$|vic$|"
    r"ović|ewitsch|owitsch|owna$|ewna$|ow$|ova$|ev$|ov$|yan$|jan$|ian$|ly$|ow$)"
)
_ROMAN = re.compile(r"[IVX]{1,5}\.?")
_VOWELS = set("aeiouäöüy")
_FAR_FLAGS = {"PCUE", "PCUEEND", "LCUE", "GN", "SN", "ORGW", "ORGEND"}
OPENERS = {"„", "\"", "(", "«", "»", "“", "'", "‚", ":", "-", "–", "—"}


def shape(word: str) -> str:
    """Character classes with repeats collapsed: "Kasachstan" -> "Xx", "BelTA" -> "XxX"."""
    out = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _cap_class(word: str) -> str:
    if word.isupper() and len(word) > 1 and any(c.isalpha() for c in word):
        return "UP"
    if word[:1].isupper():
        return "Tc" if word[1:].islower() or len(word) == 1 else "Mx"
    if word[:1].islower():
        return "lc"
    return "nc"


def _lexicon_flags(word: str, lex: Lexicon) -> list[str]:
    """Dictionary and name-shape evidence for one word."""
    flags = []
    base = strip_genitive(word)
    lower = word.lower()
    if word in lex.given_names or (word.isupper() and word.title() in lex.given_names):
        flags.append("GN")
    elif base in lex.given_names:
        flags.append("GNs")
    if word in lex.surnames or base in lex.surnames:
        flags.append("SN")
    if lower in lex.person_cues:
        flags.append("PCUE")
    elif word[:1].isupper() and lower.endswith(lex.person_cue_endings):
        flags.append("PCUEEND")
    if lower in lex.location_cues:
        flags.append("LCUE")
    if lower in lex.org_words or base.lower() in lex.org_words:
        flags.append("ORGW")
    elif word[:1].isupper():
        for ending in lex.org_endings:
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                flags.append("ORGEND")
                break
    if word[:1].isupper() and len(word) > 3 and word[1:].islower():
        for ending in lex.surname_endings:
            if base.endswith(ending):
                flags.append("SNEND=" + ending)
                break
        if _SLAVIC.search(base):
            flags.append("SLAV")
    return flags


def token_features(word: str, lex: Lexicon) -> list[str]:
    """Features of a single word, independent of context."""
    lower = word.lower()
    feats = ["w=" + lower, "sh=" + shape(word), "cap=" + _cap_class(word)]
    for n in (1, 2, 3, 4, 5):
        if len(lower) > n:
            feats.append(f"s{n}=" + lower[-n:])
    for n in (2, 3, 4):
        if len(lower) > n:
            feats.append(f"p{n}=" + lower[:n])
    if "-" in word and len(word) > 1:
        feats.append("hyph")
        feats.append("hyph_head=" + lower.split("-")[0])
        feats.append("hyph_tail=" + lower.rsplit("-", 1)[-1])
    if _ROMAN.fullmatch(word):
        feats.append("roman")
    if any(c.isdigit() for c in word):
        feats.append("digit")
    feats.append("len=" + str(min(len(word), 8)))
    if word.isupper() and len(word) > 1 and not any(c in _VOWELS for c in lower):
        feats.append("acronym_novowel")
    feats.extend(_lexicon_flags(word, lex))
    feats.extend(de_charlm.features(word))
    return feats


def sentence_features(words: list[str], lex: Lexicon) -> list[list[str]]:
    """CRF feature lists for every token of a sentence."""
    own = [token_features(w, lex) for w in words]
    gaz = lex.gazetteer_tags(words)
    flags = [[f for f in fs if f.isupper() or f.startswith(("SNEND", "cap=", "sh=", "lm_best"))] for fs in own]
    out = []
    n = len(words)
    for i, word in enumerate(words):
        feats = ["bias"] + own[i]
        feats.append("gaz=" + gaz[i])
        if i == 0 or words[i - 1] in OPENERS:
            feats.append("first")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats.append(f"{off}:w=" + words[j].lower())
                if abs(off) == 1:
                    feats.extend(f"{off}:" + f for f in flags[j])
                    feats.append(f"{off}:gaz=" + gaz[j])
                    feats.append(f"{off}:s3=" + words[j].lower()[-3:])
                else:
                    feats.extend(f"{off}:" + f for f in flags[j] if f in _FAR_FLAGS)
            else:
                feats.append(f"{off}:pad")
        if i > 0:
            feats.append("bi-1=" + words[i - 1].lower() + "|" + word.lower())
        if i + 1 < n:
            feats.append("bi+1=" + word.lower() + "|" + words[i + 1].lower())
        out.append(feats)
    return out
