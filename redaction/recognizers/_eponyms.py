"""Words around a capitalised run that make it a thing, not a person: eponym nouns after it ("Murphy's law"),
a determiner before it ("my Oura Ring", "the Nespresso Vertuo", "a Bloody Mary")."""

from __future__ import annotations

import regex

# A name before one of these nouns names a law, a method or a disease, not a person ("Murphy's law",
# "Pareto principle", "Monte Carlo simulation", "Alzheimer's disease").
EPONYM = regex.compile(
    r"(?:['’]s?)?[ \t]+(?i:laws?|razor|principle|theorem|lemma|conjecture|hypothesis|paradox|algorithm|method|"
    r"simulation|distribution|equation|constant|formula|transform|filter|distance|test|effect|syndrome|disease|"
    r"sequence|series|curve|number|rule|scale|index|inequality|criterion|process|model|code|diagram|salad|wheel|"
    r"modulus|coefficient|ratio|fallacy|dilemma|gambit|maneuver|manoeuvre|reflex|sign|cipher|knot|cycle|limit)\b"
)


# People are not named with an article or a possessive before them; products and things are.
DETERMINER_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:the|a|an|my|your|our|their|his|its|this|that|these|those|el|los|las|una?|der|die|das|dem|den"
    r"|ein|eine[mnr]?|mein|meine[mnr]?|le|les|une|mon|ma|mes|o|os|um|uma|meu|minha|il|lo|gli|mio|mia)[ \t]+$"
)


_DETERMINER_FIRST = regex.compile(DETERMINER_BEFORE.pattern.replace("$", ""))


def after_determiner(text: str, start: int, end: int | None = None) -> bool:
    """True when an article or possessive pronoun comes right before ``start`` (or opens ``start:end``)."""
    if DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None:
        return True
    return end is not None and _DETERMINER_FIRST.match(text, start, end) is not None
