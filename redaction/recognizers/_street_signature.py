"""A street without a type word in an e-mail signature: "Rothschild 22", "Kalinina 14-27", "Los Carrera 455".

Alone such a "Word 12" line reads like a heading or a product ("Sprint 14", "Windows 11"); a signature puts it
where the sender's address goes: within three lines after a sign-off, alone on its line (or before a comma and a
place), with a place on the next line ("Tel Aviv", "Minsk 220012", "602 00 Brno") or a place after its comma
("Sahaidachnoho 10, Kyiv"); not a number named by an id, a stage or a product ("Ticket 48213", "Windows 11").
"""

from __future__ import annotations

from redaction.recognizers._person_cue_words import SIGN_OFF_LINE

_WORD = r"\p{Lu}[\p{L}'’.\-]+"
_NOT_STREET = (
    r"(?!(?i:ticket|case|order|invoice|ref|reference|account|acct|id|no|nr|ext|extension|sprint|version|release|phase"
    r"|step|chapter|page|section|level|tier|team|group|cohort|class|grade|year|week|day|windows|office|microsoft"
    r"|dynamics|iphone|galaxy|pixel|python|java|node|ubuntu|android|ios|macos|excel|sql|server|model|series)\b)"
)
_PLACE = rf"(?:\d{{3,6}}(?:[ \-]\d{{2,3}})?[ \t]+)?{_WORD}(?:[ \t\-]+{_WORD}){{0,3}}(?:[ \t]+\d{{3,6}})?"
SIGNATURE_STREET = (
    rf"(?<={SIGN_OFF_LINE}(?:[^\n]{{1,80}}\n){{1,3}}[ \t]*)"
    rf"{_NOT_STREET}{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]+\d{{1,4}}[a-zA-Z]?(?:[/\-]\d{{1,4}}[a-zA-Z]?)?"
    # the next line a place, maybe with its country ("Minsk 220012, Belarus"); or a place after a comma
    rf"(?=[ \t]*\n[ \t]*{_PLACE}(?:,[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,2}})?[ \t]*(?:\n|$)"
    rf"|,[ \t]*{_PLACE}[ \t]*(?:\n|$))"
)
