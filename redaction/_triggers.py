"""Cheap per-entity pre-checks: a recognizer only runs on a text its trigger matches.

Each trigger is a necessary condition of its recognizers' patterns (an email needs ``@``, a card
13 digits), so skipping a recognizer on a text its trigger misses cannot lose a finding; it saves
running ~25 recognizers over every short JSON value.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from redaction.recognizers._base import alternatives
from redaction.recognizers._birth_beside_kin import TRIGGER as KIN_TRIGGER
from redaction.recognizers._birth_by_age import TRIGGER as AGE_TRIGGER
from redaction.recognizers._birth_cues import MORE_LANGUAGES as MORE_BIRTH_CUES
from redaction.recognizers.spelled_email import TRIGGER as SPELLED_AT
from redaction.recognizers.spoken_numbers import says_digits_in_words

_TRIGGERS: dict[str, str] = {
    # "@", or an "at" spelled out (SpelledEmailRecognizer): "x at gmail dot com", "x(at)example.com";
    # or percent-encoded in a URL (EncodedEmailRecognizer).
    "EMAIL_ADDRESS": rf"@|%40|{SPELLED_AT}",
    # six digits, or an area code and keypad letters (VanityPhoneRecognizer: "1-800-FLOWERS")
    "PHONE_NUMBER": r"\d(?:\D{0,3}\d){5}|\d{3}\)?[ .\-]?[A-Z0-9]{0,7}[A-Z]{2}",
    "CREDIT_CARD": r"\d(?:[ \-.\u00a0]?\d){12}",
    "US_SSN": r"\d(?:[ \-.]?\d){8}",
    "US_ITIN": r"\d(?:[ \-.]?\d){8}",
    "US_PASSPORT": r"\d{8}",
    "UK_NHS": r"\d(?:[ \-]?\d){9}",
    "UK_NINO": r"(?i)[a-z]{2} ?\d{2} ?\d{2}",
    "IP_ADDRESS": r"\d\.\d|[0-9a-fA-F]:[0-9a-fA-F]|::",
    "IBAN_CODE": r"(?i)[a-z]{2}\d{2}|(?<![\p{L}\d])[A-Z][ \t,.\-]{1,3}[A-Z][ \t,.\-]{1,3}\d",
    "ES_NIF": r"\d{7}-?[A-Za-z]",
    "ES_NIE": r"(?i)[x-z]\d{7}",
    # Omocodia may turn the fiscal code's digits into letters; the month letter follows two of either.
    "IT_FISCAL_CODE": r"(?i)[a-z]{6}[\dlmnp-v]{2}[a-z]",
    "CRYPTO": r"[13][a-km-zA-HJ-NP-Z1-9]{25}|bc1|0x[0-9a-fA-F]{40}",
    "AWS_ACCESS_KEY": r"A[A-Z0-9]{3}[A-Z0-9]{16}",
    "AWS_SECRET_KEY": r"[A-Za-z0-9/+]{40}",
    "GITHUB_TOKEN": r"gh[pousr]_|github_pat_",
    "API_KEY": r"sk-|_live_|_test_|whsec_|xox|AIza|hf_|glpat-|SG\.|npm_|pypi-|shp|_v1_|dapi|SK[0-9a-f]|AC[0-9a-f]|key-"
    r"|gsk_|r8_|tvly-|lsv2_|xai-|pplx-|pcsk_|secret_|ntn_|lin_|sb[pv]_|ATATT|PMAK-|NR[AIJ]|dp\.|gl[sc]a?_|sntr|fig[dou]_"
    r"|sq0|EAAA|GOCSPX|xapp-|hooks\.slack|/webhooks/|:AA|sk\.eyJ"
    r"|[MNO][\w-]{23,27}\.[\w-]{6}\.",
    "JWT": r"eyJ",
    "BEARER_TOKEN": r"(?i)bearer|token|basic",
    "PRIVATE_KEY": r"PRIVATE KEY",
    "PASSWORD": (
        r"(?i)pass|pwd|(?<!\p{L})pw(?!\p{L})|://[^\s/@]*:[^\s@]*@|contra|clave|kennwort|senha|(?<!\p{L})(?:pin|nip)(?!\p{L})"
        r"|combina|kombination|wachtwoord|wi-?fi|wlan|cl[ée]\s"
        # "Jira: jdoe / Cookie#719" (CredentialPairRecognizer); .pgpass lines "host:5432:db:user:X"
        r"|:[ \t]*[^\s/:,;]{2,64}[ \t]*/[ \t]*\S|(?:^|\n)[^\s:]+:(?:\d{1,5}|\*):"
        # "user jdoe / X" (ProsePasswordRecognizer)
        r"|(?:user|login|usuario|benutzer|zugang|creds?|credential|credencial|utilisateur|utente|usuário|användare"
        r"|uživatel|přihláš|inlog|gebruiker)[^/\n]{1,70}/"
        # "try logging in with X" (ProsePasswordRecognizer)
        r"|(?:log(?:ging|ged)?[ \t-]?in|login|sign(?:ing|ed)?[ \t-]?in)[ \t]+with"
        # "use X to log in", "usa X para entrar", "nutze X zum Einloggen"
        r"|to[ \t]+(?:log[ \t-]?in|sign[ \t-]?in|login|get[ \t]+in|unlock)|pa?ra[ \t]+(?:entrar|acceder|logar|iniciar)"
        r"|zum[ \t]+(?:einloggen|anmelden)|pour[ \t]+(?:entrer|te[ \t]+connecter)"
        # command lines and shell environments (CommandLineSecretRecognizer), Azure keys and SAS signatures
        r"|(?<![\w-])-[pua]|[_-]key|secret|token|auth|salt|signature|accountkey|sharedaccesskey|[?&]sig=|mdp|cred|pswd|p/w|c[óo]digo|code"
        # a password piped to "sudo -S", "passwd --stdin", "docker login --password-stdin"
        r"|\|[ \t]*sudo|stdin"
        # Windows "net use"/"net user" and "/p X" switches; SQL's "IDENTIFIED BY X"; Oracle's "scott/X@orcl"
        r"|net[ \t]+use|(?<!\S)/r?p[: \t]|identified|[^\s/:@]/[^\s/@]+@"
        # login and connection calls (LoginCallPasswordRecognizer); "auth" and "cred" are above
        r"|log_?in[ \t]*\(|sign_?in[ \t]*\(|getconnection|mysqli|pdo[ \t]*\(|ftp(?:_tls)?[ \t]*\("
        # "changed it to X" (a strong value alone), "X (capital first letter)" (a spelling hint)
        r"|[ \t]it[ \t]+(?:back[ \t]+)?to[ \t]|capital|upper[ -]?case|lower[ -]?case|case[ -]?sensitive|all[ \t]+caps"
        r"|zero[ \t]+not|no[ \t]+spaces"
        # other languages' words (WorldPasswordRecognizer), and a lock's own code words
        r"|パスワード|暗証|密码|密碼|口令|비밀번호|비번|암호|패스워드|كلمة|الرقم\s+السري|رمز|पासवर्ड|has[łl]|[şs]ifre|parola"
        r"|l[öo]senord|hesl[oae]|passord|adgangskode|wachtzin|secr[èe]te|klucz|(?<!\p{L})(?:ww|kod)(?!\p{L})|psk|seed|mnemonic|fraza|semilla|r[ée]cup|tried|typed|entered|probé|intenté|probiert|essayé|API\s*(?:キー|密钥|密鑰|키)|codice|combo"
    ),
    # Every SECRET pattern holds "secret" or "token", or "key" right before an assignment or "is/was".
    "SECRET": r"(?i)secret|token|key[\s\"'`]*(?:[:=]|is\b|was\b)",
    "DATE_OF_BIRTH": (
        r"(?i)birth|d\.?\s?o\.?\s?b|born|b-?day|nac|geb|cumplea|naiss|nasc|n[ée]e?s?\s+(?:le|en)|ddn|nat[oa]\s+(?:il|nel)|ann?ivers"
        r"|compleanno|urodz|do[ğg]um|födelse|fødsel|född|fødd|født|naroz|narod|nar\.|szület|szül\.|rođen|născut|syntyn"
        r"|zur\s+welt|came\s+into|jahrgang|brith|bithd|birtd|n[ée]e?s?\s+à|nat[oa]\s+a\s"
        rf"|{MORE_BIRTH_CUES}"
        r"|(?<!\p{L})d\.?\s?n(?!\p{L})|(?<!\p{L})(?:ur\.|rocznik|d\.\s?t\.|janam)|مواليد|ميلاد|ولدت|yob|誕"
        r"|(?<!\p{L})(?-i:b)\.[ \t]*[\d\p{Lu}]|生|생"
        # an age beside the date (_birth_by_age), a relative before it (_birth_beside_kin)
        rf"|{AGE_TRIGGER}|{KIN_TRIGGER}"
    ),
    # Every street pattern has a house or box number next to a word
    # (Japanese block addresses are written without spaces: "神宮前4丁目12-8".)
    # (Croatian houses without a number are "bb": "Vukovarska bb".)
    "STREET_ADDRESS": r"\d\p{L}?,?\s+\p{L}|\p{L}[.“”\"»]?,?\s+\d|\p{Han}\d|\p{L}\s+bb\b",
}


_SPOKEN_ENTITIES = frozenset({"PHONE_NUMBER", "CREDIT_CARD", "US_SSN"})


class Triggers:
    """Which of the configured entities a text could hold."""

    def __init__(self, entities: Iterable[str]) -> None:
        # Entities without a trigger (PERSON, DENY_LIST, ...) are always checked.
        self._always = [e for e in entities if e not in _TRIGGERS]
        self._checks = [(e, _compile(_TRIGGERS[e])) for e in entities if e in _TRIGGERS]

    def entities_for(self, text: str) -> list[str]:
        found = [entity for entity, parts in self._checks if any(rx.search(text) for rx in parts)]
        # Numbers said in words (SpokenNumberRecognizer: "seven oh two five five five ...") hold no digit run.
        spoken = [e for e, _ in self._checks if e in _SPOKEN_ENTITIES and e not in found]
        if spoken and says_digits_in_words(text):
            found += spoken
        return [*self._always, *found]


def _compile(trigger: str) -> list[regex.Pattern[str]]:
    """A trigger as patterns any of which matches where it does.

    A case-insensitive trigger is a long alternation of cue words that ``regex`` tries at every position of a
    text; searched branch by branch, each is found from its own first characters (the password and birth-date
    triggers take a third of the time).
    """
    if not trigger.startswith("(?i)"):
        return [regex.compile(trigger)]
    return [regex.compile(branch, regex.IGNORECASE) for branch in alternatives(trigger.removeprefix("(?i)"))]
