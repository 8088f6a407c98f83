"""A number alone on its line in an e-mail signature is the sender's phone: "Best regards,\\nAna Lima\\n71234567".

A signature opens with a sign-off on its own line; the few short lines after it hold the sender's name, title,
address and numbers, often with no "Tel:" before the number. Only a number that fills its line counts, so
"Thanks,\\nAna\\nOrder 4821 ships Monday" stays, and a line ending in a colon ("Ticket ids:") is a list's heading,
not a signature line.
"""

from __future__ import annotations

import regex

from redaction.recognizers._person_cue_words import SIGN_OFF_LINE

_MAX_LINES, _MAX_LINE_CHARS = 4, 60
_SIGNATURE_ABOVE = regex.compile(rf"{SIGN_OFF_LINE}(?:[^\n:]{{1,{_MAX_LINE_CHARS}}}\n){{0,{_MAX_LINES}}}[ \t]*$")
_REACH = (_MAX_LINE_CHARS + 1) * _MAX_LINES + 80  # the lines, and the sign-off's own
_LINE_END = regex.compile(r"[ \t]*(?:\n|$)")


def alone_in_signature(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` fills its line, a few lines under a sign-off."""
    if not _LINE_END.match(text, end):
        return False
    return _SIGNATURE_ABOVE.search(text, max(0, start - _REACH), start) is not None
