"""The gates of the street forms (see :mod:`redaction.recognizers._street_prefilter`): for each form, one gate per
alternative, in order (``None``: the alternative always runs).

A gate looks for what every match of its alternative holds, relaxed: the street-type word (from the form's own word
list, so a word added there is looked for too), and around it what the form needs next to it, a space or a house
number. A gate that opens for every text with a digit saves nothing: the type-less street stays ungated.
"""

from __future__ import annotations

from redaction.recognizers import _street_forms as forms
from redaction.recognizers import _street_forms_world as world
from redaction.recognizers import _street_lines as lines
from redaction.recognizers._street_keywords import DIGIT as D
from redaction.recognizers._street_keywords import LOWER, UPPER, keywords, words
from redaction.recognizers._street_prefilter import Gate
from redaction.recognizers._street_words import ADDRESS_WORD, SUFFIXES

# "1600 Pennsylvania Avenue": a number, then a capitalised word (or an ordinal, "of", "the"...), and a suffix.
_SUFFIX = Gate(folded=keywords(words(SUFFIXES), before=r"\s"))
US_UK = (Gate(raw=rf"{D}[A-Za-z]?(?:[\-/]{D}{{1,4}})?,?\s+(?:{UPPER}|{D}|of|the|de|la|del)", within=_SUFFIX),)
LOWER_LINE = Gate(raw=keywords(lines.LOWER_SUFFIXES, before=r"\s", after=r"(?![0-9A-Za-z_])", folded=False))
NUMBERED_ROADS = (Gate(folded=r"(?:highway|hwy|route|rte)\.?[ \t\-]+\d"), Gate(folded=r"broadway"))
NUMBER_AFTER = (Gate(folded=keywords(lines.NUMBER_AFTER_TYPES, before=r"\s", after=r"[\s,]")),)
AFTER_CUE = (Gate(folded=keywords(lines.CUE), within=_SUFFIX),)
NAMED_AFTER_CUE = (Gate(folded=keywords(ADDRESS_WORD)),)
GERMAN = (
    Gate(folded=keywords(lines.GERMAN_TYPES, after=rf"\s+{D}")),
    Gate(folded=keywords(lines.GERMAN_LOWER_TYPES, after=rf"\s+{D}")),
    Gate(raw=keywords(lines.GERMAN_ARTICLES, after=rf"\s+\S+\s+{D}", folded=False)),
)
ROMANCE = (
    Gate(folded=keywords(lines.ROMANCE_TYPES, after=r"\s")),
    Gate(folded=rf"calle\s+{D}"),
    Gate(folded=r"gran\s+v[ií]a"),
    Gate(folded=r"(?:carretera|estrada|rodovia|autov[ií]a)\s"),
    Gate(raw=keywords(lines.ROMANCE_LOWER_TYPES, after=r"\s", folded=False)),
    Gate(folded=rf"{D}(?:\s?(?:bis|ter))?,?\s+" + keywords(lines.FRENCH_TYPES, after=r"\s")),
)
# "PSC 1234, Box 5678, APO AE 09204", "P.O. Box 123"
POSTAL = (Gate(raw=r"(?:APO|FPO|DPO)\s+A[AEP]"), Gate(raw=rf"Box\s+{D}"))
GLUED_TYPE = (
    Gate(folded=keywords(forms.GLUED_TYPES, after=rf",?\s+{D}")),
    Gate(folded=keywords(forms.CENTRAL_TYPES, before=r"\s", after=rf"\s+{D}")),
)
SLAVIC = (Gate(folded=keywords(forms.SLAVIC_TYPES)),)
SLAVIC_MORE = (
    Gate(folded=keywords(forms.SLAVIC_MORE_TYPES)),
    Gate(folded=keywords(f"{forms.TYPES_AFTER_NAME}|{forms.ADJECTIVE_TYPES}", before=r"\s")),
)
ARMENIAN = (Gate(raw=keywords(forms.ARMENIAN_TYPES, folded=False)),)
# "10115 Berlin, Hauptstraße 5": a postcode and a capitalised city, then a comma or a line break
CITY_FIRST = (Gate(raw=rf"(?:{D}{{3}}\s{D}{{2}}|{D}{{4}})\s+{UPPER}\S*(?:\s+\S+)?(?:\s+{D}{{1,2}})?[ \t]*[,\n]"),)
DATE_NAMED = (
    Gate(raw=rf"{D}\.\s+\S+\s+{D}+/{D}"),
    Gate(raw=rf"{D}\.\s+\S+\s+{D}", folded=keywords(forms.DATE_CUES)),
    Gate(raw=rf"{D}\s+de\s+" + keywords(forms.SPANISH_MONTHS, after=r"\s", folded=False)),
)
CZECH_SLOVAK = (
    Gate(raw=keywords(forms.CS_ADJECTIVE_ENDINGS, after=rf"\s+{D}", folded=False)),
    Gate(raw=keywords(forms.CS_NAME_ENDINGS, after=rf"\s+{D}+/", folded=False)),
    Gate(raw=keywords(forms.SOUTH_SLAVIC_ENDINGS, after=rf"\s+(?:{D}|bb)", folded=False)),
    Gate(raw=keywords(forms.CS_DECLINED_ENDINGS, after=rf"\s+{D}", folded=False)),
    Gate(raw=r"Put\s"),
    Gate(raw=r"\sbb"),
    Gate(raw=keywords(forms.CS_PREPOSITIONS, after=r"\s", folded=False)),
    Gate(raw=keywords(forms.CS_SQUARES, folded=False)),
    Gate(raw=r"nám\."),
    Gate(raw=rf"ých\s+\S+\s+{D}"),
    Gate(raw=rf"á\s+{D}"),
)
SEPARATE_TYPE = (
    Gate(folded=keywords(forms.SEPARATE_TYPES, before=r"\s", after=rf"\s+{D}")),
    Gate(raw=keywords(forms.BELGIAN_ROADS, after=r"\s", folded=False)),
)
JALAN = (Gate(raw=r"Jl\.|Jln\.|Jalan|Lorong|Lrg\."), Gate(raw=r"\s(?:Jalan|Jln\.|Jl\.)"))
TURKISH = (Gate(folded=keywords(forms.TURKISH_TYPES, before=r"\s")),)
GREEK = (
    Gate(raw=keywords(forms.GREEK_TYPES, after=r"\s", folded=False)),
    Gate(folded=keywords(forms.GREEKLISH_TYPES, after=r"\s")),
    Gate(raw=keywords(forms.GREEK_GENITIVE_ENDINGS, after=rf"\s+{D}", folded=False)),
    Gate(raw=rf"(?:ou|eos|ias)\s+{D}"),
)
HEBREW = (Gate(raw=keywords(forms.HEBREW_TYPES, folded=False)),)
HOUSE_ROAD = (Gate(folded=rf"(?:house|plot|holding)\s*(?:no\.?\s*)?#?{D}"),)
GRID = (Gate(folded=keywords(forms.GRID_TYPES, after=rf"\s+{D}")),)
# (one pattern of five forms: "테헤란로 123", "Teheran-ro 123", "中关村大街1号", "信義路五段7號")
HANGUL_HAN = Gate(raw=r"로|길|-ro|-gil|-daero|号|號")
_CHOME = Gate(folded=r"ch[oō]me")
JAPANESE = (_CHOME, _CHOME, Gate(raw=r"-(?:ku|shi|cho|machi|gun)"), Gate(raw=r"[市区町村郡]"))
PO_BOX = (
    Gate(folded=keywords(world.BOX_WORDS)),
    Gate(raw=keywords(world.BOX_ABBREVIATIONS, folded=False)),
    Gate(raw=keywords(world.BOX_SCRIPTS, folded=False)),
    Gate(raw=keywords(world.BARE_BOXES, after=rf"\s+{D}", folded=False)),
)
_LOCALITY = Gate(folded=keywords(world.LOCALITY))
INDIAN = (
    Gate(folded=keywords(world.HOUSE_CUE), within=_LOCALITY),
    Gate(raw=rf"#\s?{D}|[A-Z]-{D}|{D}-{D}", within=_LOCALITY),
)
RUA = (Gate(raw=r"R\.\s"),)
TAIWAN_ROMANIZED = (Gate(raw=rf"No\.\s?{D}"),)
BALTIC_CAUCASUS = (
    Gate(folded=keywords(world.BALTIC_CAUCASUS_TYPES, before=r"\s")),
    Gate(folded=keywords(world.LITHUANIAN_ABBREVIATIONS, before=r"\s")),
)
NAMED_BY_ENDING = (Gate(raw=rf"(?:{world.NAMED_BY_ENDINGS}),?[ \t]+{D}"),)
TYPE_THEN_COMMA = (
    Gate(
        folded=rf"(?:{world.TYPES_BEFORE_COMMA})\.?,[ \t]*(?:(?:{world.BUILDING_WORDS})\.?[ \t]*)?{D}",
    ),
    Gate(raw=rf"(?:{world.TYPES_BEFORE_NAME})\.[ \t]*[^\s,]+(?:[ \t]+[^\s,]+)?,[ \t]*{D}"),
)
NUMBER_SIGN = (Gate(raw=rf"(?:{world.NUMBER_SIGNS})[ \t]*{D}"),)
VIETNAMESE = (Gate(raw=rf"(?i:,\s*(?:{world.VIETNAMESE_DISTRICTS}))"),)
# "... 125, 20121 milano", "... 136, 1100-525 lisboa": a postcode and a lower-case city
LOWER_WITH_POSTCODE = (Gate(raw=rf"{D}{{4}}(?:-{D}{{3}})?\s+{LOWER}[a-z\-\x80-\U0010ffff]{{2}}"),)
LOWER_UNIT_FIRST = (Gate(raw=keywords(world.UNIT_WORDS, after=rf"\s*#?{D}", folded=False)),)
GERMAN_APART = (Gate(raw=keywords(world.GERMAN_APART_TYPES, before=r"\s", after=rf"\s+{D}", folded=False)),)
