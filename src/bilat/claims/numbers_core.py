"""The core of a number expression: digits ("1.500", "1 500", "1,5") or number words.

``read_core`` looks at one token and returns the number written there (with
the tokens it spans), before any scale word, currency or qualifier is added.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bilat.claims.numbers_lexicon import Lexicon
from bilat.claims.numbers_tokens import SPACE_MARKS, Token

DIGIT_RUNS = re.compile(r"\d+|\D")


@dataclass(frozen=True)
class Core:
    i: int                       # first token
    j: int                       # token after the last
    value: float
    digits: str | None = None    # the digit string as written, for digit cores
    scale: float | None = None   # a scale already inside the core ("полмиллиарда", "half a billion")
    scale_text: str | None = None
    vague: bool = False          # "Dutzende", "десятки": a lower bound, not a value


def parse_digits(text: str, lex: Lexicon) -> float | None:
    """The value of a digit string written with ``lex``'s separators; None if unreadable."""
    parts = DIGIT_RUNS.findall(text.strip())
    if not parts or not parts[0].isdigit():
        return None
    runs, marks = parts[0::2], parts[1::2]
    if len(runs) != len(marks) + 1 or not all(r.isdigit() for r in runs):
        return None
    if not marks:
        return float(runs[0])
    decimal = decimal_position(runs, marks, lex)
    whole_runs = runs[:decimal + 1] if decimal is not None else runs
    if not valid_groups(whole_runs):
        return None
    whole = "".join(whole_runs)
    fraction = "".join(runs[decimal + 1:]) if decimal is not None else ""
    if decimal is not None and len(runs) - decimal != 2:
        return None
    return float(f"{whole}.{fraction}" if fraction else whole)


def decimal_position(runs: list[str], marks: list[str], lex: Lexicon) -> int | None:
    """Index of the mark that is the decimal point, or None for a whole number."""
    last = marks[-1]
    earlier = set(marks[:-1])
    if last in SPACE_MARKS:
        return None
    if earlier and last not in earlier:
        return len(marks) - 1                      # "1.500,5" / "1,500.5": the odd one out
    if earlier:
        return None                                # "1.500.000"
    if last in lex.group_marks and len(runs[-1]) == 3 and last not in lex.decimal_marks:
        return None                                # "1.500" de, "1,500" en
    return len(marks) - 1                          # "1,5" de, "1.5" en, "1,500" ru


def valid_groups(runs: list[str]) -> bool:
    return len(runs) == 1 or (1 <= len(runs[0]) <= 3 and all(len(r) == 3 for r in runs[1:]))


def word_value(word: str, lex: Lexicon) -> list[float] | None:
    """The number parts of one word ("zweihundertfünfzig" -> [2, 100, 50]); None if not a number."""
    if word in lex.number_words:
        return [lex.number_words[word]]
    if lex.compound_numbers and len(word) > 5:
        return decompose(word, lex)
    return None


def decompose(word: str, lex: Lexicon, depth: int = 0) -> list[float] | None:
    """Split a compound number word into known parts (with connectors), or None."""
    if not word:
        return []
    if depth > 8:
        return None
    if depth == 0 and word[:2] not in lex.number_starts:
        return None
    for part in (p for p in lex.number_parts if word.startswith(p)):
        rest = decompose(word[len(part):], lex, depth + 1)
        if rest is not None:
            return [lex.number_words[part], *rest]
    for connector in lex.number_connectors:
        if depth and word.startswith(connector) and len(word) > len(connector):
            rest = decompose(word[len(connector):], lex, depth + 1)
            if rest:
                return rest
    return None


def combine(values: list[float]) -> float:
    """Spoken-number arithmetic: [2, 100, 50] -> 250, [3, 1000, 5] -> 3005, [1.5] -> 1.5."""
    total, current = 0.0, 0.0
    for v in values:
        if v >= 1000:
            total += (current or 1) * v
            current = 0.0
        elif v == 100 and 0 < current < 10:
            current *= 100
        else:
            current += v
    return total + current


def may_follow(previous: float, value: float) -> bool:
    """True when ``value`` continues a spoken number ending in ``previous`` ("twenty" "five")."""
    if value == 100:
        return 0 < previous < 10
    if previous >= 100 and previous % 100 == 0:
        return value < 100
    return 20 <= previous < 100 and previous % 10 == 0 and value < 10


def read_core(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    token = tokens[i]
    if token.kind == "num":
        value = parse_digits(token.text, lex)
        return Core(i, i + 1, value, digits=token.text) if value is not None else None
    if token.kind != "word":
        return None
    return (fraction_core(tokens, i, lex) or prefixed_scale_core(tokens, i, lex)
            or vague_core(tokens, i, lex) or word_core(tokens, i, lex)
            or singular_scale_core(tokens, i, lex))


def scale_at(tokens: list[Token], j: int, lex: Lexicon) -> tuple[int, float] | None:
    return lex.scales.match(tokens, j) if j < len(tokens) else None


def with_scale(core: Core, tokens: list[Token], j: int, lex: Lexicon) -> Core | None:
    """``core`` extended over the scale word at ``j``; None if there is none."""
    found = scale_at(tokens, j, lex)
    if not found:
        return None
    end, scale = found
    written = tokens[j].text if end == j + 1 else text_between(tokens, j, end)
    return replace(core, j=end, scale=scale, scale_text=written)


def text_between(tokens: list[Token], i: int, j: int) -> str:
    out = tokens[i].text
    for token in tokens[i + 1:j]:
        out += (" " if token.gap else "") + token.text
    return out


def fraction_core(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """"eine halbe Milliarde", "half a billion", "половину миллиарда": fraction times scale."""
    k = i + 1 if tokens[i].low in lex.weak_one and i + 1 < len(tokens) else i
    fraction = lex.fractions.get(tokens[k].low)
    if fraction is None:
        return None
    j = k + 1
    if j < len(tokens) and tokens[j].low in lex.fraction_articles | lex.weak_one:
        j += 1
    return with_scale(Core(i, j, fraction), tokens, j, lex)


def prefixed_scale_core(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """"полмиллиарда", "пол-миллиарда": a fraction prefix glued to a scale word."""
    token = tokens[i]
    for prefix, fraction in lex.fraction_prefixes.items():
        if token.low == prefix and i + 2 < len(tokens) and tokens[i + 1].text == "-" \
                and not tokens[i + 1].gap and not tokens[i + 2].gap:
            return with_scale(Core(i, i + 2, fraction), tokens, i + 2, lex)
        if token.low.startswith(prefix) and len(token.low) > len(prefix) + 2:
            rest = token.low[len(prefix):]
            piece = Token("word", rest, rest, token.start + len(prefix), token.end, True, False)
            found = lex.scales.match([piece], 0)
            if found:
                return Core(i, i + 1, fraction, scale=found[1], scale_text=token.text)
    return None


def vague_core(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """"Dutzende (von) Millionen", "десятки миллионов", "hundreds of": a lower bound."""
    multiple = lex.vague.get(tokens[i].low)
    if multiple is None:
        return None
    core = Core(i, i + 1, multiple, vague=True)
    j = i + 1
    if j < len(tokens) and tokens[j].low in lex.vague_connectors:
        j += 1
    return with_scale(core, tokens, j, lex) or core


def word_core(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """A run of number words ("twenty five", "сто двадцать", "zweihundert"); lone "ein" needs a scale."""
    values = word_value(tokens[i].low, lex)
    if values is None:
        return None
    collected, j = list(values), i + 1
    while j < len(tokens):
        step = 2 if tokens[j].low in lex.number_connectors and collected[-1] >= 100 else 1
        if j + step - 1 >= len(tokens):
            break
        following = word_value(tokens[j + step - 1].low, lex)
        if following is None or not may_follow(combine(collected[-1:]), following[0]):
            break
        collected += following
        j += step
    core = Core(i, j, combine(collected))
    if j == i + 1 and tokens[i].low in lex.weak_one:
        half = lex.half_suffixes.match(tokens, j) if j < len(tokens) else None
        if half:
            core, j = Core(i, half[0], core.value + half[1]), half[0]
        return with_scale(core, tokens, j, lex)
    return core


def singular_scale_core(tokens: list[Token], i: int, lex: Lexicon) -> Core | None:
    """A scale word that means one of itself ("миллиард долларов", "eine Milliarde" without "eine")."""
    if lex.singular_scales.match(tokens, i):
        return with_scale(Core(i, i, 1.0), tokens, i, lex)
    return None
