"""Words that announce a date of birth, in en/es/de/fr/pt/it/nl and a few more, and questions asking for one.

A cue is a label ("DOB:", "Geburtsdatum"), a phrase ("born on", "né le", "nacida el") or the question a
support agent asks ("Could you confirm your date of birth?"): the answer to a question may come in the
next sentence or the next chat turn.
"""

from __future__ import annotations

import regex

from redaction.recognizers._base import alternatives

# At a word's start, or inside a camelCase key ("dtNascimento", "customerDob").
_WORD_START = r"(?:(?<![\p{L}\d])|(?<=(?-i:\p{Ll}))(?=(?-i:\p{Lu})))"
# Birth words of hu/fi/hr/sl/ro/id/lt/lv/et, Cyrillic and Greek. The date-of-birth trigger reads this very list, so
# it stays a necessary condition of these cues.
MORE_LANGUAGES = (
    r"születési\s+(?:dátum|idő)|syntymäaika|syntymäpäivä|datum\s+rođenja|datum\s+rojstva|rojen[a]?|data\s+nașterii"
    r"|tanggal\s+lahir|gimimo\s+data|gim[ęu]s[i]?|dzimšanas\s+datums|dzimis|dzimusi|sünniaeg|sündinud"
    # Cyrillic and Greek: "дата рождения", "народився", "родилась", "роден", "рођена", "γεννήθηκα"
    r"|дата\s+(?:рождения|народження|на\s+раждане)|датум\s+рођења|народи(?:вся|лася|лась)|родил(?:ся|ась)|роден[ао]?"
    r"|рођен[аи]?|ημερομηνία\s+γέννησης|γεννήθηκ(?:α|ε)"
)
_CUE_WORDS = (
    r"d\.?\s?o\.?\s?b\.?|dob|yob|date[\s_\-]*of[\s_\-]*birth|birth[\s_\-]*(?:date|day)|birth|born|b-?day"
    r"|birthdy|brithday|bithday|birtday|date[\s_\-]*of[\s_\-]*brith|brith[\s_\-]*date"  # typed in haste
    r"|d\.\s?n\.|dn"  # DN: data de nascimento (pt)
    r"|f(?:echa|ec)?\.?[\s_\-]*(?:de[\s_\-]+)?nac(?:imiento|\.)?|nacimiento|nacid[oa]s?|naci[óo]|nac[ií]|naciste|nacer"
    r"|nac\.|nacim\p{L}{3,6}"  # "nac. 6/2/85", "nacimineto"
    r"|cumplea[ñn]os|cumple|came\s+into\s+(?:this|the)\s+world"
    r"|geb(?:urtstag|\p{L}{0,5}dat(?:um|en)|[._]?-?datum|o?h?ren|\.|(?=[ \t]*:)|(?=[ \t]+\d))|zur\s+welt|jahrgang"
    r"|geboortedatum"
    r"|date[\s_\-]*de[\s_\-]*naissance|naissance|n[ée](?:e|\(e\))?s?\s+(?:le|en)|ddn|anniversaire"
    r"|data[\s_\-]*(?:de[\s_\-]*)?nasc(?:imento|\.)?|dt[.\s_\-]*nasc\.?|nascimento|nascid[oa]s?|nasc(?:eu|eram|i|este|er|\.)"
    # "nato a Bari il", "né à Lyon le": the birthplace between participle and date
    r"|data[\s_\-]*di[\s_\-]*nascita|nascita|nat[oa]\s+(?:a\s+\p{L}[\p{L}'\-]*(?:\s+\p{L}[\p{L}'\-]*)?\s+)?(?:il|nel)"
    r"|n[ée]e?s?\s+à\s+\p{L}[\p{L}'\-]*(?:\s+\p{L}[\p{L}'\-]*)?\s+le|compleanno|anivers[áa]rio"
    # "Patient, b. 1947", "(b. 12 March 1950)": the abbreviation after a comma or bracket, before a date
    # (or opening a line, after a label's colon or a slash: "\nb. 17.05.2006", "form: b. 6/27/1986", "… / b. 1948")
    r"|(?<=(?:^|[(,;:\[\n/])[ \t]*)(?-i:b)\.(?=[ \t]*(?:\d|\p{Lu}\p{Ll}{2}))"
    r"|dat[aęy]\s+urodzenia|urodzon[ya]|urodzi\p{L}*\s+się|ur\.|rocznik|do[ğg]um\s+(?:tarih|yıl|yil)\p{L}*|d\.\s?t\.|do[ğg]umlu\p{L}*"
    # Nordic and Central European participles: "född 2007-08-24", "narozena 2.3.1940", "született 1980"
    r"|födelsedatum|fødselsdato|född|födda|født|fødd|syntynyt|narozen[aáýé]?|datum\s+narození|narodil[ai]?\s+se"
    r"|nar\.|narodený|narodená|született|szül\.|rođen[a]?|născut[ăa]?|janam"
    rf"|{MORE_LANGUAGES}"
)
# Scripts without word spaces, and Arabic: no word-start test.
_UNSPACED_CUES = (
    # (not the "生日" inside "発生日時", the time an incident occurred)
    r"生年月日|出生日期|出生年月日|誕生日|(?<!発)生日|생년월일|생일|年生まれ|生まれ|年出生|出生|년생"
    r"|مواليد|تاريخ\s+الميلاد|ولدت(?:\s+عام)?|ميلادي?"
)
BIRTH_CUE = regex.compile(rf"{_WORD_START}(?:{_CUE_WORDS})(?![\p{{L}}])|{_UNSPACED_CUES}", regex.IGNORECASE)
# Each cue word as a pattern of its own, without the word-start test that ``regex`` tries at every position of a
# text: most texts hold no cue, and these tell so in about half the time BIRTH_CUE takes.
_CUE_PARTS = [regex.compile(part, regex.IGNORECASE) for part in (*alternatives(_CUE_WORDS), _UNSPACED_CUES)]
# A sentence that asks for the date, so that the answer may follow in the next sentence or turn.
_ASKING = regex.compile(
    r"\?|(?i:\b(?:please|pls|plz|kindly|confirm|provide|tell\s+me|share|enter|verify|what(?:'s|\s+is)|could\s+you"
    r"|can\s+you|can\s+I|could\s+I|may\s+I|get\s+your|give\s+me|send\s+me|let\s+me\s+know|need|require|type"
    r"|puede|d[ií]game|dame|escriba|angeben|sagen\s+Sie|teilen\s+Sie|donner|indiquer|pode|puoi|pu[òo]|por\s+favor|indique|ind[ií]queme|proporcione|confirme|dime|cu[aá]l\s+es"
    r"|necesit\w*|requier\w*|precis\w*|bitte|nennen|geben\s+Sie|wie\s+lautet|ben[öo]tig\w*|brauche\w*|pourriez|quelle\s+est|merci\s+de"
    r"|qual\s+[ée]|informe|poderia|potrebbe|qual\s+è|podać|proszę|prosz[eę])\b)"
    # ja, zh, ko requests: "生年月日をお願いします", "请提供您的出生日期", "생년월일 알려주세요"
    r"|お願い|ください|教えて|请|請|提供|알려|말씀"
)
# Between a cue and a date, an event of its own means the date is that event's ("DOB verified on <date>").
OTHER_EVENT = regex.compile(
    r"(?i:\b(?:verified|updated|changed|modified|checked|confirmed\s+on|requested|submitted|received|created"
    r"|expir\w*|since|seit|desde(?!\s+luego)|depuis|appointment|meeting|due|deadline|until|registered|joined|logged"
    r"|(?:last|next)\s+(?:login|log-in|seen|visit|order|update|payment|review|renewal|contact|activity|session)"
    r"|review|renewal|login|visit|session|invoice|refund|payment|scheduled"
    r"|order(?:ed)?\s+(?:from|on|of|date|placed)|placed|shipped|delivered|purchased|bought|booked|dated|issued"
    # "birthday sale ends <date>", "birthday party on <date>"
    r"|sale|party|promo\w*|discount|offer|coupon|voucher|celebrat\w*|reminder|ends|campaign|anniversary"
    # "eligible for the plan starting <date>", "start date <date>", "effective <date>"
    r"|start(?:s|ed|ing)?|effective|eligible|beginning|released|release|launch\w*|update"
    # travel: "birthdate 11-10-1971 I'm flying out on <date>"
    r"|fl(?:y|ying|ight|ights|ew)|travel\w*|depart\w*|arriv\w*|return\w*|leaving|check-?in|check-?out"
    # es/pt/de: "fecha de nacimiento verificada el <date>", "Geburtsdatum geändert am <date>", "pedido del <date>"
    r"|(?:verific|actualiz|atualiz|modific|alter|registr|agend|envi)ad[oa]s?|verifiziert|geprüft|geändert"
    r"|aktualisiert|registriert|pedido|compra|cita|reuni[óo]n|factura|fatura|vencimiento|vence|entrega"
    r"|encomenda|consulta|bestellung|bestellt|lieferung|geliefert|termin|rechnung|fällig"
    # it/fr/de/nl/sv/cs/pl: orders, deadlines and visits ("ordine del", "commande passée le", "Frist bis")
    r"|ordine|scadenza|commande|échéance|frist|bestelling|levering|beställning|besök|objednávka|termín|zamówienie"
    # other events of a life: "born 1990-01-01, moved 2015-03-01"
    r"|moved|married|died|graduated|hired|cas[óo]u?|heirat\w*|gestorben|verstorben|falleci\w*|faleceu|muri[óo]"
    r"|morreu|umgezogen)\b)"
)


def may_hold_birth_cue(text: str) -> bool:
    """False only where BIRTH_CUE finds nothing: every cue holds one of the cue words."""
    return any(part.search(text) for part in _CUE_PARTS)


def asks_for_birth_date(sentence: str) -> bool:
    """Whether ``sentence`` (holding a birth cue) asks for the date rather than giving it."""
    return bool(_ASKING.search(sentence))
