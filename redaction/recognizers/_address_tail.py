"""What follows a street line and narrows it down: flat, floor or door, a neighbourhood, a postcode with its city.

``PLACE_TAIL`` is appended to each street-line pattern of :mod:`redaction.recognizers.street_address`:
``apto 42``, ``3º B``, ``m. 15``; ``10115 Berlin``, ``00-514 Warszawa``, ``Mountain View, CA 94043``,
``São Paulo - SP, 01304-001``. A city alone is not taken (LOCATION is off by default).
"""

from __future__ import annotations

# After a street line: up to four flat/floor/door parts (Romanian "bl. A3, sc. 2, et. 4, ap. 15"), then a postcode
# and its city in either order.
_UNIT_PART = (
    # (after a dash too: "R. XV de Novembro, 1618 - apto 11, bloco C")
    r"(?:(?:,|[ \t]+[\-–])?\s*(?i:apt|apto|apartment|suite|ste|unit|flat|fl|floor|piso|planta|puerta|pta|esc|escalera"
    r"|bloque|bloco|andar|sala|étage|etage|app|appartement|wohnung|whg|m|lok|int|interno|interior|scala|dept|depto|dpto|pb|edif|edificio|mz|manzana|lt)(?!\p{L})\.?\s*"
    r"(?:n[º°o]\.?\s*)?#?[\w\-/]{1,6}(?![\w\-])|,\s*\d{1,2}\s*[º°ª]\s*[A-Z\d]?(?![\w])"
    # Central European, Nordic, Belgian and Armenian flats and floors: "č. bytu 22", "byt 9", "stan 12", "bus 3",
    # "bte 2", "lejl. 12", "bnak. 41", "kv. 8"; "4. patro", "3. kat", "5. sal", "st. tv.", "1. th."
    r"|,?\s*(?i:č\.\s*bytu|byt|stan|bus|bte|boîte|lejl|lejlighed|bnak|kv|vchod|ulaz)(?!\p{L})\.?\s*[\w\-/]{1,5}(?![\w\-])"
    r"|,\s*(?:\d{1,2}\.|(?i:st)\.)\s*(?i:patro|poschodie|kat|sal|sart|th|tv|mf|etage|stock|og|nadstropje|emelet)\.?"
    r"(?:\s*(?i:th|tv|mf)\.)?(?![\w])"
    # Romanian block, stair, floor, flat ("bl. A3, sc. 2, et. 4, ap. 15"), Finnish "as. 5", Russian "korp. 2"
    r"|,?\s*(?i:bl|sc|et|ap|as|stg|korp|str|bldg)\.\s*[A-Z\d][\w]{0,3}(?![\w\-])"
    # Austrian stair and door: "Linzer Gasse 7/Top 5", "Stiege 2, Tür 14"; Norwegian flat numbers "H0201"
    r"|(?:/|,?\s*)(?i:top|stiege|tür)\s*\d{1,4}[a-zA-Z]?(?![\w\-])|,?\s*H\d{4}(?![\w\-])"
    # Hungarian floor and door after the house number: "Petőfi Sándor út 9. 9. em. 2.", "fsz. 1."
    r"|\.?,?\s*(?:\d{1,2}|[IVX]{1,4})\.\s*(?i:em|emelet|fsz)\.?(?:\s*\d{1,3}\.?(?:\s*(?i:ajtó))?)?(?![\w\-]))"
)
# Signature lines part the street from the city with a dot or a bar: "Meir 25 bus 18 · 4000 Liège"; prose with a
# bracket: "Trubarjeva 7 (1000 Ljubljana)".
_BETWEEN = r"(?:,?[ \t]+|[ \t]*[·•|(][ \t]*)"
_POSTCODE = (
    r"(?:(?:[A-Z]{1,2}-)?\d{2,7}(?:[ \-]\d{2,4})?(?:\s?[A-Z]{2}(?![\p{L}]))?"  # 10115, 00-514, 110 00, 1015 CJ, 6423902
    r"|[A-Z]\d{4}(?:[A-Z]{3})?(?![\p{L}\d])"  # Argentina: C1043AAZ, X5000
    r"|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"  # UK: NW1 6XE
    r"|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"  # Canada: K1A 0B1
)
# Mexico names its postcode: "C.P. 72000".
_POSTCODE_WORD = r"(?i:C\.\s?P\.|CP)"
# No full stop inside: a city never runs on into the next sentence ("..., MELANIETON. ESCALATED 2024-02-05").
# (Hebrew and Arabic have no capitals: any word of theirs may open a city's name.)
_CITY = (
    r"[\p{Lu}\p{Hebrew}\p{Arabic}][\p{L}'’\-]+(?:[ \-](?:[\p{Lu}\p{Hebrew}\p{Arabic}][\p{L}'’\-]+|de|do|da|del|am|an"
    r"|sur|upon|la|le)){0,3}"
)
_NEIGHBOURHOOD = r"\s+-\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2}(?=,)"  # "Rua das Flores, 45 - Centro,"
# A district or city without a postcode ("Rua das Flores 45, Lisboa", "Atatürk Cad. No:12, Kadıköy, İstanbul",
# "Av. Insurgentes Sur 1602, Col. Del Valle"): taken only where the address ends (a line or sentence end, a
# bracket, a dash, another such part or a postcode), and never a word that opens a sentence or a sign-off.
_DISTRICT = r"(?:(?i:col\.|colonia|bairro|barrio|quận|q\.|kec\.|kel\.|tp\.|distrito|district|sector)\s*)?"
_NOT_PLACE = (
    r"(?!(?:Please|Thanks|Thank|Cheers|Regards|Best|Call|Phone|Tel|Email|Mobile|Contact|Order|Ticket|Ref|Note"
    r"|Hi|Hello|Dear|Yes|No|Ok|OK|And|But|Or|So|The|This|That|It|We|I|You|He|She|They|Apt|Suite|Unit)(?![\p{L}]))"
)
_ADDRESS_END = (
    rf"(?=[ \t]*(?:$|[\n.;!?)\"'\]}}|]|[ \t][\-–—][ \t]"
    rf"|,[ \t]*(?:{_DISTRICT}{_CITY}|[A-Z]{{2}}(?!\p{{L}})|\d|C\.\s?P\.)))"
)
_PLACE_ONLY = rf",[ \t]*{_NOT_PLACE}{_DISTRICT}{_CITY}(?:[ \t]+\d{{1,2}})?{_ADDRESS_END}"
PLACE_TAIL = (
    # A house number may end with a full stop before the comma (Hungarian "utca 12., 1053 Budapest").
    rf"(?:\.(?=,))?(?:{_UNIT_PART}|{_NEIGHBOURHOOD}){{0,4}}"
    # "1059 København K", "8000 Aarhus C": a district letter after the city
    rf"(?:(?:{_BETWEEN}|,?\s+)(?:{_POSTCODE_WORD}\s*)?(?:{_POSTCODE})\s+{_CITY}(?:\s+(?:\d{{1,2}}|[A-Z]{{1,2}}))?(?![\p{{L}}\d]|[\-/:.]\d)"
    # "C.P. 72000, Puebla" (Mexico): the postcode named, then the city
    rf"|,\s*{_POSTCODE_WORD}\s*\d{{5}}(?:,\s*{_CITY})?"
    rf"|,\s*{_CITY}(?:\s*[\-,]\s*[A-Z]{{2}})?,?\s+(?:{_POSTCODE})(?![\p{{L}}\d]|[\-/:.]\d)"
    rf"|{_PLACE_ONLY}){{0,3}}"
)

# A year-like postcode ("Python 3, 2024 Release notes") only where its city ends the address ("Meir 50, 2000
# Antwerpen.", "Strøget 12 (1160 København K)").
_YEAR_LIKE = r"(?:19|20)\d\d(?!\d)"
_NO_YEAR = rf"(?!{_YEAR_LIKE}(?!\s+{_CITY}[ \t]*(?:$|[\n,;)|·]|\.(?:\s|$))))"
# A postcode and its city right after a street line, required where the street line has no street-type word
# ("Karlova 25, 110 00 Praha 1", "Obchodná 12, 811 06 Bratislava"); never a year ("Python 3, 2024 Release").
POSTCODE_CITY = (
    # (a year-like postcode only after a flat or on the next line: "Meir 138 bus 5, 2000 Antwerpen",
    # "Meir 78\n2000 Antwerpen", not "Python 3, 2024 Release")
    rf"(?:(?:{_UNIT_PART}){{1,4}}{_BETWEEN}(?:{_POSTCODE})\s+{_CITY}(?:\s+(?:\d{{1,2}}|[A-Z]{{1,2}}))?"
    rf"|(?:{_UNIT_PART}){{0,4}}(?:(?:{_BETWEEN}{_NO_YEAR}|,?[ \t]*\n[ \t]*)(?:{_POSTCODE})\s+{_CITY}"
    rf"(?:\s+(?:\d{{1,2}}|[A-Z]{{1,2}}))?"
    # or the city first: "Komenského 2, Trnava 917 01", "Tumanyan 5/1, Yerevan 0001"
    rf"|,\s*{_NOT_PLACE}{_CITY},?\s+(?!{_YEAR_LIKE})(?:{_POSTCODE})))"
    r"(?![\p{L}\d]|[\-/:.]\d)"
)
# A known city alone after the street and its flat ("Tumanyan 25, Yerevan", "Husova 8, byt 3, Brno"), where the
# address ends: the street recognizer checks that the city is a known place and the street's name no plain word.
# (a signature's bar or dot may part them: "Acme Lda | Tumanyan 25 | Yerevan")
CITY_ONLY = rf"(?:{_UNIT_PART}){{0,4}}(?:,[ \t]*|[ \t]*[·•|][ \t]*){_NOT_PLACE}{_CITY}(?=[ \t]*(?:[,.;)|·•\n]|$))"
# The words that name a dwelling inside a building, in Latin, Cyrillic and Armenian letters ("piso 2", "depto 56",
# "ap. 81", "кв. 7", "բն. 5", "bus 3", "of. 5", "casa 4"): after a street without a type word they say it is one
# ("Güemes 3950, piso 2", "Los Leones 1280, depto 502"). (Not "suite", "unit", "floor" or "sala": offices and build
# units have those.)
DWELLING_WORDS = (
    r"piso|depto|dpto|departamento|apto|apartamento|apt|apartment|flat|wohnung|whg|appartement|byt|stan|bnak|kv"
    r"|bus|bte|boîte|кв|квартира|бн|բն|բնակարան|of(?=\.)|oficina|casa|local|lote"
)
DWELLING_PART = (
    rf"(?:,?[ \t]+[\-–]?[ \t]*|,[ \t]*)(?i:{DWELLING_WORDS})(?![\p{{L}}])\.?[ \t]*(?:n[º°o]\.?[ \t]*)?#?"
    r"\d{1,4}[A-Za-z]?(?![\w\-])"
)
# Flat, floor or door parts alone, for forms that bring their own postcode and city.
UNIT_PARTS = rf"(?:{_UNIT_PART}){{0,4}}"
