"""A number given as the answer to the question on the line before: transcripts and chats ask, then answer.

"Agent: And your phone number?" over "Customer: 60461766." makes the number a phone's; "your order number?" an
order's. A speaker's label opens the answer ("Caller:", "Cliente:", "Ana:"): it names who speaks, not the number,
so "Caller" there is no call cue.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

# "Caller:", "Customer 2:", "Ana Lima:", "お客様:" at a line's start; the answer's number within a few words.
_SPEAKER_LABEL = regex.compile(r"[ \t>*\-]*(?P<who>\p{L}[\p{L}\p{M}'’\-]*(?:[ \t]+[\p{L}\d][\p{L}\p{M}'’\-]*)?)[ \t]*:")
_CALLER = frozenset({"caller", "anrufer", "llamante", "appelant"})
_MAX_LEAD = 40

WordTest = Callable[[str], bool]


def speaker_label_end(text: str, start: int, is_label_word: WordTest) -> int | None:
    """Where the speaker's label before ``start`` ends, when ``start``'s line opens with one that labels no number
    ("Mobile: 0612…" and "NIP: 967…" are a number's labels; "Caller: 0612…" and "Ana: 0612…" a speaker's)."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _SPEAKER_LABEL.match(text, line_start, start)
    if label is None or start - label.end() > _MAX_LEAD:
        return None
    who = label.group("who")
    if is_label_word(who) and who.casefold() not in _CALLER:
        return None
    return label.end()


def asked_for(
    text: str, start: int, words: Callable[[str], list[str]], is_phone_cue: WordTest, is_id: WordTest
) -> bool | None:
    """True when the question on the line before the answer asks for a phone, False for an id, else None."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2:
        return None
    question = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    if "?" not in question:
        return None
    for word in reversed(words(question)):
        if is_phone_cue(word):
            return True
        if is_id(word):
            return False
    return None
