"""Street lines of the US and the UK, of German and of the Romance languages, and streets after an address cue.

Each is a regular-expression source for :mod:`redaction.recognizers.street_address`, without the place tail. The
street-type words are named apart: the gates of :mod:`redaction.recognizers._street_gates` look for them first.
Suffixes follow the USPS street-suffix abbreviations (Publication 28, appendix C1) plus UK forms.
"""

from __future__ import annotations

from redaction.recognizers._street_words import ADDRESS_WORD, FUNCTION_WORD, HTTP_REASON, SUFFIX

_WORD = r"(?:\p{Lu}[\p{L}'’\-]*|\d{1,3}(?:st|nd|rd|th)|of|the|de|la|del)"
_UNIT = r"(?:,?\s*(?i:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|Bldg|#)\.?\s*#?[\w\-]{1,6})?"
_US_TAIL = r"(?:,?\s+\p{Lu}[\p{L} .'\-]{1,30}?,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)"
_UK_TAIL = r"(?:,?\s+\p{Lu}[\p{L} .'\-]{1,30}?,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})"
_DIRECTION = r"(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?\s+)?"
# "Flat 3, 14 Queen's Road", "Unit 4/27 Harbour Street": the flat may come first.
_UNIT_FIRST = (
    r"(?:\b(?i:flat|unit|apt|apartment|suite|ste|level|room|studio|block|blk|shop|stand|plot|casa|lote|lot)\.?\s*#?[\w\-]{1,5}"
    r"\s*[,/]\s*)?"
)
# 1600 Pennsylvania Avenue NW, Suite 400, Washington, DC 20500
US_UK = (
    rf"{_UNIT_FIRST}(?<![\d.])\b\d{{1,6}}[A-Za-z]?{HTTP_REASON}(?:[\-/]\d{{1,4}})?,?\s+{_DIRECTION}(?:{_WORD}\s+){{0,4}}{_WORD}\s+{SUFFIX}"
    rf"(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?{_UNIT}(?:{_US_TAIL}|{_UK_TAIL})?"
)
# "1600 Broadway", "2101 Highway 61", "2520 Route 9": a house number before a road known by its number, or by a
# name that takes no type word ("Route 66 Diner", "Highway 1 traffic" have none).
_ROAD_NUMBERED = (
    r"(?:(?:US|State|County|Interstate|FM|SR|CR)[ \t\-]+)?(?:Highway|Hwy\.?|Route|Rte\.?)[ \t\-]+\d{1,4}[A-Z]?\b"
)
# A lower-case word after it must open another phrase: "2 Route 66 signs", "the 1 Broadway show" are no address.
_ROAD_END = (
    r"(?![ \t]+(?!(?:in|near|for|on|at|and|or|but|by|with|since|until|next|then|today|tomorrow|right|please|thanks"
    r"|so|is|was|instead|before|after|last|this)\b)\p{Ll})"
)
_HOUSE_ON = rf"(?<![\d.])\b\d{{1,6}}[A-Za-z]?{HTTP_REASON},?[ \t]+{_DIRECTION}"
NUMBERED_ROADS = (
    rf"{_HOUSE_ON}{_ROAD_NUMBERED}{_UNIT}{_ROAD_END}"  # (one alternative per gate)
    rf"|{_HOUSE_ON}Broadway\b{_UNIT}{_ROAD_END}"
)
# "Kenyatta Avenue 45", "King Fahd Road 3421", "Ang Mo Kio Avenue 3": the number after the street, for the
# street types no product or phrase ends with ("Charging Station 3", "Route 66", "API Gateway 2" stay).
NUMBER_AFTER_TYPES = r"street|st\.?|str\.|avenue|ave\.?|road|rd\.?|lane|boulevard|blvd\.?|crescent|marg|salai"
NUMBER_AFTER = (
    rf"{_UNIT_FIRST}\b(?:{_WORD}\s+){{0,3}}\p{{Lu}}[\p{{L}}'’\-]*\s+"
    rf"(?i:{NUMBER_AFTER_TYPES})"
    r"(?:,?\s+(?i:bldg|building|house|d)\.?)?\s+"
    # not a year, not a count in a sentence ("Wall Street 2024 outlook", "Main Street 5 times")
    r"(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?(?![\w\-/])(?![ \t]+\p{Ll})"
)
# lower-case chat: "i moved to 221 baker st" (common suffixes only, to keep "3 main points" intact)
LOWER_SUFFIXES = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|parkway|way|hwy|highway"
    r"|crescent|cres|tce|pde|parade|esplanade"
)
LOWER = (
    rf"\b\d{{1,6}}[a-z]?{HTTP_REASON}\s+(?:[nsew]\.?\s+)?"
    rf"(?:(?:(?!{FUNCTION_WORD})\p{{Ll}}[\p{{Ll}}'\-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,3}}"
    rf"(?:{LOWER_SUFFIXES})\b\.?"
    rf"(?:{_UNIT})?"
    # "... apt 3c chicago il 60610": a lower-case city, state and ZIP code
    r"(?:,?\s+[a-z][a-z .'\-]{1,30}?,?\s+[a-z]{2}\s+\d{5}(?:-\d{4})?\b)?"
)
# After an address cue any street suffix is trusted, whatever the case: "ship to 77 montgomery keys".
CUE = (
    r"(?i:address(?:\s+(?:is|to|at))?|live\s+at|living\s+at|ship(?:ped)?\s+to|deliver(?:ed)?\s+to|moved\s+to"
    r"|located\s+at|send\s+(?:it\s+)?to)"
)
AFTER_CUE = rf"(?<={CUE}[\s:,]{{1,3}})\d{{1,6}}[a-zA-Z]?\s+(?:[\p{{L}}'\-]+\s+){{1,3}}{SUFFIX}\b{_UNIT}"
_PHRASE_OPENERS = (
    "since|instead|until|near|next|opposite|please|thanks|desde|hasta|até|cerca|perto|junto|frente|seit|bis|nahe|neben"
    "|por\\s+favor|gracias|bitte|danke|svp|merci|per\\s+favore|grazie|obrigad[oa]"
    # a flat after the house number ("Komitas 49/3 apt 12"): the place tail takes it
    "|apt|apartment|flat|unit|suite|piso|depto|dpto|kv|byt|bus|lgh"
)
# After an address word (street_words.ADDRESS_WORD), a street named without a type word.
NAMED_AFTER_CUE = (
    rf"(?<={ADDRESS_WORD}[ \t]*[:,\-–]?[ \t]*)(?!(?i:is|was|to|at|es|ist|the|my|our|your)\b)"
    r"\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){0,2},?\s+"
    # the address ends there: no word of the sentence after it ("ship to Windows 11 users"), unless one that
    # opens another phrase ("moro na Ilica 242 desde março", "left it at Meir 50 instead of")
    r"\d{1,4}[a-zA-Z]?(?:/\d{0,4}[a-zA-Z]?)?(?![\w\-/]|\.\d)"
    rf"(?![ \t]+(?!(?:{_PHRASE_OPENERS})\b)\p{{Ll}})"
)
# Musterstraße 12a, Hauptstr. 5, Berliner Allee 12, Am Markt 3 (German: number after the street)
GERMAN_TYPES = r"straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt"
GERMAN_LOWER_TYPES = r"straße|strasse|allee|platz|gasse"
GERMAN_ARTICLES = r"Am|An der|Auf der|Im|In der|Zum|Zur"
GERMAN = (
    rf"\b(?:\p{{Lu}}[\p{{L}}\-]*\s+)?\p{{Lu}}[\p{{L}}\-]*(?i:{GERMAN_TYPES})\s+\d{{1,4}}(?:[\-–]\d{{1,4}}(?!\d|[.,:]\d))?"
    r"(?:[ \t]?[a-zA-Z](?!\p{L}))?"
    r"(?:/\d{1,4}){0,3}\b"
    # lower-case chat: "laszlo-beckmann-straße 5", "hartungallee 12"
    rf"|\b[\p{{L}}\-]+(?i:{GERMAN_LOWER_TYPES})\s+\d{{1,4}}(?:[ \t]?[a-zA-Z](?!\p{{L}}))?\b"
    rf"|\b(?:{GERMAN_ARTICLES})\s+\p{{Lu}}[\p{{L}}\-]+\s+\d{{1,4}}\s?[a-z]?\b"
)
# Calle Mayor 12, C/ de Alcalá 45, 3º B; Avenida de la Constitución 7; 12 rue de la Paix
ROMANCE_TYPES = (
    # Spanish "tipos de vía" (INE), Portuguese and Italian street types.
    r"Calle|C/|C\.|Avenida|Avda\.?|Av\.|Paseo|Plaza|Pza\.?|Camino|Carrera|Carretera|Ronda|Travesía"
    r"|Alameda|Pasaje|Cuesta|Glorieta|Rambla|Callejón|Acceso|Cañada|Urbanización|Vía|Bulevar|Partida|Sector"
    r"|Polígono|Pasadizo|Prolongación|Vial|Bajada|Subida|Barranco|Barrio|Senda|Sendero|Muelle|Explanada"
    r"|Costanilla|Rúa|Rua|Via|Viale|Piazza|Corso|Largo|Travessa|Estrada|Carrer|Rruga|Soi|Nám\.|Náměstí"
    # French as written in Belgium and Switzerland: "Avenue Louise 54", "Rue du Rhône 12"
    r"|Rue|Avenue|Boulevard|Chaussée|Quai|Chemin|Allée|Impasse|Place|Drève|Square|Clos"
    # Romanian
    r"|Strada|Str\.|Bulevardul|Bd\.|B-dul|Bdul\.?|Calea|Șoseaua|Soseaua|Șos\.|Aleea|Piața|Piata|Splaiul|Intrarea"
    # Mexican
    r"|Blvd\.|Calz\.|Calzada|Privada|Cerrada|Circuito|Andador|Prol\.|Bv\.|Bvd\.|Bvar\."
    # the rest of Mexico's street types (INEGI's catalogue of "tipos de vialidad")
    r"|Ampliación|Circunvalación|Continuación|Corredor|Diagonal|Eje(?:\s+vial)?|Peatonal|Periférico|Retorno|Viaducto"
    # Peru's "jirón": "Jr. de la Unión 456", "Jr. Lampa 545"
    r"|Jr\.|Jirón"
)
ROMANCE_LOWER_TYPES = (
    r"calle|avenida|avda\.?|paseo|glorieta|rambla|callejón|cañada|pasaje|cuesta|alameda|travesía|ronda"
    r"|urbanización|carretera|vial|bajada|barranco|senda|costanilla|av\.?|blvd\.?|calz\.?|calzada|privada|cerrada"
)
FRENCH_TYPES = (
    r"(?i:rue|bd|chemin|allée|impasse|quai)|Avenue|AVENUE|Boulevard|BOULEVARD|Place"
    r"|PLACE|Route|ROUTE|(?:avenue|boulevard|place|route)(?=\s+(?:(?:de|du|des|la|le|l')\b|\p{Lu}))"
)
ROMANCE = (
    rf"(?:\b|(?<=\s))(?i:{ROMANCE_TYPES})"
    # the name may open with a date: "Calle 5 de Mayo 34", "Av. 16 de Septiembre 730", "Avenue du 11 Novembre 33"
    r"\s+(?:(?i:de|del|la|las|los|el|da|das|do|dos|di|dei|degli|della|delle|dello|dal|des|du|e|i)\s+)*"
    r"(?:\d{1,2}\s+(?i:de\s+)?)?\p{Lu}[\p{L}'’\-]*"
    # Rua Voluntários da Pátria, Rue du Marché aux Herbes
    r"(?:\s+(?:(?i:de|del|da|do|das|dos|di|dei|della|du|des|aux|au|sur|la|le|les)\s+)?\p{Lu}[\p{L}'’\-]*){0,3}"
    r",?\s+(?:(?i:n\.?[º°o]|nr)\.?\s*|\#\s?)?\d{1,5}[a-zA-Z]?(?:/\d{1,4})?(?:\s*,\s*\d{1,2}\s*[º°ª]?\s*[A-Z]?)?\b"
    # numbered streets of La Plata: "Calle 7 N° 1234"
    r"|\b(?i:calle)\s+\d{1,3}\s+(?i:n[º°o]\.?)\s*\d{1,5}\b"
    # a city's "Gran Vía", its type last: "Gran Vía 177, 5º A", "Gran Via de les Corts Catalanes 585"
    r"|\b(?i:gran\s+v[ií]a)(?:\s+(?:(?i:de|del|les|la)\s+)*\p{Lu}[\p{L}'’\-]*){0,4},?\s+\d{1,5}[a-zA-Z]?"
    r"(?:\s*,\s*\d{1,2}\s*[º°ª]\s*[A-Z]?)?\b(?!\s+(?i:horas?|minutos?|d[ií]as|semanas|meses|años|veces)\b)"
    # a rural address by the road's kilometre: "Carretera de Cádiz, km 60", "Carretera México-Toluca km 74"
    r"|\b(?i:carretera|estrada|rodovia|autovía)\s+(?:(?i:de|del|a)\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3}"
    r",?\s+(?i:km)\.?\s*\d{1,4}(?:[.,]\d{1,3})?\b"
    # lower-case chat, unambiguous Spanish street types only: "vivo en pasaje calisto serra 12"
    rf"|\b(?:{ROMANCE_LOWER_TYPES})"
    r"\s+(?:[\p{Ll}'’\-]+\s+){1,5}\#?\d{1,5}[a-z]?\b"
    # (English words in lower case only before an article or a name: "12 place de la Concorde", "198 place Pasteur",
    # not "12 place settings")
    rf"|\b\d{{1,5}}(?:\s?(?:bis|ter))?,?\s+(?:{FRENCH_TYPES})"
    r"\s+(?:(?:de|du|des|la|le|l')\s*)*\p{L}[\p{L}\-']*(?:\s+\p{L}[\p{L}\-']*){0,3}"
)
# Military and PO-box style addresses that Faker and real US data both emit.
POSTAL = (
    r"\b(?:PSC|Unit|USNS|USNV|USS|USCGC)\s+[\w ]{1,20}?,?\s+(?:Box\s+\d{1,5},?\s+)?(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b"
    r"|\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b"
)
