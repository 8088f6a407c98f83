"""The rest of a passphrase whose first word a password rule found: ``pass: tiger purple cloud otter Un saludo``.

The cue rules read one token after ``password:``, ``senha``, ``user bob pass``; people write passphrases of
plain words there too, with nothing after them but the sign-off ("Thanks!", "Mvh", "Atenciosamente"). A
found plain lower-case word extends over the lower-case words right after it when they run to a boundary
(the line's or sentence's end, a quote, a comma, or a capitalised word starting the next sentence) and read
as a passphrase: no function word ("is too short", "and then it failed"), no noun about passwords ("reset
link"), at most one word that describes.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redaction.recognizers._password_cues import ABOUT_WORD
from redaction.recognizers._secret_words import LANGUAGES, describes_password, is_function_word
from redaction.recognizers._word_lists import is_plain_word

_LOWER_WORD = regex.compile(r"\p{Ll}+")
# Two to five more lower-case words (possessive: a longer run is a sentence, not a passphrase), then a boundary.
_TAIL = regex.compile(
    r"(?:[ \t]+\p{Ll}+(?!\p{L})){2,5}+"
    r"(?=[ \t]*(?:$|[\n,;:|!?\"'`”’»)]|\.(?:\s|$))|[ \t]+\p{Lu})"
)


def reads_as_passphrase(words: Sequence[str]) -> bool:
    """Plain words with no function word or password noun among them, at most one describing one."""
    if any(is_function_word(word) or ABOUT_WORD.match(word) for word in words):
        return False
    return sum(describes_password(word, LANGUAGES, is_plain_word(word)) for word in words) <= 1


def extend_passphrases(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each lone lower-case word extended over the passphrase it starts."""
    extended = []
    for start, end in spans:
        tail = _TAIL.match(text, end) if _LOWER_WORD.fullmatch(text, start, end) else None
        long_end = tail.end() if tail is not None and reads_as_passphrase(text[start : tail.end()].split()) else end
        extended.append((start, long_end))
    return extended
