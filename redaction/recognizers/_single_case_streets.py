"""Street lines in text written all in lower case ("vivo en calle de alcalá 45, 28014 madrid") or all in capitals.

The street patterns find a street by its capitalised name words; a chat typed in lower case or a ticket shouted in
capitals has none to go by. Such a line is title-cased (letter for letter, so offsets stay) and searched again,
but only for the forms whose street-type word is no ordinary English word: ``calle``, ``rua``, ``-straße``,
``-gatan``, ``ul.``, ``jalan``, ``caddesi``... (not ``via``, ``avenue``, ``gate``, ``place``: "sent via email 2
times" stays a sentence). US and UK lines in lower case have a pattern of their own in :mod:`street_address`.
"""

from __future__ import annotations

import regex

from redaction.recognizers import _street_gates as gates
from redaction.recognizers._address_tail import PLACE_TAIL, POSTCODE_CITY
from redaction.recognizers._base import alternatives
from redaction.recognizers._street_forms import GREEK, GRID, HOUSE_ROAD, JAPANESE, TURKISH, TYPELESS
from redaction.recognizers._street_forms_world import GERMAN_APART, PO_BOX, RUA
from redaction.recognizers._street_keywords import DIGIT, keywords
from redaction.recognizers._street_prefilter import Gate, one_per_part

TYPELESS_PATTERN = "single-case street without a type, with its postcode and city"
# A name word, title-cased: never a function word ("Calle For 2" is "calle for 2").
_NAME = (
    r"(?!(?:For|To|In|On|At|By|Of|The|And|Or|With|From|Is|Are|Was|Be|It|My|Your|Our|Now|Then|About)\b)\p{Lu}[\p{L}\-]*"
)
_ROMANCE_TYPES = (
    r"Calle|C/|Avenida|Avda\.?|Paseo|Carrera|Carretera|Travesía|Alameda|Pasaje|Glorieta|Rambla|Callejón"
    r"|Urbanización|Bulevar|Rua|Rúa|Viale|Piazza|Travessa|Strada|Bulevardul|Calea|Aleea|Rue|Chaussée|Quai|Chemin"
    r"|Allée|Impasse"
)
_ROMANCE = (
    rf"\b(?:{_ROMANCE_TYPES})"
    rf"\s+(?:(?i:de|del|la|las|los|el|da|das|do|dos|di|della|des|du)\s+)*{_NAME}(?:\s+{_NAME}){{0,3}}"
    r",?\s+(?:(?i:n[º°o]|nr)\.?\s*)?\d{1,5}[a-zA-Z]?(?:\s*,\s*\d{1,2}\s*[º°ª]?\s*[A-Z]?)?\b"
)
_GERMAN_TYPES = r"straße|strasse|str\.|allee|platz|gasse|chaussee|damm"
_GERMAN = (
    rf"\b\p{{Lu}}[\p{{L}}\-]*(?i:{_GERMAN_TYPES})\s+\d{{1,4}}"
    r"(?:[ \t]?[a-zA-Z](?!\p{L}))?\b"
)
_GLUED_TYPES = r"straat|gracht|laan|plein|kade|singel|dijk|steeg|gade|gatan|vägen|vegen|veien|vej|gata|katu|kuja|utca"
_GLUED = (
    rf"\b\p{{Lu}}[\p{{L}}\-]*(?i:{_GLUED_TYPES})"
    r"\s+\d{1,4}(?:[ \-]?[a-zA-Z](?![\p{L}]))?(?:/\d{1,4})?\b"
)
_PREFIXES = r"Ul\.|Ulica|Aleja|Aleje|Osiedle|Plac|Ulitsa|Prospekt|Jl\.|Jln\.|Jalan|Ул\.|Улица|Проспект"
_PREFIXED = (
    rf"\b(?:{_PREFIXES})\s*{_NAME}"
    rf"(?:\s+{_NAME}){{0,2}},?\s+(?:(?i:no)\.?\s*)?\d{{1,4}}[a-zA-Z]?(?:/\d{{1,4}})?"
)
_APART_TYPES = (
    r"út|utca|tér|náměstí|nábřeží|třída|ulice|ulitsa|prospekt|pereulok|gatan|gata|vei|veien|vej|vegen|vägen|gade"
    r"|straat|laan|katu"
)
_APART = (
    rf"\b{_NAME}(?:\s+{_NAME}){{0,2}}\s+(?i:{_APART_TYPES})"
    r"\s+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?\b"
)
_POSTAL = r"\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b"
# Italian street types that are English words too ("sent via email 2 times"): only with a postcode and city.
_ITALIAN_TYPES = r"Via|Viale|Corso|Largo|Vicolo"
_ITALIAN = (
    rf"\b(?:{_ITALIAN_TYPES})\s+(?:(?i:dei|degli|della|delle|del|di|de)\s+)*{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf",?\s+\d{{1,5}}[a-zA-Z]?{POSTCODE_CITY}"
)
# Each form with a gate per alternative (see _street_gates), searched in the title-cased text.
_FORMS: tuple[tuple[str, str, tuple[Gate, ...]], ...] = (
    ("single-case romance street line", _ROMANCE, (Gate(raw=keywords(_ROMANCE_TYPES, after=r"\s", folded=False)),)),
    ("single-case german street line", _GERMAN, (Gate(folded=keywords(_GERMAN_TYPES, after=rf"\s+{DIGIT}")),)),
    ("single-case glued street type", _GLUED, (Gate(folded=keywords(_GLUED_TYPES, after=rf"\s+{DIGIT}")),)),
    (
        "single-case street type apart",
        _APART,
        (Gate(folded=keywords(_APART_TYPES, before=r"\s", after=rf"\s+{DIGIT}")),),
    ),
    ("single-case prefixed street line", _PREFIXED, (Gate(raw=keywords(_PREFIXES, folded=False)),)),
    ("single-case turkish street line", TURKISH, gates.TURKISH),
    ("single-case greek street line", GREEK, gates.GREEK),
    ("single-case japanese block", JAPANESE, gates.JAPANESE),
    ("single-case po box", _POSTAL, gates.POSTAL[1:]),
    ("single-case grid street line", GRID, gates.GRID),
    ("single-case house and road", HOUSE_ROAD, gates.HOUSE_ROAD),
    ("single-case po box", PO_BOX, gates.PO_BOX),
    ("single-case brazilian rua", RUA, gates.RUA),
    ("single-case german street type apart", GERMAN_APART, gates.GERMAN_APART),
)
PATTERNS = (
    *(
        # Scored as the patterns of the text as written: a longer single-case match (with its city) replaces theirs.
        (label, rf"(?:{part}){PLACE_TAIL}", 0.7, gate)
        for label, form, form_gates in _FORMS
        for part, gate in zip(alternatives(form), one_per_part(form, form_gates), strict=True)
    ),
    (
        "single-case italian street line",
        _ITALIAN,
        0.7,
        Gate(raw=keywords(_ITALIAN_TYPES, after=r"\s", folded=False)),
    ),
    # "tsimiski 73, 546 22 thessaloniki", "husova 2434/13\n301 00 plzeň": kept only where the city is a known place
    # and the street's name no common word (street_address checks both).
    (TYPELESS_PATTERN, rf"(?:{TYPELESS}){POSTCODE_CITY}", 0.55, None),
)
_LINE = regex.compile(r"[^\n]+")


def title_cased_lines(text: str) -> str | None:
    """``text`` with every line written in one case title-cased, letter for letter; ``None`` if there is none."""
    pieces: list[str] = []
    done = 0
    for line in _LINE.finditer(text):
        chunk = line.group()
        if _mixed_case(chunk):
            continue
        pieces += (text[done : line.start()], _title_cased(chunk))
        done = line.end()
    if not pieces:
        return None
    pieces.append(text[done:])
    return "".join(pieces)


def _mixed_case(line: str) -> bool:
    if line.isascii():  # (its upper-case letters are those lower() changes, its lower-case ones those upper() does)
        return line.lower() != line and line.upper() != line
    return any(c.isupper() for c in line) and any(c.islower() for c in line)


def _title_cased(line: str) -> str:
    if line.isascii():  # (str.title() upper-cases a letter after a non-letter, lower-cases it after a letter)
        return line.title()
    out = []
    after_letter = False
    for char in line:
        recased = char.lower() if after_letter else char.upper()
        out.append(recased if len(recased) == 1 else char)  # "ß".upper() is "SS": kept as written, so offsets stay
        after_letter = char.isalpha()
    return "".join(out)


# Title-cased, every word looks like a city's: a city ends before the first word no place name has.
_SENTENCE_WORD = regex.compile(
    r"(?i:[ \t,]+(?:and|or|but|is|are|was|were|to|for|with|the|an?|i|we|it|my|please|thanks|y|und|et|e|o|ou|es"
    r"|ist|est|por|para|pero|aber|mais|since|until|from|at|on|in|asap|now|today)\b)"
)
_DIGIT = regex.compile(r"\d")


def sentence_cut(text: str, start: int, end: int) -> int:
    """``end`` moved back to where the sentence goes on after the address (past its last digit)."""
    digits = list(_DIGIT.finditer(text, start, end))
    after = digits[0].end() if digits else start
    cut = _SENTENCE_WORD.search(text, after, end)
    return cut.start() if cut else end
