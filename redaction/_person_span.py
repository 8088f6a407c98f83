"""Corrections to PERSON spans from NER: where an ALL-CAPS name ends, and products that look like names.

The small English model reads a shouted ticket title-cased ("Customer Siobhan Nic Aodha Reports
Double Charge"), and title case gives it no hint where the name stops: the span runs on through the
verb phrase, and redacting it destroys what the case is about. Case-blind spans are therefore cut at
the first word that is a common English word rather than a name part.

A capitalised word followed by a model number or a model tier ("Pixel 9 Pro", "Galaxy S24 Ultra")
names a product; NER calls the first word a person.
"""

from __future__ import annotations

import regex

from redaction._lookalikes import TECH_TERMS
from redaction.recognizers._name_words import CONTINUATION_STOP, PARTICLES, words
from redaction.recognizers._word_lists import (
    common_words,
    fold,
    is_name_place,
    is_other_language_word,
    is_place_name,
    world_names,
)

# Words that follow a name in tickets and are not name parts ("... REPORTS DOUBLE CHARGE").
_TICKET_WORDS = words(
    """
    reports reported requests requested claims claimed disputes disputed complains complained
    cancels cancelled canceled returns returned refunds refunded disputes wants needs says asks
    called calls emailed phoned writes wrote states stated confirms confirmed notes noted
    double charge charged charges refund payment invoice order account card ticket issue error
    complaint request dispute fraud balance subscription delivery package shipment password login
    """
)
_NOT_NAME_PART = CONTINUATION_STOP | _TICKET_WORDS
_WORD = regex.compile(r"\S+")
_LETTERS = regex.compile(r"[^\p{L}'’\-]+")
# A model number or tier right after the span; not a date, time, count or amount ("Ana 12/03", "Ana 2 days").
_MODEL = regex.compile(
    r"[ \t]+(?:\d{1,4}[A-Za-z]{0,2}\+?|[A-Za-z]{1,2}\d{1,4}[A-Za-z]?\+?|Pro|Max|Ultra|Plus|Mini)(?![\w])"
    r"(?![.,:/\-]\d)"
    r"(?![ \t]+(?i:am|pm|days?|weeks?|months?|years?|hours?|minutes?|mins?|times|items?|of|x|jan\w*|feb\w*"
    r"|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b)"
)


def case_blind_end(text: str, start: int, end: int) -> int:
    """Where an ALL-CAPS or all-lower-case name span really ends (``end`` when case gives a hint)."""
    span = text[start:end]
    if not (span.isupper() or span.islower()):
        return end
    matches = list(_WORD.finditer(text, start, end))
    for i, match in enumerate(matches[1:], start=1):
        # Word lists only: an -ed/-ing suffix test would cut "MOHAMMED" and "FIELDING".
        if _LETTERS.sub("", match.group()).lower() in _NOT_NAME_PART:
            return matches[i - 1].end()
    return end


# A generation after a model code: "EOS R6 Mark II", "Golf GTI Mk VII" (not "Henry VIII", "John Paul II").
_GENERATION = regex.compile(r"(?:Mark|Mk)[ \t]+[IVX]{1,4}")
_MODEL_CODE_BEFORE = regex.compile(r"(?<![\p{L}\d])(?=[\p{Lu}\d\-]*\d)[\p{Lu}\d\-]{2,}[ \t]+$")


def followed_by_model(text: str, end: int) -> bool:
    """True when a model number or tier follows the span: the span names a product."""
    return _MODEL.match(text, end) is not None


def is_model_generation(text: str, start: int, end: int) -> bool:
    """True when the span is a generation after a model code ("R6 Mark II"): it names a product."""
    if _GENERATION.fullmatch(text, start, end) is None:
        return False
    return _MODEL_CODE_BEFORE.search(text, max(0, start - 16), start) is not None


# Nouns a product name modifies ("Patagonia Nano Puff jacket", "Nespresso Vertuo pods"). Not the nouns of what a
# person owns at work ("Ama Owusu laptop") nor plurals that are verbs too ("Maria Silva covers the night shift").
_PRODUCT_NOUN = regex.compile(
    r"[ \t]+(?i:jackets?|coats?|shoes|sneakers|boots|pods|capsules|machines?|lids?|soundbars?|routers?|vacuums?"
    r"|blenders?|ovens?|fryers?|kettles?|toasters?|trackers?|controllers?|printers?|cartridges?|subscriptions?"
    r"|firmware|backpacks?|mattress(?:es)?|pillows?|bulbs?|placeholders?|plugins?|headphones|earbuds|buds"
    r"|batter(?:y|ies)|cables?|adapters?|screens?)\b"
)


def followed_by_product_noun(text: str, start: int, end: int) -> bool:
    """True when a product noun follows a span of two or more words straight away: the span names the product."""
    return " " in text[start:end].strip() and _PRODUCT_NOUN.match(text, end) is not None


# Nouns that end the name of a feature, service, place or dish and no surname: "Bill Pay", "Kafka Connect",
# "Jasmine Tea", "Carter Center". A span NER ends with one names a thing, not a person.
_THING_LAST = words(
    """
    pay payments feedback text center centre bag bags mattress skill skills shortcut shortcuts pipeline pipelines
    connect health mode checkout insurance support pricing bundle collection tickets ticket tour tours transfer
    transfers dashboard portal workspace wallet rewards points club sale sales deals edition report reports dealer
    dealership tea coffee latte almonds cake pie sauce salad bread wine beer juice cookies chips menu recipe
    summit conference festival awards award prize foundation institute university college school academy
    hospital clinic museum gallery theatre theater stadium arena airport terminal station mall plaza
    api sdk integration plugin extension widget template templates theme themes font fonts
    falls river valley canyon bay island islands bridge square hotel mountains peninsula desert glacier room
    """
)


# A place noun right after the span makes it the place's name: "the Jordan River", "Victoria Falls".
_PLACE_NOUN_AFTER = regex.compile(
    r"[ \t]+(?:River|Falls|Valley|Canyon|Bay|Island|Islands|Peninsula|Desert|Glacier|Mountains|Hotel|Bridge|Square"
    r"|Airport|Station|Stadium|Museum|University|Hospital)\b"
)


def followed_by_place_noun(text: str, end: int) -> bool:
    """True when a capitalised place noun follows the span: the span names a river, hotel or station."""
    return _PLACE_NOUN_AFTER.match(text, end) is not None


# A company's legal form after the span, or an Indonesian one before it: "Fjordbygg AS", "Jihočeská tiskárna a.s.",
# "PT Arta Boga Cemerlang"; a day number before a single word makes it a month ("14. septembra", "1. júla").
_LEGAL_FORM_AFTER = regex.compile(
    r"[ \t]+(?:s\.r\.o\.|a\.s\.|AS|ASA|ApS|A/S|AB|Oy|Oyj|d\.o\.o\.|d\.d\.|s\.p\.|[sS]p\.[ \t]?z[ \t]?o\.o\."
    r"|GmbH|AG|KG|BV|NV|KK|K\.K\."
    r"|B\.V\.|N\.V\.|LLC|Ltd\.?|Inc\.?|S\.A\.|SA|SAS|SARL|S\.L\.|SL|SpA|S\.p\.A\.|Srl|SRL|Kft\.?|Zrt\.?|PLC|plc|LLP|Pty"
    r"|&[ \t]?Co\.?|&[ \t]?Cie\.?|S\.C\.|Ltda\.?|e\.V\.|mbH|Α\.Ε\.|Ε\.Π\.Ε\.|Ο\.Ε\.|Ι\.Κ\.Ε\.|בע[\"״]מ"
    r"|ՍՊԸ|ՓԲԸ)(?![\p{L}\d])"
)
_LEGAL_FORM_BEFORE = regex.compile(r"(?:^|[\s(])(?:PT|CV|UD|ТОВ|ООО|ТОО|ПАТ|АТ)[ \t]+[«\"]?$")
_DAY_BEFORE = regex.compile(r"(?<![\d.])\d{1,2}\.[ \t]*$")


def names_a_company_or_month(text: str, start: int, end: int, *, month: bool = True) -> bool:
    """True when a legal form marks the span as a company, or (``month``) a day number before one word marks a month.

    The month test suits NER's guesses only: a name a rule found may well follow a list number ("1. Priya: …").
    """
    before = text[max(0, start - 8) : start]
    if _LEGAL_FORM_AFTER.match(text, end) or _LEGAL_FORM_BEFORE.search(before):
        return True
    # NER took the legal form's first part, or the form alone: "Piedpiper Sp. z o.o.", "Acme KK".
    last_space = text.rfind(" ", max(0, start - 1), end)
    if last_space >= 0 and _LEGAL_FORM_AFTER.match(text, last_space):
        return True
    return month and " " not in text[start:end].strip() and _DAY_BEFORE.search(before) is not None


# A postcode opening an address part, before one capitalised word that ends the address: "…, 4000 Luik?",
# "…, X5000 Córdoba.", "\n110 00 Praha" name a city; "ID 10042 Ana," or "48213 王怡君," name a person.
_POSTCODE_BEFORE = regex.compile(
    r"(?:^|[,\n][ \t]*)(?:(?:[A-Z]{1,2}-)?\d{4,5}|\d{3} \d{2}|[A-Z]\d{4}[A-Z]{0,3})[ \t]+$"
)
_ADDRESS_END = regex.compile(r"[ \t]*(?:$|[\n,.;?!)|])")


def follows_a_postcode(text: str, start: int, end: int) -> bool:
    """True when a single word closes an address after its postcode: the word is a city, not a person."""
    word = text[start:end].strip()
    if " " in word or not word[:1].isupper() or not _ADDRESS_END.match(text, end):
        return False
    return _POSTCODE_BEFORE.search(text[max(0, start - 14) : start]) is not None


# Where a town's name stands for the town: after a preposition of place or travel, beside another place.
_PLACE_BEFORE = regex.compile(
    r"(?i:\b(?:in|near|via|outside|around|across|throughout|(?:fl(?:y|ies|ew|ights?)|travel\w*|trips?|mov(?:e|ed|ing)"
    r"|relocat\w+|ship(?:s|ped|ping)?|trains?|bus(?:es)?|routes?|driv(?:e|ing)|office|offices|branch|based)"
    r"[ \t]+(?:to|from|in)))[ \t]+$"
)
_PLACE_BESIDE_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\-]+)(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)$")
_PLACE_BESIDE_AFTER = regex.compile(r"(?:,[ \t]*|[ \t]+(?:and|or|&|via|to)[ \t]+)(\p{Lu}[\p{L}\-]+)")


def stands_for_a_town(text: str, start: int, end: int) -> bool:
    """True when a one-word span that is also a big city's name ("Austin", "Córdoba") stands where a place does:
    "flights to Austin", "Austin and Adelaide host the data centres", "Santiago and Lourdes tours"."""
    word = text[start:end]
    if " " in word or not is_name_place(word):
        return False
    if _PLACE_BEFORE.search(text[max(0, start - 24) : start]):
        return True
    neighbours = [
        m.group(1)
        for m in (_PLACE_BESIDE_BEFORE.search(text[max(0, start - 30) : start]), _PLACE_BESIDE_AFTER.match(text, end))
        if m is not None
    ]
    return any(is_place_name(n) or is_name_place(n) for n in neighbours)


def ends_in_thing_noun(text: str, start: int, end: int) -> bool:
    """True when a span of two or more words ends with a noun that names a thing ("Kafka Connect")."""
    words_in = _WORD.findall(text, start, end)
    return len(words_in) >= 2 and _LETTERS.sub("", words_in[-1]).casefold() in _THING_LAST


# A particle and the capitalised name word after it: "Khalid| bin Saleh", "Siobhán| Ní Bhriain".
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
_PARTICLE_TAIL = regex.compile(rf"(?:(?:[ \t]+(?i:{_PARTICLE})\b)+(?:[ \t]+|-)\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+)+")


def particle_end(text: str, end: int) -> int:
    """``end`` moved past particles and the name words they introduce (NER often stops before them)."""
    match = _PARTICLE_TAIL.match(text, end)
    return match.end() if match else end


# A capitalised word right before a span, a space apart, not glued to a word, code or initial before it.
_NAME_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\d'’.\-_@/])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]*)?[ \t]$")
_MAX_WORDS_BEFORE = 2


def given_names_start(text: str, start: int) -> int:
    """``start`` moved back over the given names NER left out: "Cuauhtémoc |Villalobos", "Nina Quispe |Mamani".

    A word moves in when it is a name of the world's lists, or no word, place or tool name of any listed language;
    a surname that is a word too moves in with the listed given name before it ("Rosa Choque |Apaza").
    """
    for _ in range(_MAX_WORDS_BEFORE):
        before = _word_before(text, start)
        word = before.group().rstrip() if before else ""
        if before is None or fold(word) in TECH_TERMS or is_place_name(word):
            return start
        if not _name_like(word):
            given = _word_before(text, before.start())
            listed = given is not None and fold(given.group().rstrip()) in world_names()
            return given.start() if given is not None and listed else start
        start = before.start()
    return start


def _word_before(text: str, start: int) -> regex.Match[str] | None:
    return _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)


def _name_like(word: str) -> bool:
    folded = fold(word)
    known = folded in world_names()
    return known or (folded not in common_words() and not is_other_language_word(word))


# One initial after a surname, as lists and citations put it ("Szczepański B.", "Garba U."): the letter goes with
# the name, the full stop stays with the sentence.
_INITIAL_AFTER = regex.compile(r"[ \t]\p{Lu}(?=\.(?![\p{L}\d]))")


def initial_end(text: str, end: int) -> int:
    """``end`` moved past one initial that follows the name."""
    match = _INITIAL_AFTER.match(text, end)
    return match.end() if match else end


# An invoice's header: "Bill to: ACME", "Bill To 12 Main St" at a line's start (not "Bill to call back").
_BILL_TO = regex.compile(r"[ \t]+to(?:[ \t]*:|[ \t]*$|[ \t]+(?!\p{Ll}))", regex.IGNORECASE | regex.MULTILINE)


def is_billing_label(text: str, start: int, end: int) -> bool:
    """True for "Bill" opening a "Bill to" header line."""
    if text[start:end].casefold() != "bill" or _BILL_TO.match(text, end) is None:
        return False
    before = text[max(0, start - 8) : start].rstrip(" \t*#>|")
    return not before or before.endswith("\n")


# Names that are verbs too, opening an imperative or a question: "Mark the ticket as done", "Mark As Read",
# "Bill the customer", "Grant access", "Will you reset it?" (not "Mark called", "ask Will to check").
_VERB_NAMES = frozenset({"mark", "bill", "grant", "sue", "rob", "chase", "drew", "pat", "will", "jimmy", "josh"})
_OBJECT_AFTER = regex.compile(
    r"[ \t]+(?i:as|the|a|an|this|that|these|those|it|them|all|access|me|us|him|her|your|our|my|their|up|down|off"
    r"|out|you|we|they|i|he|she|every|each|both|read|unread|done)(?!\p{L})"
)


def opens_an_imperative(text: str, start: int, end: int) -> bool:
    """True for a name that is also a verb, at a sentence's start and followed by its object."""
    words = text[start:end].split(maxsplit=1)
    first = words[0] if words else ""
    if first.casefold() not in _VERB_NAMES:
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t\"'*>-")
    at_sentence_start = not before or before[-1] in ".!?:\n"
    return at_sentence_start and _OBJECT_AFTER.match(text, start + len(first)) is not None
