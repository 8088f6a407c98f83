"""The words around a digit run that say "phone number" or "some other number", in en/es/de/fr/pt/it.

A *call cue* ("call me at", "Tel.:", "llámame al", "Rückruf unter", "M:" at the start of a signature
line, a phone noun after the number in its clause) lets any 6-15 digits count as a phone number. An
*id word* ("order", "invoice", "SKU", "Bestellnummer") right before the number makes it an id,
whatever its shape; so does a unit or currency right after it ("840 422 902 requests", "45 804 847
USD"). Generic words ("number", "unter", "line") are cues only beside a pronoun, "is" or a label
colon, and never after an id word: "order number: 4982597919" is an order number.
"""

from __future__ import annotations

import regex

from redaction.recognizers._phone_answers import asked_for, speaker_label_end
from redaction.recognizers._table_columns import CELL_DELIMITER

# Words that name a phone whatever else is near (en, es, de, fr, pt, it).
_PHONE_WORDS = (
    r"phones?|telephone|tele?|ph|mobile?|mob|cell|cellphone|cellular|call|calls|calling|called|ring|text|sms"
    r"|whats\s?app|wa|fax|dial|hotline|landline|helpline|ext|extension|contact|reach|kontakt|contacto|contato"
    r"|tel[eé]fonos?|tfno|tlfn?o?|m[oó]vil|celular|celu|cel|ll[aá]m\p{L}*|fijo|marc(?:ar|a|ame|áme|ad)"
    r"|telefon(?:nummer|nr)?|handy(?:nummer|nr)?|mobil(?:nummer|nr|telefon)?|tlfnr|rufnummer|festnetz|anrufen|ruf|rufen"
    r"|r[uü]ckruf|durchwahl|erreichbar|t[eé]l[eé]phone|t[eé]l|portable|appel(?:er|ez|le)?|joindre|fixe"
    r"|telem[oó]vel|telefone|fone|lig(?:ar|a|ue|uem|ou)|(?:ri)?chiam(?:are|a|ami|ate|atemi|aci|ateci)|cellulare|fisso"
    r"|txt|hmu|whats|landline|(?:zur[uü]ck|an)?ruf(?:en|e|t)?|escr[ií]b[ea]me|m[aá]ndame"
    r"|voicemail|call-?back|caller|reach(?:ed|able)|ll[aá]m(?:arme|arnos|enos)|(?:r[uü]ck)?ruf(?:nummer)|fixo"
    # Greek, Hungarian, Polish, Czech, Nordic, Turkish: "Τηλ.", "telefonszám", "hívjon", "tlf", "mobil"
    r"|τηλ|τηλέφωνο|τηλεφωνο|κινητό|κινητο|telefonsz[aá]m|h[ií]v(?:jon|j|jál)?|tlf|zadzwo[nń]|zavolejte"
    r"|mobilen|ringe|ringer|chama|zap|nås|kom[oó]rk\p{L}*"
    # "GSM: 0475 12 34 56" (Benelux, Turkey); declined or possessive "telefonu", "telefonem", "telefonum" (pl, cs, tr);
    # Turkish "numaram" (my number) and "arayın" (call); Dutch "bel me", "telefoonnummer"; a call made or returned
    # ("contactado al", "rappelé au", "kontaktiert unter"); Brazilian "contatar"
    r"|gsm|telefon(?:u|um|umuz|em|ie)|numaram|aray\p{L}*|bel|bellen|gebeld|telefoon(?:nummer)?|mobiele?"
    r"|contactad[oa]|contact[ée]e?|contattat[oa]|kontaktiert|rappel\p{L}*|joignable"
    r"|reperibile|contact(?:ar|arme|arnos|arte|e|ez)|contat(?:ar|e|em)"
)
# Labels of a contact line ("home: 450 0840", "Büro: 030 1234567"): cues only as a label, before a colon.
_PLACE_LABEL = regex.compile(
    r"(?i:home|work|office|desk|direct|main|private|casa|oficina|trabajo|b[uü]ro|privat|direkte?|zentrale|domicile|bureau"
    # the front desk of a hotel, a clinic or a building: "Recepción: 8 97 15 62", "Empfang: 285 278"
    r"|reception|front[ \t]desk|switchboard|recepci[oó]n|conserjer[ií]a|rezeption|empfang|portaria|sentralbord"
    # where to ask: "Dudas: 229684846", "Questions: 0800 123 456", "Rückfragen: 030 1234567"
    r"|questions|dudas|consultas|preguntas|d[uú]vidas|fragen|r[uü]ckfragen)"
    r"[ \t]?:[ \t]*$"
)
# Abbreviated labels a number may touch after their full stop ("Tel.0650 9448140"): the candidate regex and the
# inside-a-token test both let them through.
GLUED_PHONE_LABELS = r"(?:tel|tél|fon|mob|ph|cel|port|fax|handy)"
# A signature's abbreviated label right before the number: "Port. 07.33.44.54.88" (portable), "Tel.0650 …",
# Polish "kom. 928 449 312" (komórka, mobile).
_ABBREVIATED_LABEL = regex.compile(r"(?:Port|Tél|Tel|Mob|Cel|Tlf|Handy|Mobil|[Kk]om)\.[ \t]*:?[ \t]*$")
# "reach me at", "get me on", "erreichst mich unter": a pronoun and a preposition right before the number.
_ME_AT = regex.compile(r"(?i:\b(?:me|mich|moi|us|uns|mij|ons)[ \t]+(?:at|on|al|au|unter|em|on|via|op))[ \t]*:?[ \t]*$")
# A phone symbol as a signature's label: "☎ 0221 / 897 39 34", "📞 +49 …"; or a signature line's bare capital
# "T 0221 / 336 00 43", "M +49 171 …" (telephone, mobile, fax).
_SYMBOL_LABEL = regex.compile(r"[☎☏✆📞📱📲][\uFE0F]?[ \t]*:?[ \t]*$|(?m)^[ \t>*•|]*[TMF][ \t]+$")
# Words that point at a phone only when no id word is near: "number" also follows "order".
_GENERIC_WORDS = (
    r"number|n[uú]mero|num[eé]ro|nummer|numer|číslo|numara(?:dan|mdan|mız)|unter|erreichen|#|line|l[ií]nea"
    r"|leitung|ligne"
)
_ID_WORDS = (
    r"order|orders|ticket|case|invoice|inv|ref|reference|id|account|acct|tracking|track|booking|confirmation"
    r"|reservation|reserva|reservierung|buchung|réservation|prenotazione|boeking"
    r"|policy|claim|transaction|txn|receipt|serial|sku|item|part|model|imei|ean|upc|gtin|isbn|asin"
    r"|ssn|itin|passport"
    r"|fedex|ups|dhl|usps|waybill|awb|shipment|parcel|package|version|build|release|ports?|pid|pin|code|zip"
    r"|postcode|postal|plz|cp|cep|batch|lot|job|run|request|req|issue|incident|ticket|bug|pr|commit"
    r"|pedido|factura|albar[aá]n|referencia|expediente|cuenta|env[ií]o|seguimiento"
    r"|bestellung|rechnung|auftrag|vertrag|sendung|vorgang|konto|artikel|referenz"
    r"|\w+(?<!telefon|ruf|handy|mobil|fax)(?:nummer|nr)|commande|facture|colis|dossier|compte"
    # Czech "objednávka č.", Polish, Hungarian, Nordic, Finnish, Turkish orders
    r"|č|čís|číslo|objednávk\p{L}*|zamówieni\p{L}*|rendelés\p{L}*|bestilling\p{L}*|ordre\p{L}*|beställning\p{L}*"
    r"|tilaus\p{L}*|sipariş\p{L}*|faktur\p{L}*|przesyłk\p{L}*|zásilk\p{L}*|ordine|fattura|spedizione"
    # Amounts: "paid 10 035 908", "Betrag 1 234 567".
    r"|paid|pay|total|amount|balance|sum|price|cost|betrag|summe|importe|monto|montant|prix"
    # Company, tax and purchase-order numbers: "Org.nr. 923 456 789", "CNPJ 12.345.678/0001-90", "PO 4500078610"
    r"|org|orgnr|organisasjonsnummer|mva|moms|vat|cnpj|cpf|nif|cif|rut|po|conta|docket"
    # "NIP: 967-914-39-52" (pl), "KvK 04016865" (nl), "EIN 69-4711414" (us), "REGON", "ABN", "SIRET"; a loan or
    # visa "application 0808/33443"
    r"|nip|regon|kvk|ein|abn|acn|siren|siret|application|vergi|rma|terminal"
    # one-time and access codes: "Koden er 197896", "código 482913"
    r"|kod\p{L}*|c[oó]digo|otp|passcode|kid"
    # case and file numbers of public offices and call centres: "Protocolo 0701233", "Aktenzeichen 0457123"
    r"|protocol[oe]?|aktenzeichen"
    # versions and parcel tracking in es/pt/fr/it: "Versión de la app 3.3.1.9219", "Código de rastreio 894606033930"
    r"|versi[oó]n|vers[ãa]o|versione|rastreio|rastreamento|rastreo|suivi|tracciamento|sendungsverfolgung"
)
_WORD = regex.compile(r"\p{L}+|#")
_EMAIL = regex.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# Scripts written without spaces hold their cue inside a longer run of letters ("有问题请打", "注文番号"):
# searched for, not matched as words. Phone cues (zh, ja, ko, th), then id words.
_UNSPACED_CUE = regex.compile(
    r"(?P<phone>电话|電話|手机|手機|致电|致電|拨打|撥打|请打|請打|联系|聯繫|联络|連絡|携帯|전화|연락|휴대폰|핸드폰|โทร|เบอร์)"
    # "お問い合わせ番号" (a parcel's inquiry number), "追跡番号" (tracking), "受付番号" (a case's number)
    r"|(?P<id>订单|訂單|单号|單號|编号|編號|注文|伝票|会員|問い?合わ?せ番号|追跡番号|受付番号|주문|송장|회원|คำสั่งซื้อ|พัสดุ)"
)
_PHONE_CUE = regex.compile(rf"(?i:{_PHONE_WORDS})")
# After a number only nouns that name a phone count: "1714566645123 tool call", "[ts] text/plain" are logs.
_PHONE_NOUN = regex.compile(
    r"(?i:phones?|telephone|tel|mobile|mob|cell|cellphone|m[oó]vil|celular|cel|whats\s?app|fax|landline"
    r"|(?:handy|telefon|mobil|ruf)(?:nummer|nr)?"
    r"|festnetz|hotline|tel[eé]fono|t[eé]l[eé]phone|portable|fixe|telem[oó]vel|telefone|cellulare)"
)
# "450 0840 - call anytime", "4500840, text me": after a dash or comma, a request to call (not a log's
# "4500840 tool call", "Error 4500840: call failed").
_CALL_REQUEST = regex.compile(
    r"[ \t]*[-–—,(/][ \t]*(?i:(?:please|pls|just)\s+)?(?i:call|text|ring|whatsapp|sms|ll[aá]m(?:ame|eme)|ligue)"
    r"\s+(?i:me|us|anytime|any\s+time|back|after|before|between|mornings?|evenings?|weekdays?)\b"
)
_GENERIC_CUE = regex.compile(rf"(?i:{_GENERIC_WORDS})")
_ID_WORD = regex.compile(rf"(?i:{_ID_WORDS})")
# Signature and contact-block labels: "T:", "M.", "P -", "Tel.:", "Phone (work):" at a line's start.
_LINE_LABEL = regex.compile(
    r"(?m)^[ \t>*•\-|]*(?:(?i:[tmpfhcwod])|Ph|Tel|Mob|Cel|Tlf|Fon|Mobil|Tél)\b[ \t]?(?:\([^)\n]{1,15}\))?[ \t]?"
    r"[:.\-][ \t]*$"
)
# Units and currencies after a number make it a quantity or an amount.
_CURRENCIES = (
    r"usd|eur|gbp|inr|jpy|chf|mxn|brl|kr|sek|nok|dkk|руб|rub|yen|dollars?|euros?|pesos?|€|\$|£|¥|₹"
    # "935 469 600 Ft", "2.715.603.000 ₫" (not "try", "pen", "cop": words that may follow a number in a sentence)
    r"|ft|huf|zł|pln|kč|czk|lei|ron|bgn|₺|aed|sar|egp|zar|ngn|₦|kes|ksh|cny|rmb|元|円|원|₩|krw|₫|vnd|đ"
    r"|₱|฿|thb|idr|rp|myr|ars|clp|uah|₴|ils|₪"
)
_CURRENCY_AFTER = regex.compile(rf"^[ \t]?(?i:{_CURRENCIES})(?!\w)")
_UNIT_AFTER = regex.compile(
    rf"^[ \t]?(?i:{_CURRENCIES}"
    r"|requests?|reqs?|bytes?|kb|mb|gb|ms|sec|seconds?|tokens?|rows?|records?|items?|users|views?|hits?|times"
    r"|downloads?|calls|events?|km|kg|miles?|points?|pts|votes?|steps?|units?|pcs)(?!\w)"
)


def _is_phone_cue(word: str) -> bool:
    return bool(_PHONE_CUE.fullmatch(word))


def _labels_a_number(label: str) -> bool:
    """ "Mobile", "NIP", "Order number": a label of a number, not of who speaks."""
    return any(_PHONE_CUE.fullmatch(w) or _ID_WORD.fullmatch(w) or _GENERIC_CUE.fullmatch(w) for w in label.split())


def _words_but_emails(text: str) -> list[str]:
    """The words of ``text``; an e-mail address says nothing about a number beside it: "…@mailbox.org;(204) 844-0371"
    and "Ana Lima, 601 123 456, ana@example.org" have no "org number"."""
    return _WORD.findall(_EMAIL.sub(" ", text) if "@" in text else text)


# A sentence's end: after a number or a word of four letters or more (not "Tel.", "No.", "Nr."), before a capital.
_SENTENCE_END = regex.compile(r"(?:\d|\p{L}{4})[.!?][ \t]+(?=\p{Lu})")


def _words_before(text: str, start: int, reach: int = 80) -> list[str]:
    """The last few words before ``start`` on its line (a cue farther back belongs to something else)."""
    window = text[max(0, start - reach) : start]
    if window.endswith("\n") and CELL_DELIMITER.search(window):
        return []  # a table row starts here: its header (read by _phone_columns) says what the cell is
    window = window[window.rfind("\n") + 1 :] if "\n" in window[:-1] else window
    # A cue of the sentence before belongs to its own number: "…telefone para +55…. Protocolo de atendimento: 2025…"
    sentences = list(_SENTENCE_END.finditer(window))
    window = window[sentences[-1].end() :] if sentences else window
    return _words_but_emails(window)[-10:]


def cue_before(text: str, start: int, reach: int = 80) -> bool | None:
    """True after a call cue, False after an id word (closer than any call cue), None when neither.

    ``reach``: how many characters back a cue may stand (a short local number needs one right before it).
    """
    labels = (_LINE_LABEL, _PLACE_LABEL, _ME_AT, _ABBREVIATED_LABEL, _SYMBOL_LABEL)
    if any(label.search(text, max(0, start - 24), start) for label in labels):
        return True
    unspaced = list(_UNSPACED_CUE.finditer(text, max(0, start - 12), start))
    # the nearest one speaks, if no other number stands between it and this one
    if unspaced and not any(c.isdigit() for c in text[unspaced[-1].end() : start]):
        return unspaced[-1].lastgroup == "phone"
    label_end = speaker_label_end(text, start, _labels_a_number)
    words = _words_before(text, start, reach) if label_end is None else _words_but_emails(text[label_end:start])
    has_generic = False
    next_to_number = True  # only fillers ("number", "no.", "is") so far between the word and the number
    for word in reversed(words):
        if _PHONE_CUE.fullmatch(word):
            return True
        if next_to_number and _ID_WORD.fullmatch(word):
            return False  # "order 181 591 0054", "Order number: 4982597919"; not "a confirmation was sent to"
        generic = bool(_GENERIC_CUE.fullmatch(word))
        has_generic = has_generic or generic
        next_to_number = next_to_number and (generic or word.lower() in _FILLERS)
    if not has_generic:
        return None if label_end is None else asked_for(text, start, _words_but_emails, _is_phone_cue, is_id_word)
    # A generic word needs a pronoun ("my number is", "reach me at", "unter") or a label colon
    # ("Contact: 0171 2345678"), so "number 12 of 40" is no cue.
    lowered = {word.lower() for word in words[-4:]}
    labelled = text[max(0, start - 3) : start].rstrip().endswith(":") or bool(lowered & _IS)
    qualified = bool(lowered & _PHONE_QUALIFIERS)
    return bool(lowered & _PRONOUNS) or "unter" in lowered or labelled or qualified or None


_FILLERS = frozenset(
    ["no", "nr", "num", "n", "nº", "id", "is", "was", "ist", "es", "de", "del", "du", "des", "the", "our", "your"]
)
_CLAUSE_END = regex.compile(r"\n|[.!?;](?=\s|$)|\band\b|\by\b|\bund\b|\bet\b")
_OF = frozenset(["of", "de", "von", "der", "du", "des", "di"])
_IS = frozenset(["is", "es", "ist", "est", "é", "è", "är", "er", "jest", "je"])
_HOME = frozenset(["casa", "home", "contacto", "contato", "contact", "emergencia", "emergência", "emergency"])
# "local number", "direct line", "home number": these make "number" and "line" a phone's.
_PHONE_QUALIFIERS = frozenset(["local", "direct", "home", "personal", "private", "landline", "work", "office"])
_PRONOUNS = frozenset(
    {"me", "my", "mi", "mich", "mir", "meine", "moi", "mon", "us", "our", "your", "nos", "uns", "su", "tu"}
    | {"mio", "mia", "meu", "minha", "mijn", "mój", "moj", "benim", "mein", "mitt", "min", "mit", "vores", "vårt"}
    | {"moje", "moja", "mé", "můj", "moim", "mojego"}
)


def cue_after(text: str, end: int) -> bool | None:
    """ "450 0840 (cell)", "0171 2345678 is my mobile": a phone noun a few words after the number.

    False when an id word comes first ("… as their org number"), None when neither.
    """
    if _CALL_REQUEST.match(text, end, end + 48):
        return True
    clause = _CLAUSE_END.split(text[end : end + 48], 1)[0]  # "(SKU) keeps crashing. Call me on…" is another clause
    following = _words_but_emails(clause)[:6]
    for at, word in enumerate(following):
        if _ID_WORD.fullmatch(word):
            return False  # "12345678 is the order number"
        next_word, then = (*following[at + 1 : at + 3], "", "")[:2]
        if _GENERIC_CUE.fullmatch(word) and next_word.lower() in _OF:
            # "1234567 is the number of rows"; but "555-0165 es mi número de casa" names a phone
            return then.lower() in _HOME or bool(_PHONE_NOUN.fullmatch(then))
        if _PHONE_NOUN.fullmatch(word) or _GENERIC_CUE.fullmatch(word):
            return not _UNIT_AFTER.match(text[end:])
    return None


def labelled_phone(text: str, start: int) -> bool:
    """ "Tel: 1409868743", "Mobile - 1409868743": a phone noun right before the number names it."""
    words = _words_before(text, start)
    between = text[max(0, start - 4) : start]
    return bool(words) and bool(_PHONE_NOUN.fullmatch(words[-1])) and not any(c.isalnum() for c in between[-2:])


# Turkish "cep" (mobile) labels a number, Brazilian "CEP" a postcode of eight digits: "cep: 0530-887-4519".
_CEP_LABEL = regex.compile(r"(?i:(?<!\p{L})cep(?:[ \t]+tel\p{L}*)?)[ \t]*[:.]?[ \t]*$")
_LEAST_MOBILE_DIGITS = 10


def mobile_after_cep(text: str, start: int, candidate: str) -> bool:
    """A number of ten digits or more right after a "cep" label: a Turkish mobile, never a Brazilian postcode."""
    digits = sum(map(str.isdigit, candidate))
    return digits >= _LEAST_MOBILE_DIGITS and _CEP_LABEL.search(text, max(0, start - 16), start) is not None


def is_id_word(word: str) -> bool:
    """ "order", "pedido", "Rechnungsnummer": a word that names an id or an amount, never a phone."""
    return bool(_ID_WORD.fullmatch(word))


def unit_after(text: str, end: int) -> bool:
    return bool(_UNIT_AFTER.match(text[end : end + 16]))


def currency_after(text: str, end: int) -> bool:
    return bool(_CURRENCY_AFTER.match(text[end : end + 8]))
