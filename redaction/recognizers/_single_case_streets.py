"""Street lines in text written all in lower case ("vivo en calle de alcalá 45, 28014 madrid") or all in capitals.

The street patterns find a street by its capitalised name words; a chat typed in lower case or a ticket shouted in
capitals has none to go by. Such a line is title-cased (letter for letter, so offsets stay) and searched again,
but only for the forms whose street-type word is no ordinary English word: ``calle``, ``rua``, ``-straße``,
``-gatan``, ``ul.``, ``jalan``, ``caddesi``... (not ``via``, ``avenue``, ``gate``, ``place``: "sent via email 2
times" stays a sentence). US and UK lines in lower case have a pattern of their own in :mod:`street_address`.
"""

from __future__ import annotations

import regex

from redaction.recognizers._address_tail import PLACE_TAIL, POSTCODE_CITY
from redaction.recognizers._base import alternatives
from redaction.recognizers._street_forms import GREEK, GRID, HOUSE_ROAD, JAPANESE, TURKISH
from redaction.recognizers._street_forms_world import GERMAN_APART, PO_BOX, RUA

# A name word, title-cased: never a function word ("Calle For 2" is "calle for 2").
_NAME = (
    r"(?!(?:For|To|In|On|At|By|Of|The|And|Or|With|From|Is|Are|Was|Be|It|My|Your|Our|Now|Then|About)\b)\p{Lu}[\p{L}\-]*"
)
_ROMANCE = (
    r"\b(?:Calle|C/|Avenida|Avda\.?|Paseo|Carrera|Carretera|Travesía|Alameda|Pasaje|Glorieta|Rambla|Callejón"
    r"|Urbanización|Bulevar|Rua|Rúa|Viale|Piazza|Travessa|Strada|Bulevardul|Calea|Aleea|Rue|Chaussée|Quai|Chemin"
    r"|Allée|Impasse)"
    rf"\s+(?:(?i:de|del|la|las|los|el|da|das|do|dos|di|della|des|du)\s+)*{_NAME}(?:\s+{_NAME}){{0,3}}"
    r",?\s+(?:(?i:n[º°o]|nr)\.?\s*)?\d{1,5}[a-zA-Z]?(?:\s*,\s*\d{1,2}\s*[º°ª]?\s*[A-Z]?)?\b"
)
_GERMAN = (
    r"\b\p{Lu}[\p{L}\-]*(?i:straße|strasse|str\.|allee|platz|gasse|chaussee|damm)\s+\d{1,4}"
    r"(?:[ \t]?[a-zA-Z](?!\p{L}))?\b"
)
_GLUED = (
    r"\b\p{Lu}[\p{L}\-]*(?i:straat|gracht|laan|plein|kade|singel|dijk|steeg|gade|gatan|vägen|vegen|veien|vej|gata"
    r"|katu|kuja|utca)\s+\d{1,4}(?:[ \-]?[a-zA-Z](?![\p{L}]))?(?:/\d{1,4})?\b"
)
_PREFIXED = (
    rf"\b(?:Ul\.|Ulica|Aleja|Aleje|Osiedle|Plac|Ulitsa|Prospekt|Jl\.|Jln\.|Jalan|Ул\.|Улица|Проспект)\s*{_NAME}"
    rf"(?:\s+{_NAME}){{0,2}},?\s+(?:(?i:no)\.?\s*)?\d{{1,4}}[a-zA-Z]?(?:/\d{{1,4}})?"
)
_APART = (
    rf"\b{_NAME}(?:\s+{_NAME}){{0,2}}\s+(?i:út|utca|tér|náměstí|nábřeží|třída|ulice|ulitsa|prospekt|pereulok|gatan"
    r"|gata|vei|veien|vej|vegen|vägen|gade|straat|laan|katu)\s+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?\b"
)
_POSTAL = r"\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b"
# Italian street types that are English words too ("sent via email 2 times"): only with a postcode and city.
_ITALIAN = (
    rf"\b(?:Via|Viale|Corso|Largo|Vicolo)\s+(?:(?i:dei|degli|della|delle|del|di|de)\s+)*{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf",?\s+\d{{1,5}}[a-zA-Z]?{POSTCODE_CITY}"
)
PATTERNS = (
    *tuple(
        # Scored as the patterns of the text as written: a longer single-case match (with its city) replaces theirs.
        (label, rf"(?:{part}){PLACE_TAIL}", 0.7)
        for label, form in (
            ("single-case romance street line", _ROMANCE),
            ("single-case german street line", _GERMAN),
            ("single-case glued street type", _GLUED),
            ("single-case street type apart", _APART),
            ("single-case prefixed street line", _PREFIXED),
            ("single-case turkish street line", TURKISH),
            ("single-case greek street line", GREEK),
            ("single-case japanese block", JAPANESE),
            ("single-case po box", _POSTAL),
            ("single-case grid street line", GRID),
            ("single-case house and road", HOUSE_ROAD),
            ("single-case po box", PO_BOX),
            ("single-case brazilian rua", RUA),
            ("single-case german street type apart", GERMAN_APART),
        )
        for part in alternatives(form)
    ),
    ("single-case italian street line", _ITALIAN, 0.7),
)
_LINE = regex.compile(r"[^\n]+")


def title_cased_lines(text: str) -> str | None:
    """``text`` with every line written in one case title-cased, letter for letter; ``None`` if there is none."""
    changed = False
    out = list(text)
    for line in _LINE.finditer(text):
        chunk = line.group()
        if any(c.isupper() for c in chunk) and any(c.islower() for c in chunk):
            continue
        changed = True
        after_letter = False
        for offset, char in enumerate(chunk):
            recased = char.lower() if after_letter else char.upper()
            if len(recased) == 1:  # "ß".upper() is "SS": kept as written, so offsets stay
                out[line.start() + offset] = recased
            after_letter = char.isalpha()
    return "".join(out) if changed else None


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
