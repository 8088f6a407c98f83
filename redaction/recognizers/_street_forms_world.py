"""More street-line forms: post-office boxes in many languages, Indian house-and-locality lines, the Portuguese
"R." for Rua, and streets typed in lower case with their postcode and city.

Each is a regular-expression source for :mod:`redaction.recognizers.street_address`, without the place tail.
"""

from __future__ import annotations

from redaction.recognizers._address_tail import UNIT_PARTS

# The box words of postal services: PO Box, Postfach, Postbus, Boîte postale, Apartado de Correos, Caixa Postal,
# Posta Kutusu (P.K.), skrytka pocztowa, а/я (абонентский ящик), Τ.Θ., ת.ד. A German box number may be paired
# ("Postfach 68 59 89").
_BOX_NUMBER = r"\s*(?:n[º°o]\.?\s*)?\d{1,6}(?:[ ]\d{2}(?!\d)){0,3}(?![\w\-/])"
BOX_WORDS = (
    r"p\.?\s?o\.?\s?box|p\.\s?o\.\s?b\.|gpo\s+box|locked\s+bag|private\s+bag|post\s+office\s+box|postfach|postbus"
    r"|postboks|postilokero|case\s+postale|boîte\s+postale|casella\s+postale|apartado\s+(?:de\s+correos?|postal|aéreo)"
    r"|caixa\s+postal|cx\.\s?postal|casilla\s+de\s+correos?|posta\s+kutusu|skr\.\s*poczt\.|skrytka\s+pocztowa"
    r"|postafiók|căsuța\s+poștală|poštovní\s+přihrádka"
)
# abbreviations, as written: "Apdo. 489", "P.K. 650", "B.P. 64", "PMB 12", "Pf. 12"
BOX_ABBREVIATIONS = r"Apdo\.|APDO\.|P\.\s?K\.|B\.\s?P\.|PMB|Pf\."
BOX_SCRIPTS = r"а/я|Τ\.\s?Θ\.|ת\.ד\.?"
# a bare "Box", "Casilla", "Apartado" or an abbreviation ("PL" fi, "BP" fr, "CP" ch) opens a line or follows a
# comma, and a postcode and city follow it
BARE_BOXES = r"Box|BOX|Casilla|Apartado|PL|BP|CP|C\.P\."
PO_BOX = (
    rf"\b(?i:{BOX_WORDS}){_BOX_NUMBER}"
    rf"|\b(?:{BOX_ABBREVIATIONS}){_BOX_NUMBER}"
    rf"|(?<!\p{{L}})(?:{BOX_SCRIPTS}){_BOX_NUMBER}"
    rf"|(?:(?<=\n)|(?<=\n[ \t]+)|(?<=,[ \t]))(?:{BARE_BOXES})"
    r"\s+\d{1,6}"
    r"(?=(?:,[ \t]*|[ \t]*\n[ \t]*)"
    r"(?:[A-Z]{1,2}-?)?\d{3,5}(?:[ \-]\d{2,3})?[ \t]+\p{Lu})"
)
# "H.No. 4-22-77, Netaji Subhash Nagar", "#21, 6th Cross, 5th Main, Shivaji Colony", "C-1349, Sai Krupa, Tilak
# Colony": a house number, then comma-separated parts, the last a locality word of Indian addresses; a
# landmark ("Opp. HDFC Bank", "near ...") may follow.
# (a full stop only after an abbreviation: a part never runs into the next sentence, "Fix Layout. Step 3")
_PART_WORD = r"(?:\p{L}{1,4}\.|[\p{L}\d][\p{L}\d'’\-]*+(?!\.))"
_PART = rf"{_PART_WORD}(?:[ \t]+{_PART_WORD}){{0,4}}"
LOCALITY = (
    r"(?i:nagar|colony|layout|vihar|enclave|puram|bagh|ganj|marg|road|rd\.?|street|cross|main|apartments?|society"
    r"|residency|block|sector|phase|extension|extn\.?|halli|palya|pet|peth|wadi|chowk|gali|mohalla|niwas|sadan"
    r"|bhavan|towers?|complex|heights|lane|park|gardens?|estate|township)(?![\p{L}\d])"
)
HOUSE_CUE = (
    r"(?i:h\.?\s?no|house\s+no|flat\s+no|door\s+no|d\.\s?no|plot\s+no|shop\s+no|flat|house|plot|door)\.?\s*[:#\-]?\s*"
)
_HOUSE_NUMBER = r"[A-Z]?-?\d{1,5}(?:[\-/]\d{1,4}){0,3}[A-Za-z]?"
# Without a house word, a marked number ("#21", "C-1349", "4-22-77") and at least two parts ("Issue #3, Fix Layout"
# stays).
_MARKED_NUMBER = r"(?:#\s?\d{1,5}[A-Za-z]?|[A-Z]-\d{1,5}[A-Za-z]?|\d{1,3}(?:-\d{1,3}){1,3})"
_LANDMARK = rf"(?:[ \t]*(?:,|\n)[ \t]*(?i:opp\.?|opposite|near|nr\.|beside|behind|next\s+to)[ \t]+{_PART})?"
INDIAN = (
    rf"(?<![\w\-/#]){HOUSE_CUE}{_HOUSE_NUMBER}(?![\w\-/])[ \t]*,[ \t]*(?:{_PART}[ \t]*,[ \t]*){{0,3}}"
    rf"(?:{_PART}[ \t]+)?{LOCALITY}{_LANDMARK}"
    rf"|(?<![\w\-/#]){_MARKED_NUMBER}(?![\w\-/])[ \t]*,[ \t]*(?:{_PART}[ \t]*,[ \t]*){{1,3}}"
    rf"(?:{_PART}[ \t]+)?{LOCALITY}{_LANDMARK}"
)
# Brazilian "R." for Rua, with the comma Brazil writes before the number: "R. Sete de Setembro, 20", "R. das
# Flores, nº 755" (the comma tells it from an initial: "R. Kelly 2").
RUA = (
    r"\bR\.\s+(?:(?i:das|dos|da|do|de)\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+(?:(?i:de|da|do|das|dos)\s+)?\p{Lu}[\p{L}'’\-]*){0,3}"
    r",\s*(?:(?i:n\.?[º°o])\.?\s*)?\d{1,5}[A-Za-z]?(?![\w\-])"
)
# In lower case, a street type is trusted when a postcode and a lower-case city follow: "via vittorio emanuele ii
# 125, 20121 milano", "am mühlbach 153, 6. og, 04157 leipzig", "østergade 97, st. tv., 1620 københavn v".
_GLUED_LOWER = (
    r"straße|strasse|weg|allee|platz|gasse|ring|damm|gade|gatan|vägen|vej|veien|gata|gate|katu|tie|straat|laan"
    r"|gracht|utca"
)
LOWER_WITH_POSTCODE = (
    r"\b(?:(?:via|viale|corso|piazza|largo|vicolo|rua|travessa|avenida|alameda|estrada|rue|avenue|chemin|calle|carrer"
    r"|avinguda|plaza|praça|ulica"
    r"|am|an\s+der|auf\s+der|im|in\s+der|zum|zur)\s+(?:[\p{Ll}'’\-]+\s+){0,4}[\p{Ll}'’\-]+"
    rf"|\p{{Ll}}[\p{{Ll}}\-]*+(?<={_GLUED_LOWER}))"
    # Portugal and Brazil write a comma and "n.º" before the number, and a 4-3 or 5-3 postcode: "rua augusta,
    # n.º 136, 1100-525 lisboa"
    rf",?\s+(?:n\.?[º°o]\.?\s*)?\d{{1,4}}[a-z]?(?:/\d{{1,4}}[a-z]?)?{UNIT_PARTS},?\s+(?:[a-z]{{1,2}}-)?\d{{4,5}}(?:-\d{{3}})?"
    r"\s+\p{Ll}[\p{Ll}\-]{2,}"
)
# "unit 4/27 harbour grove": after a flat word, any common street type in lower case.
UNIT_WORDS = r"unit|flat|apt|apartment|suite|shop"
LOWER_UNIT_FIRST = (
    rf"\b(?:{UNIT_WORDS})"
    r"\s*\#?\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?)?,?\s+(?:\d{1,5}[a-z]?\s+)?"
    r"(?:[\p{Ll}'’\-]+\s+){1,3}(?:street|st|road|rd|avenue|ave|drive|dr|lane|ln|court|ct|place|pl|terrace|tce|way|grove"
    r"|crescent|cres|close|mews|gardens|circuit|parade|esplanade|boulevard|blvd|highway|hwy|quay|wharf|square|row)\b\.?"
)
# Streets of German-speaking countries with the type as a word of its own: "Linzer Gasse 7/6/15", "Wiener Straße
# 12/Top 5" (Austria writes stair and door after the house number).
GERMAN_APART_TYPES = (
    r"Straße|Strasse|Gasse|Allee|Platz|Ring|Damm|Ufer|Chaussee|Steig|Pfad|Zeile|Lände|Kai|Gürtel|Promenade|Weg"
)
GERMAN_APART = (
    rf"\b\p{{Lu}}[\p{{L}}\-]*\s+(?:{GERMAN_APART_TYPES})"
    r"\s+\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?){0,3}(?![\w\-])"
)
# Taiwan's English form, the number first, then lane, alley and section, then the road: "5F., No. 100, Sec. 4,
# Zhongxiao E. Rd.", "No. 12, Ln. 45, Minsheng Rd."
TAIWAN_ROMANIZED = (
    r"(?:\b\d{1,2}F\.?(?:-\d{1,2})?,?\s*)?\bNo\.\s?\d{1,5}(?:-\d{1,4})?,\s*"
    r"(?:(?:Ln|Lane|Aly|Alley)\.?\s*\d{1,4},\s*)*(?:Sec(?:tion)?\.?\s*\d{1,2},\s*)?"
    r"\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2}(?:\s+(?:[NSEW]|North|South|East|West)\.?)?"
    # the road ends the phrase ("Issue No. 4, Abbey Road Studios" is none)
    r"\s+(?:Rd|Road|St|Street|Blvd|Boulevard|Ave|Avenue)\b\.?(?=[ \t]*(?:[,;)\n]|$))"
)
# The Baltic states, Azerbaijan and Georgia write the type after the name: "Brīvības iela 55", "Narva mnt 7", "Viru tn
# 5", "Nizami küç. 12", "რუსთაველის გამზირი 12"; Lithuania abbreviates it after a name in the genitive, "Gedimino
# pr. 9", "Pilies g. 12-3", "Laisvės al. 40" (that ending tells "Gedimino pr." from "Release Notes pr.").
BALTIC_CAUCASUS_TYPES = (
    r"gatvė|prospektas|alėja|iela|gatve|bulvāris|laukums|prospekts|mnt\.?|maantee|tn\.?|tänav|pst\.?|puiestee"
    r"|väljak|küç\.|küçəsi|prospekti|ქუჩა|ქ\.|გამზირი|გამზ\.|შესახვევი|მოედანი|ხეივანი|ჩიხი"
)
LITHUANIAN_ABBREVIATIONS = r"pr\.|g\.|al\.|skg\.|pl\."
_LITHUANIAN_GENITIVE = r"(?:o|ės|os|ų|ies|aus|io)"
_BALTIC_NUMBER = r"[ \t]*,?[ \t]*(?:(?i:nr|no|№)\.?[ \t]*)?\d{1,4}[a-zA-Z]?(?:[\-/]\d{1,4}[a-zA-Z]?)?(?![\w\-])"
BALTIC_CAUCASUS = (
    r"(?<![\p{L}\d])[\p{Lu}\p{Georgian}][\p{L}\-]+(?:[ \t]+[\p{Lu}\p{Georgian}][\p{L}\-]+)?[ \t]+"
    rf"(?:{BALTIC_CAUCASUS_TYPES})(?![\p{{L}}]){_BALTIC_NUMBER}"
    rf"|(?<![\p{{L}}\d])\p{{Lu}}[\p{{L}}\-]*{_LITHUANIAN_GENITIVE}(?:[ \t]+\p{{Lu}}[\p{{L}}\-]*{_LITHUANIAN_GENITIVE})?"
    rf"[ \t]+(?:{LITHUANIAN_ABBREVIATIONS}){_BALTIC_NUMBER}"
)
# Vietnam writes the house number first and the street without a type, then the ward or district: "123 Nguyễn Huệ,
# Quận 1", "45B Lê Lợi, P. Bến Thành", "12/3 Trần Hưng Đạo, Phường 5".
VIETNAMESE_DISTRICTS = r"Phường|P\.|Quận|Q\.|Huyện|H\.|Thị xã|TX\.|Xã|Thành phố|TP\.?|Tp\.?"
VIETNAMESE = (
    r"(?<![\w/\-])\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)?[ \t]+(?:(?i:đường|phố)[ \t]+)?"
    r"\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*){1,3}"
    rf"(?=,[ \t]*(?:{VIETNAMESE_DISTRICTS})(?![\p{{L}}]))"
)
# Streets named by a possessive or a genitive alone, no type word, no city: Croatian, Serbian, Czech and Slovak
# "Gundulićeva 7", "Husova 8", "Bana Jelačića 11"; Ukrainian and Russian "Hrushevskoho 9", "Садова 14"; Armenian,
# after a surname in -yan, "Baghramyan 24", "Թումանյան 12". (The -ska adjectives are the Czech and Slovak form's;
# the street recognizer checks that the named word is no common word, tool or place: "Moldova 2" stays.)
NAMED_BY_ENDINGS = r"(?:ov|ev)[aá]|ića|(?:sk|ck|ov|ev|in)?(?:oho|ogo)|ська|ская|цька|цкая|ова|ева|ого|[yi]an|յան|յանց"
_GENITIVE_BEFORE = (
    r"(?!(?:The|An?|Our|My|Your|His|Her|Their|Its|This|That|These|Those|Mr|Mrs|Ms|Dr|Our|At|In|On|To)\b)"
    # (a genitive or a title before the name ends in a vowel: "Bana", "Kralja", "Ive"; not "Bydlím Husova 8")
    r"\p{Lu}[\p{Ll}\p{M}]*(?<=[aeiouyáéíóúýąęěаеиоуыэюяіїєաեէըիոօ])"
)
NAMED_BY_ENDING = (
    rf"(?<![\p{{L}}\p{{N}}_@#/.\-])(?:{_GENITIVE_BEFORE}[ \t]+){{0,2}}"
    rf"\p{{Lu}}[\p{{Ll}}\p{{M}}]{{2,}}(?<=\p{{Ll}}(?:{NAMED_BY_ENDINGS}))"
    r",?[ \t]+\d{1,3}[a-zA-Zа-я]?(?:/\d{1,3})?"
    r"(?![\w\-/]|[.,:]\d|[ \t]*(?:%|°|kg|km|m²|gb|mb|€|\$|zł|kn|kč|грн|руб|eur|usd)(?!\p{L}))"
)
# Armenia, Georgia and the former Soviet states write English addresses with the type before a comma and the
# house number: "Abovyan St., 12", "Rustaveli Ave., 24/1", and "st. Abovyan, 12" (a lower-case "st." is no saint).
TYPES_BEFORE_COMMA = r"st|str|street|ave|avenue|blvd|pr"
BUILDING_WORDS = r"bldg|building|house"
TYPES_BEFORE_NAME = r"st|str"
TYPE_THEN_COMMA = (
    rf"\b\p{{Lu}}[\p{{L}}\-]+(?:[ \t]+\p{{Lu}}[\p{{L}}\-]+)?[ \t]+(?i:{TYPES_BEFORE_COMMA})\.?,[ \t]*"
    rf"(?:(?i:{BUILDING_WORDS})\.?[ \t]*)?\d{{1,4}}[a-zA-Z]?(?:/\d{{1,4}})?(?=[ \t]*(?:[,;.)|\n]|$))"
    rf"|(?<![\p{{L}}])(?:{TYPES_BEFORE_NAME})\.[ \t]*\p{{Lu}}[\p{{L}}\-]+(?:[ \t]+\p{{Lu}}[\p{{L}}\-]+)?,[ \t]*"
    r"\d{1,4}[a-zA-Z]?(?:/\d{1,4})?(?![\w\-])"
)
# Latin America writes a number sign between a street's name and its number, with no type word: "Los Leones N° 1280",
# "Cabildo #2040", "Los Carrera nro. 145" (the street recognizer checks that the name is no common word: "Pedido N°
# 1280", "Factura N° 20", "Model # 2040" stay).
NUMBER_SIGNS = r"[Nn][°º]|[Nn]ro\.?|[Nn]úm\.?|\#"
NUMBER_SIGN = (
    r"(?<![\p{L}\p{N}_@#/.\-])\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,2}"
    rf"[ \t]*(?:{NUMBER_SIGNS})[ \t]*\d{{1,5}}[A-Za-z]?(?![\w\-/])"
)
