"""Nominative normal forms of Russian mentions.

Persons: every name word goes to the nominative; the case and gender are chosen
jointly for the whole name (all words must agree), preferring person parses
(Name/Surn/Patr) and using the morphology tagger's case as a tie-break:
"Нурланом Ермекбаевым" -> "Нурлан Ермекбаев", "Байжанова" (genitive) -> "Байжанов".
Organisations and places: the leading adjectives and the head noun go to the
nominative, the rest (genitive complements, quoted names) stays:
"Министерства иностранных дел России" -> "Министерство иностранных дел России".
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from bilat import lang
from bilat.ner.ru_morph import is_cyrillic_word, parses, restore_shape
from bilat.ner.ru_rules import Mention

UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs",
           "Ins": "ablt", "Loc": "loct", "Par": "gent", "Voc": "nomn"}
UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
PERSON_TAGS = ("Surn", "Name", "Patr")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
ADJECTIVE_SURNAME_ENDINGS = ("ский", "цкий", "ской", "цкой")


@dataclass(frozen=True)
class Word:
    """A token of a mention with the tagger's case/gender/POS (None when untagged)."""

    start: int
    end: int
    text: str
    pos: str | None = None
    case: str | None = None
    gender: str | None = None


def normal_forms(text: str, mentions: list[Mention], doc, morph_tagger) -> list[str]:
    """The nominative form of each mention (same order)."""
    tags = _tag_sentences(doc, mentions, morph_tagger)
    stops = [t.stop for t in doc.tokens]
    out = []
    for start, end, kind in mentions:
        words = _mention_words(doc, start, end, tags, stops)
        new = person_forms(words) if kind == "PER" else phrase_forms(words)
        out.append(_rebuild(text, start, end, words, new))
    return out


def _tag_sentences(doc, mentions: list[Mention], tagger) -> dict[int, tuple]:
    """token start -> (pos, feats) for the sentences that hold a mention."""
    chosen = [s for s in doc.sents
              if any(m[0] < s.stop and s.start < m[1] for m in mentions)]
    tags: dict[int, tuple] = {}
    if not chosen:
        return tags
    markups = tagger.map([[t.text for t in s.tokens] for s in chosen])
    for sent, markup in zip(chosen, markups):
        for token, tagged in zip(sent.tokens, markup.tokens):
            tags[token.start] = (tagged.pos, tagged.feats)
    return tags


def _mention_words(doc, start: int, end: int, tags: dict[int, tuple],
                   stops: list[int]) -> list[Word]:
    """The doc tokens overlapping (start, end), cut to it; cut tokens lose their tags."""
    words = []
    first = bisect_right(stops, start)
    for token in doc.tokens[first:]:
        if token.start >= end:
            break
        a, b = max(token.start, start), min(token.stop, end)
        pos, feats = tags.get(token.start, (None, {})) if (a, b) == (token.start, token.stop) \
            else (None, {})
        words.append(Word(a, b, doc.text[a:b], pos, UD_CASE.get(feats.get("Case")),
                          UD_GENDER.get(feats.get("Gender"))))
    return words


def _rebuild(text: str, start: int, end: int, words: list[Word], new: list[str]) -> str:
    parts, cursor = [], start
    for word, form in zip(words, new):
        parts.append(text[cursor:word.start])
        parts.append(form)
        cursor = word.end
    parts.append(text[cursor:end])
    return " ".join("".join(parts).split())


# --- persons --------------------------------------------------------------------

def person_forms(words: list[Word]) -> list[str]:
    """Nominative of each word of a person's name (initials, Latin kept)."""
    names = [i for i, w in enumerate(words) if is_cyrillic_word(w.text) and len(w.text) > 1]
    options = {i: _person_parses(words[i].text) for i in names}
    case, gender = _agreeing_case(words, names, options)
    out = [w.text for w in words]
    for rank, i in enumerate(names):
        parse = _pick(options[i], case, gender, _role(rank, len(names)))
        if parse is not None:
            out[i] = _to_nominative(parse, words[i].text)
        elif not options[i] and case != "nomn":
            out[i] = _by_surname_ending(words[i].text, gender)
    return out


def _person_parses(word: str) -> list:
    """Name/surname/patronymic readings; else adjective-like surnames (Маковского);
    else plain dictionary nouns (Макроном)."""
    every = parses(word)
    found = [p for p in every if "NOUN" in p.tag and p.tag.case]
    person = [p for p in found if any(t in p.tag for t in PERSON_TAGS)]
    if person:
        return person
    surname_like = [p for p in every if p.tag.POS == "ADJF" and p.tag.case
                    and p.normal_form.endswith(ADJECTIVE_SURNAME_ENDINGS)]
    if surname_like:
        return surname_like
    return [p for p in found if _dictionary(p) and "Geox" not in p.tag]


def _by_surname_ending(word: str, gender: str) -> str:
    """Nominative of an adjective-type surname by its ending (ner_surname_endings.json)."""
    for ending, nominative in lang.data("ru", "ner_surname_endings.json").get(gender, {}).items():
        if word.lower().endswith(ending):
            return restore_shape(word[:-len(ending)].lower() + nominative, word)
    return word


def _dictionary(parse) -> bool:
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


def _matches(parse, case: str, gender: str) -> bool:
    if parse.tag.case != case or parse.tag.number == "plur":
        return False
    return _gender(parse) in (gender, None) or "ms-f" in parse.tag or "Fixd" in parse.tag


def _gender(parse) -> str | None:
    """The parse's gender as a plain string (pymorphy refuses comparisons with None)."""
    return str(parse.tag.gender) if parse.tag.gender else None


def _agreeing_case(words, names, options) -> tuple[str, str]:
    """(case, gender) on which most name words agree; tagger case breaks ties."""
    last = words[names[-1]] if names else None
    best, best_score = ("nomn", "masc"), float("-inf")
    for case in CASES:
        for gender in ("masc", "femn"):
            score = 0.0
            for i in names:
                fits = [p.score for p in options[i] if _matches(p, case, gender)]
                score += max(fits) if fits else (-1.0 if options[i] else 0.0)
            if last is not None and last.case == case:
                score += 0.3
            if last is not None and last.gender == gender:
                score += 0.1
            if score > best_score:
                best, best_score = (case, gender), score
    return best


def _role(rank: int, count: int) -> str:
    if count == 1 or rank == count - 1:
        return "Surn"
    return "Name" if rank == 0 else "Patr"


def _pick(options: list, case: str, gender: str, role: str):
    fitting = [p for p in options if _matches(p, case, gender)]
    if not fitting:
        return None
    return max(fitting, key=lambda p: (role in p.tag, p.score))


def _to_nominative(parse, original: str) -> str:
    if parse.tag.case == "nomn" or "Fixd" in parse.tag:
        return original
    inflected = parse.inflect({"nomn"})
    if not inflected or not (_dictionary(parse) or _same_stem(inflected.word, original)):
        return original
    return restore_shape(inflected.word, original)


def _same_stem(new: str, original: str) -> bool:
    """A guessed inflection may only change the ending ("Пайпсом" must not become "Пайпёс")."""
    new, original = new.lower().replace("ё", "е"), original.lower().replace("ё", "е")
    stem = new[:max(1, len(new) - 2)]
    return original.startswith(stem)


# --- organisations and places ------------------------------------------------------

def phrase_forms(words: list[Word]) -> list[str]:
    """Nominative of the leading adjectives + head noun; the rest unchanged."""
    out = [w.text for w in words]
    adjectives, head = [], None
    for i, word in enumerate(words):
        kind = _phrase_role(word)
        if kind == "adj":
            adjectives.append(i)
        elif kind == "noun":
            head = i
            break
        elif kind == "punct" and not adjectives:
            continue
        else:
            break
    if head is None and not adjectives:
        return out
    number, gender, case = "sing", None, None
    if head is not None:
        parse = _head_parse(words[head])
        if parse is None or parse.tag.case == "nomn":
            return out
        case, number, gender = parse.tag.case, str(parse.tag.number or "sing"), _gender(parse)
        out[head] = _to_nominative(parse, words[head].text)
    for i in adjectives:
        out[i] = _adjective_nominative(words[i], case, number, gender)
    return out


def _phrase_role(word: Word) -> str:
    text = word.text
    if not is_cyrillic_word(text):
        return "fixed" if any(ch.isalnum() for ch in text) else "punct"
    if text.isupper() and len(text) > 1:
        return "fixed"  # abbreviation: МИД, РФ
    pos = word.pos
    if pos is None:
        best = parses(text)[0] if parses(text) else None
        pos = "ADJ" if best is not None and best.tag.POS in ("ADJF", "PRTF") else "NOUN"
    if pos in ("ADJ", "DET") or (pos == "VERB" and _participle(text)):
        return "adj"
    if pos in ("NOUN", "PROPN"):
        return "noun"
    return "other"


def _participle(text: str) -> bool:
    return any(p.tag.POS == "PRTF" for p in parses(text))


def _head_parse(word: Word):
    found = [p for p in parses(word.text) if "NOUN" in p.tag and p.tag.case]
    if not found:
        return None
    def rank(p):
        return (str(p.tag.case) == word.case, "Geox" in p.tag or "Orgn" in p.tag,
                _gender(p) == word.gender, p.score)
    return max(found, key=rank)


def _adjective_nominative(word: Word, case: str | None, number: str, gender: str | None) -> str:
    found = [p for p in parses(word.text) if p.tag.POS in ("ADJF", "PRTF")]
    if case is not None:
        found = [p for p in found if p.tag.case == case] or found
    if not found:
        return word.text
    parse = max(found, key=lambda p: (str(p.tag.case) == word.case, str(p.tag.number) == number,
                                      _gender(p) == gender, p.score))
    target = {"nomn", "plur"} if number == "plur" else {"nomn", "sing"}
    gender = gender if gender in ("masc", "femn", "neut") else _gender(parse)
    if number != "plur" and gender:
        target.add(gender)
    if parse.tag.case == "nomn" and str(parse.tag.number) == number:
        return word.text
    inflected = parse.inflect(target) or parse.inflect({"nomn"})
    return restore_shape(inflected.word, word.text) if inflected else word.text
