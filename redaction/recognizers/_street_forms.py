"""Street lines of more of the world than the US/UK, German and Romance forms: Dutch, Nordic and Central European
street types glued to the name or apart, Slavic, Turkish and Malay prefixes, Greek, Korean, Chinese and Japanese
block addresses, South Asian house-and-road plots, the Colombian grid.

Each is a regular-expression source for :mod:`redaction.recognizers.street_address`, without the place tail.
"""

from __future__ import annotations

# Keizersgracht 123, Drottninggatan 5, Vesterbrogade 12B, Andrássy út 60, Václavské náměstí 846/1
GLUED_TYPES = (
    r"straat|gracht|laan|plein|kade|singel|dijk|steeg|gade|gatan|vägen|vegen|veien|vej|gata"
    r"|gate|katu|tie|kuja|utca|stien|svingen|bakken|toppen|løkka|tunet|kroken|lunden|plassen|gränd|backe|stigen"
    r"|torget|stræde|plads|torv|avenyen|markt|lei|dreef|kaai|vest|steenweg|baan"
    # more Norwegian endings: Lindbergjordet, Holmkollen, Fjordåsen, Solbergskogen
    r"|berget|bråten|eggen|faret|flata|gjerdet|grenda|gropa|haugen|havna|holtet|høgda|jordet|kollen|lyngen|marka"
    r"|myra|ringen|skogen|skrenten|spranget|stranda|stubben|stykket|tjernet|vollen|åsen|alléen"
)
CENTRAL_TYPES = r"út|utca|tér|náměstí|nábřeží|třída|ulice|namestie|trieda|u\.|krt\.|körút|fasor|nám\.|nábř\.|c\."
GLUED_TYPE = (
    rf"\b(?:\p{{Lu}}[\p{{L}}\-]*\s+)?\p{{Lu}}[\p{{L}}\-]*(?i:{GLUED_TYPES})"
    # (a house number may span a range: "Sepänkatu 7-9 B 12")
    r",?\s+\d{1,4}(?:[\-–]\d{1,4}(?!\d|[.,:]\d))?(?:[ \-]?[a-zA-Z](?![\p{L}])(?:[ \t]?\d{1,3}(?![\w\-/]|[.,:]\d))?)?"
    r"(?:/\d{1,4})?\b"
    # "Andrássy út 22", "Kossuth Lajos utca 12", "Szent István körút 3": streets named after a person, surname first
    rf"|\b(?:\p{{Lu}}[\p{{L}}\-]*\s+)?\p{{Lu}}[\p{{L}}\-]*\s+(?i:{CENTRAL_TYPES})"
    r"\s+\d{1,4}(?:/\d{1,4})?[a-zA-Z]?\b"
)
# Karl Johans gate 22, Nieuwe weg 3: the street type as a word of its own
SEPARATE_TYPES = (
    r"gate|gata|gatan|vei|veien|vej|vegen|vägen|gade|weg|laan|straat|tie|katu|ulitsa|prospekt|pereulok|shosse"
    r"|naberezhnaya|allé|poghots|poghota|p'oghots|kucha|gamziri|(?i:markt|steenweg|lei|dreef|kaai|plein|vest)"
)
# Belgian roads named after the town they lead to: "Steenweg op Gent 264", "Chaussée de Louvain 12"
BELGIAN_ROADS = r"Steenweg|Chaussée|Kiewitstraat|Baan"
SEPARATE_TYPE = (
    rf"\b\p{{Lu}}[\p{{L}}\-]*(?:\s+\p{{Lu}}[\p{{L}}\-]*){{0,2}}\s+(?:{SEPARATE_TYPES})"
    r"\s+\d{1,4}[a-zA-Z]?(?![\p{L}\d])"
    rf"|\b(?:{BELGIAN_ROADS})"
    r"\s+(?:op|naar|de|d'|van)\s*\p{Lu}[\p{L}\-]*\s+\d{1,4}[a-zA-Z]?(?![\p{L}\d])"
)
# Jl. Sudirman No. 45, Jalan Ampang 12 (Indonesian and Malay: the number after "No.")
JALAN = (
    r"\b(?:Jl\.|Jln\.|Jalan|Lorong|Lrg\.)\s*\p{Lu}[\p{L}\-.]*(?:\s+\p{Lu}[\p{L}\-.]*){0,3},?\s+"
    r"(?:(?i:no)\.?\s*)?\d{1,4}[A-Za-z]?(?![\p{L}\d])"
    # "123 Jalan Bukit Bintang": the number first
    r"|\b\d{1,4}[A-Za-z]?,?\s+(?:Jalan|Jln\.|Jl\.)\s*\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}"
)
# ul. Marszałkowska 84/92 m. 15, al. Jerozolimskie 44, ул. Тверская 7
SLAVIC_TYPES = (
    r"ul\.|ulica|(?<!et\s)al\.|aleja|aleje|os\.|osiedle|pl\.|(?i:plac|rondo|ulitsa|prospekt)|ул\.|улица|пр\."
    r"|проспект|вул\.|вулиця"
    # Russian types transliterated: "nab. Fontanki, d. 120A", "per. Sivtsev Vrazhek 5", "sh. Entuziastov 31"
    r"|nab\.|naberezhnaya|per\.|pereulok|sh\.|shosse|bul\.|bulvar|ploshchad"
)
SLAVIC = (
    # (Bulgaria quotes the name: "ул. „Витоша“ 15"; not a domain's end: "…@wp.pl. Zgłoszenie 3479184")
    rf"(?<![\w.@/\-])(?:{SLAVIC_TYPES})\s*[„“\"«]?\p{{Lu}}[\p{{L}}\-]*"
    r"(?:\s+\p{L}[\p{L}\-]*){0,2}[“”\"»]?,?\s+(?:(?:д\.|дом|d\.|dom)\s*)?\d{1,4}[a-zA-Zа-я]?(?:/\d{1,4})?"
    r"(?:,?\s*(?:m\.|lok\.|кв\.|корп\.|kv\.|korp\.)\s*\d{1,4})*"
)
_SLAVIC_UNIT = r"(?:,?\s*(?:m\.|lok\.|кв\.?|kv\.?|корп\.|стан|stan|apt\.?)\s*\d{1,4})*"
# The house number, its slashed part and the flats after it.
_SLAVIC_NUMBER = rf"\d{{1,4}}[a-zA-Zа-я]?(?:/\d{{1,4}}[a-zA-Z]?)?(?![\p{{L}}\d]){_SLAVIC_UNIT}"
# вул Шевченко 15 кв 8, Bulevar oslobođenja 102, Булевар краља Александра 73: types no other word shares, any case
# after them; Невский пр-т, д. 28; Садовая-Кудринская ул., 6; savska cesta 41/3: the type after the name.
SLAVIC_MORE_TYPES = (
    r"(?i:bulevar|vulytsia|vulytsya|vul\.|prosp\.|prospekt|provulok|ulitsa|ulici|trg|obala|šetalište|prilaz)|Cesta|Ulica|Булевар|Трг|вул\.?|вулиця|улица|ул\.|пр-т|просп\."
    r"|проспект|пер\.|переулок|бул\.|бульвар|наб\.|шоссе"
    # Ukrainian: lane, boulevard, square, descent, embankment, passage
    r"|пров\.|провулок|бульв\.|майдан|площа|узвіз|набережна|шосе|проїзд|алея"
)
# (the type after the name)
TYPES_AFTER_NAME = r"ул\.|улица|пр-т|просп\.|проспект|пер\.|бул\.|бульвар|наб\.|шоссе|вул\."
# (declined too: "na Jadranskoj aveniji 8", "u Savskoj cesti 41")
ADJECTIVE_TYPES = r"cest[aiue]|ulic[aiue]|avenij[aiue]|obal[aiue]"
SLAVIC_MORE = (
    rf"(?:\b|(?<=\s))(?:{SLAVIC_MORE_TYPES})\s*\p{{L}}[\p{{L}}\-]*(?:\s+\p{{L}}[\p{{L}}\-]*){{0,2}},?\s+"
    rf"(?:(?:д\.|дом|буд\.|будинок|№|br\.)\s*)?(?!(?:19|20)\d\d\b){_SLAVIC_NUMBER}"
    rf"|\b(?:\p{{Lu}}[\p{{L}}]*(?:[\s\-]\p{{Lu}}[\p{{L}}]*)?\s+(?:{TYPES_AFTER_NAME})"
    rf"|\p{{L}}+(?:sk|šk|čk|ck|ov|ev|in)(?:a|oj|u|e)\s+(?i:{ADJECTIVE_TYPES}))\s*,?\s*"
    rf"(?:(?:д\.|дом)\s*)?{_SLAVIC_NUMBER}"
)
# Աբովյան փող. 12, բն. 34; Բաղրամյան պող. 24ա (Armenian: street, avenue, lane; flat "բն.")
ARMENIAN_TYPES = r"փող\.|փողոց|փ\.|պող\.|պողոտա|նրբ\.|նրբանցք"
ARMENIAN = (
    rf"\p{{Armenian}}+(?:\s+\p{{Armenian}}+)?\s+(?:{ARMENIAN_TYPES})\s*,?\s*\d{{1,4}}[ա-ֆ]?"
    r"(?:/\d{1,4})?(?:,?\s*բն\.?\s*\d{1,4})?"
)
# "160 00 Praha 6\nJugoslávských partyzánů 1580/3", "51000 Rijeka, Korzo 11/II": postcode and city first, then a
# street without a type word on the same or the next line.
CITY_FIRST = (
    r"(?<![\d\-])\b(?:\d{3}\s\d{2}|\d{4,5})\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?(?:\s+\d{1,2})?"
    r"[ \t]*(?:,|\n)[ \t]*"
    r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{L}[\p{L}'’\-]+){0,3}\s+(?!(?:19|20)\d\d\b)\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?|/[IVX]{1,4})?"
    r"(?![\w/])"
)
# "5. května 1640/65", "28. října 1234/5": streets named after a date, with a Czech or Slovak slashed number
# (a date has no "1640/65").
DATE_CUES = r"ulici|ulica|ulice|adresa\s+je|adresa|adrese"
SPANISH_MONTHS = r"Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre"
DATE_NAMED = (
    r"(?<![\d.])\b\d{1,2}\.\s+\p{Ll}+\s+\d{1,4}/\d{1,4}[a-zA-Z]?(?![\w/])"
    # after "ulici", "adresa je": "na ulici 1. mája 16", "adresa je 17. listopadu 15"
    rf"|(?<=(?i:{DATE_CUES})[ \t:]+)\d{{1,2}}\.\s+\p{{Ll}}+\s+\d{{1,4}}[a-zA-Z]?"
    r"(?![\w/]|[.,:]\d)"
    # Argentine and Mexican avenues named after a date: "25 de Mayo 350", "Av. 9 de Julio 1100" (not a year)
    rf"|(?<![\d.])\b\d{{1,2}}\s+de\s+(?:{SPANISH_MONTHS})"
    r"\s+(?!(?:19|20)\d\d\b)\d{1,5}(?![\w/]|[.,:]\d|[ \t]+\p{Ll})"
)
# Czech and Slovak streets named by an adjective or a preposition, which no other language writes so:
# "Bělehradská 12", "Komenského 2", "Národní 7", "Karlova 1580/3" (-ova/-ovo only with a slashed number),
# "Na Poříčí 12", "Pod Kalváriou 3", "U Nemocnice 5".
CS_ADJECTIVE_ENDINGS = r"ská|cká|ová|ého|ní|ná|ká|ký|ské|ej"
CS_NAME_ENDINGS = r"ova|ovo|ina|ino"
SOUTH_SLAVIC_ENDINGS = r"ska|ška|čka|ćka|cka"
CS_DECLINED_ENDINGS = r"skou|ckou|ovou|nou|kou|skú|ckú|ovú|nú|kú|ské|cké|né|ké|ově"
CS_PREPOSITIONS = r"Na|Pod|Nad|Za|Před|Při|U"
CS_SQUARES = r"\bNám\.|\b[Nn]ámestie|\b[Nn]áměstí|\b[Tt]řída|\b[Tt]rieda|\b[Tt]ř\.|\b[Nn]ábřeží|\b[Nn]ábř\."
CZECH_SLOVAK = (
    rf"\b\p{{Lu}}\p{{Ll}}+(?:{CS_ADJECTIVE_ENDINGS})\s+"
    r"\d{1,4}(?:/\d{1,4}|/[A-Za-z])?[a-zA-Z]?(?![\w/]|[.,]\d)"
    rf"|\b\p{{Lu}}\p{{Ll}}+(?:{CS_NAME_ENDINGS})\s+"
    r"\d{1,4}/\d{1,4}[a-zA-Z]?(?![\w/]|[.,]\d)"
    # Croatian, Serbian, Slovenian and Polish adjectives: "Vukovarska 58a", "Savska 41", "Marszałkowska 84"
    rf"|\b\p{{Lu}}\p{{Ll}}+(?:{SOUTH_SLAVIC_ENDINGS})\s+"
    r"(?:\d{1,3}[a-zA-Z]?(?:/\d{1,4})?|bb)(?![\w/]|[.,:]\d|[ \t]+\p{Ll})"
    # the same adjectives declined after "na", "v", "k": "na Bělehradskou 56", "v Lidické 7-9", "na Mierovú 12-14"
    rf"|\b(?:na|v|ve|k|ke|ku|po|pri|při|do|u)\s\K\p{{Lu}}\p{{Ll}}++(?<={CS_DECLINED_ENDINGS})"
    r"\s+\d{1,4}(?:[\-/]\d{1,4})?[a-zA-Z]?(?![\w/]|[.,:]\d)"
    # Croatian roads and no-number houses: "Put Firula 15", "Gornja ulica bb"
    r"|\bPut\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+\d{1,4}[a-z]?(?![\w/]|[.,:]\d|[ \t]+\p{Ll})"
    r"|\b\p{Lu}\p{Ll}+\s+(?i:ulica|cesta)\s+bb\b"
    rf"|\b(?:{CS_PREPOSITIONS})\s+"
    r"\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:č\.\s?p\.\s*)?\d{1,4}(?:/\d{1,4})?[a-zA-Z]?"
    r"(?![\w/]|[.,]\d)"
    rf"|(?:{CS_SQUARES})"
    r"\s*\p{L}[\p{L}\-]*(?:\s+\p{L}[\p{L}\-]*){0,2}\s+"
    r"\d{1,4}(?:/\d{1,4})?[a-zA-Z]?(?![\w/]|[.,]\d)"
    r"|\bnám\.\s*\p{Lu}[\p{L}\-]*(?:\s+\p{L}[\p{L}\-]*)?\s+\d{1,4}(?:/\d{1,4})?[a-zA-Z]?(?![\w/]|[.,]\d)"
    # a plural genitive and its noun: "Jugoslávských partyzánů 1580/3", "Dukelských hrdinů 12"
    r"|\b\p{Lu}\p{Ll}+ých\s+\p{Ll}+\s+\d{1,4}(?:/\d{1,4})?[a-zA-Z]?(?![\w/]|[.,]\d)"
    # any feminine adjective: "Dlouhá 5", "Krátká 12/3"
    r"|\b\p{Lu}\p{Ll}{3,}+(?<=á)\s+\d{1,4}(?:/\d{1,4}|/[A-Za-z])?[a-zA-Z]?(?![\w/]|[.,:]\d|[ \t]+\p{Ll})"
)
# Atatürk Cad. No:12 D:5, Gül Sokak No. 4 (Turkish: number after "No")
# The neighbourhood may come first and the street be numbered: "Cumhuriyet Mah. 1328. Sok. No: 16/29".
TURKISH_TYPES = r"caddesi|cadde|cad\.|cd\.|sokak|sokağı|sok\.|sk\.|bulvarı|blv\."
TURKISH = (
    r"\b(?:\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}\s+(?i:mahallesi|mah\.|mh\.),?\s*)?"
    r"(?:\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}|\d{1,5}\.?)\s+"
    rf"(?i:{TURKISH_TYPES})"
    r",?\s*(?:(?i:no)\s*[:.]?\s*)?\d{1,4}(?:\s*/\s*\d{1,3})?(?:\s*(?:D|Daire|daire)\s*[:.]?\s*\d{1,3})?"
)
# Οδός Ερμού 12, Λεωφόρος Κηφισίας 44 (Greek); a street is named in the genitive, so "Ερμού 25", "Ermou 25" and
# "Mitropoleos 17" are streets even without the type (not "Ιουνίου 15", the 15th of June).
_GREEK_MONTHS = (
    r"(?:Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου"
    r"|Δεκεμβρίου|Κεφαλαίου|Άρθρου|Παραγράφου|Ορόφου|Έτους|Τμήματος|Γραφείου|Πακέτου|Τεύχους)"
)
GREEK_TYPES = r"Οδός|Οδ\.|οδός|οδ\.|Λεωφόρος|Λεωφ\.|λεωφ\.|Λ\.|Πλατεία|Πλ\.|Πάροδος|Παρ\."
GREEKLISH_TYPES = r"leoforos|leof\.|plateia|odos|od\."
GREEK_GENITIVE_ENDINGS = r"ού|ου|ας|ης|ών|εως|ίας"
GREEK = (
    rf"(?:{GREEK_TYPES})\s+\p{{Lu}}[\p{{L}}\-]*"
    r"(?:\s+\p{Lu}[\p{L}\-]*){0,2},?\s+\d{1,4}[α-ω]?\b"
    # Greeklish: "Leoforos Posidonos 45", "Leof. Kifisias 44", "Plateia Syntagmatos 2", "odos Ermou 10"
    rf"|\b(?i:{GREEKLISH_TYPES})"
    r"\s+\p{Lu}?\p{Ll}+(?:\s+\p{Lu}?\p{Ll}+)?\s+\d{1,4}[a-zA-Z]?\b"
    rf"|(?<!\p{{L}})(?=\p{{Greek}})(?!{_GREEK_MONTHS})\p{{Lu}}\p{{Greek}}*+(?<={GREEK_GENITIVE_ENDINGS})\s+\d{{1,3}}[α-ω]?"
    r"(?![\w/]|[.,:]\d)"
    r"|\b\p{Lu}[a-z]{2,}+(?<=ou|eos|ias)\s+\d{1,3}[a-zA-Z]?(?![\w/]|[.,:]\d|[ \t]+\p{Ll})"
)
# רחוב הרצל 26 דירה 8, שד' בן גוריון 9, מרח' אלנבי 20 (Hebrew: the type first, maybe after a prefix letter)
HEBREW_TYPES = r"רחוב|רח['׳]|שדרות|שד['׳]|דרך|סמטת|סמ['׳]|כיכר|ככר"
HEBREW = (
    rf"(?<!\p{{Hebrew}})[בלמו]?(?:{HEBREW_TYPES})\s*\p{{Hebrew}}[\p{{Hebrew}}'׳\-]*"
    r"(?:\s+\p{Hebrew}[\p{Hebrew}'׳\-]*){0,2}\s+\d{1,4}(?!\d)(?:\s*,?\s*דירה\s*\d{1,4})?"
)
# House 12, Road 5 (South Asian plots)
HOUSE_ROAD = (
    r"\b(?i:house|plot|holding)\s*(?:no\.?\s*)?#?\d{1,4}[A-Za-z]?\s*,\s*(?i:road|rd\.?|lane|street|st\.?|block|sector)"
    r"\s*(?:no\.?\s*)?#?\d{1,4}[A-Za-z]?\b"
)
# 서울특별시 강남구 테헤란로 123; 北京市海淀区中关村大街1号; 台北市信義區信義路五段7號
HANGUL_HAN = (
    r"(?:\p{Hangul}+(?:특별시|광역시|시|도)\s+)?\p{Hangul}+(?:구|군|시)\s+\p{Hangul}+(?:로|길|대로)(?:\s*\d{1,4}(?:번)?[가길])?"
    r"\s*\d{1,4}(?:-\d{1,4})?"
    r"|\b\p{Lu}\p{Ll}+-(?:ro|gil|daero)(?:\s+\d{1,3}(?:beon)?-?gil)?,?\s+\d{1,4}(?:-\d{1,4})?(?![\w/]|[.,:]\d)"
    r"|(?<![\d\-.:/])\b\d{1,4}(?:-\d{1,4})?,?\s+\p{Lu}\p{Ll}+-(?:ro|gil|daero)(?:\s+\d{1,3}(?:beon)?-?gil)?(?![\w\-])"
    r"|(?:\p{Han}{2,3}[省市])?\p{Han}{1,4}[市区县]\p{Han}{1,10}(?:路|街|大街|大道|巷)\d{1,5}号"
    # Taiwan: 台北市信義區信義路五段7號, 中正路100號之2 3樓 (a road, its section, lane and alley, then the number)
    r"|(?:\p{Han}{1,4}[市縣])?(?:\p{Han}{1,4}[區鄉鎮])?\p{Han}{1,8}(?:路|街|大道)(?:[一二三四五六七八九十\d]{1,3}段)?"
    r"(?:\d{1,4}巷)?(?:\d{1,4}弄)?\d{1,5}(?:之\d{1,3})?號(?:\s?\d{1,3}[樓F](?:之\d{1,2})?)?"
)
# 4-12-8 Jingumae, Shibuya-ku (the ward or city names it: "1-2-3 Alpha" is a version); 東京都渋谷区神宮前4丁目12-8
JAPANESE = (
    # 5 Chome-2-1 Ginza
    r"(?<![\d\-.:/])\b\d{1,2}[ \-]?(?i:ch[oō]me)[ \-]\d{1,3}[ \-]\d{1,3}\s+\p{Lu}(?:\p{Ll}+|\p{Lu}+)"
    # Shibuya 3-chōme 21-8, EBISU 6-CHŌME 23-14
    r"|\b\p{Lu}(?:\p{Ll}+|\p{Lu}+)\s+\d{1,2}[ \-]?(?i:ch[oō]me),?[ \-]\d{1,3}[ \-]\d{1,3}(?![\w\-])"
    r"|(?<![\d\-.:/])\b\d{1,2}-\d{1,2}-\d{1,3}\s+\p{L}\p{Ll}+,\s*\p{L}\p{Ll}+-(?:ku|shi|cho|machi|gun)"
    r"(?:,\s*\p{Lu}\p{Ll}+(?:\s+\d{3}-\d{4})?)?"
    r"|(?:\p{Han}{1,3}[都道府県])?\p{Han}{1,4}[市区町村郡]\p{Han}{0,6}\d{1,2}(?:丁目|-)\d{1,3}(?:番地?|-)\d{1,3}号?"
)
# Calle 93 # 11-27, Carrera 7 No. 71-21 (Colombian grid: the cross street and the distance from it)
GRID_TYPES = r"calle|carrera|cra\.?|cl\.?|avenida|av\.?|transversal|tv\.?|diagonal|dg\.?"
GRID = (
    rf"\b(?i:{GRID_TYPES})"
    r"\s+\d{1,3}\s?[A-Za-z]?"
    r"(?:\s+(?i:bis))?\s*(?:#|(?i:no\.?|n[º°o]\.?))\s*\d{1,3}\s?[A-Za-z]?\s*-\s*\d{1,3}\b"
)

# "Karlova 25", "Na Příkopě 12", "Ερμού 12", "Bygdøy allé 2": streets named without a type word (Central and Eastern
# Europe, Greece, the Nordics); only with the postcode and city after them (street_address adds that tail).
TYPELESS = (
    r"\b\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]+|allé|alle|gate|vei|veien|vej|tér|út|utca))?[ \t]+"
    r"\d{1,4}[a-zA-Z]?"
    r"(?:/\d{1,4}[a-zA-Z]?|/[A-Za-z](?![\w]))?"
)
