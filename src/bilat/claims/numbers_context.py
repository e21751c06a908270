"""What surrounds an amount: the noun it counts and the change word that governs it.

* ``counted_noun``: the first noun after a count, skipping adjectives
  ("7 Montagewerke", "55 kasachische Unternehmen", "5 крупных предприятий").
* ``assign_directions``: each change word ("gestiegen", "упала", "rose") in a
  sentence goes to the nearest amount in a window of tokens; an amount written
  after a level word ("auf", "to", "до") is a level, not a change.
"""
from __future__ import annotations

from bilat.claims.numbers_amount import Draft
from bilat.claims.numbers_lexicon import Lexicon
from bilat.claims.numbers_tokens import Token

CHANGEABLE = frozenset({"money", "percent", "count", "other"})
HYPHENS = frozenset({"-", "‐", "‑"})
MAX_SKIPPED = 3


def counted_noun(text: str, tokens: list[Token], j: int, lex: Lexicon) -> str | None:
    """The noun counted by the amount ending before token ``j``, as written; None if there is none."""
    skipped = 0
    sentence = tokens[j - 1].sentence
    for k in range(j, min(len(tokens), j + MAX_SKIPPED + 1)):
        token = tokens[k]
        if token.kind != "word" or token.sentence != sentence or token.low in lex.counted_stop_words:
            return None
        if not is_adjective(token, lex):
            end = noun_end(tokens, k, lex)
            return text[token.start:tokens[end - 1].end]
        skipped += 1
        if skipped > MAX_SKIPPED - 1:
            return None
    return None


def is_adjective(token: Token, lex: Lexicon) -> bool:
    if lex.nouns_capitalized:
        return not token.text[0].isupper()
    return token.low in lex.counted_skip_words or (
        len(token.low) > 4 and token.low.endswith(lex.counted_skip_endings))


def noun_end(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """End of a noun with glued hyphen parts ("Montage-Werke") or a hyphen ellipsis
    ("Handels- und Wirtschaftspartner")."""
    end = k + 1
    while end + 1 < len(tokens) and tokens[end].text in HYPHENS and not tokens[end].gap \
            and tokens[end + 1].kind == "word" and not tokens[end + 1].gap:
        end += 2
    if end + 2 < len(tokens) and tokens[end].text in HYPHENS and not tokens[end].gap \
            and tokens[end + 1].low in lex.counted_stop_words and tokens[end + 2].kind == "word":
        end += 3
    return end


def assign_directions(tokens: list[Token], drafts: list[Draft], kinds: list[str],
                      lex: Lexicon) -> dict[int, str]:
    """Draft index -> "increase"/"decrease" for the amounts a change word governs."""
    best: dict[int, tuple[float, int, str]] = {}
    for n, draft in enumerate(drafts):
        if kinds[n] not in CHANGEABLE or is_level(tokens, draft, lex):
            continue
        bonus = 0.5 if lex.change_words.match_before(tokens, draft.i) else 0.0
        bonus += 0.25 if kinds[n] == "percent" else 0.0
        for position, direction, distance in change_words_near(tokens, draft, lex):
            score = distance - bonus
            if position not in best or score < best[position][0]:
                best[position] = (score, n, direction)
    chosen: dict[int, tuple[float, str]] = {}
    for score, n, direction in best.values():
        if n not in chosen or score < chosen[n][0]:
            chosen[n] = (score, direction)
    return {n: direction for n, (_, direction) in chosen.items()}


def is_level(tokens: list[Token], draft: Draft, lex: Lexicon) -> bool:
    """"auf $2 Mrd.", "to $1bn", "до 5 млрд": a level reached, not the size of a change."""
    return level_qualifier(tokens, draft, lex) or lex.level_words.match_before(tokens, draft.i) is not None


def change_words_near(tokens: list[Token], draft: Draft, lex: Lexicon):
    """(token index, direction, distance) of change words in the draft's sentence and window."""
    sentence = tokens[draft.i].sentence
    window = lex.direction_window
    for k in range(draft.i - 1, max(-1, draft.i - 1 - window), -1):
        if tokens[k].sentence != sentence or clause_break(tokens, k, lex):
            break
        found = lex.directions.match(tokens, k)
        if found and found[0] <= draft.i:
            yield k, found[1], draft.i - found[0]
    for k in range(draft.j, min(len(tokens), draft.j + window)):
        if tokens[k].sentence != sentence or clause_break(tokens, k, lex):
            break
        found = lex.directions.match(tokens, k)
        if found:
            yield k, found[1], k - draft.j


def clause_break(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A comma that opens a new clause ("..., while", "..., а", "..., während")."""
    return tokens[k].text == "," and k + 1 < len(tokens) and lex.clause_starters.match(tokens, k + 1) is not None


def level_qualifier(tokens: list[Token], draft: Draft, lex: Lexicon) -> bool:
    """True when the draft's qualifier is a level word ("до", "to") rather than "up to"."""
    if not draft.qualifier_span or draft.qualifier_span[0] != draft.i:
        return False
    found = lex.level_words.match(tokens, draft.i)
    return bool(found and found[0] == draft.qualifier_span[1])
