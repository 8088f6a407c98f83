"""A number alone on its line in an e-mail signature is the sender's phone: "Best regards,\\nAna Lima\\n71234567".

A signature opens with a sign-off on its own line; the few short lines after it hold the sender's name, title,
address and numbers, often with no "Tel:" before the number. Only a number that fills its line counts, so
"Thanks,\\nAna\\nOrder 4821 ships Monday" stays, and a line ending in a colon ("Ticket ids:") is a list's heading,
not a signature line.
"""

from __future__ import annotations

import regex

from redaction.recognizers._person_cue_words import SIGN_OFF

_MAX_LINES = 4
_SIGNATURE_ABOVE = regex.compile(
    rf"(?:^|\n)[ \t]*(?i:{SIGN_OFF})[ \t]*[,!.]?[ \t]*\n(?:[^\n:]{{1,60}}\n){{0,{_MAX_LINES}}}[ \t]*$"
)
_REACH = (60 + 1) * _MAX_LINES + 80
_LINE_END = regex.compile(r"[ \t]*(?:\n|$)")


def alone_in_signature(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` fills its line, a few lines under a sign-off."""
    if not _LINE_END.match(text, end):
        return False
    return _SIGNATURE_ABOVE.search(text, max(0, start - _REACH), start) is not None
