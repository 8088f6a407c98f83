"""Passwords written in prose: ``password Pirate2015!``, ``pw is X``, ``the password for admin is X``,
``mi contraseña es X``, ``das Passwort lautet X``, ``What's the password? It's X``.

:mod:`password_assignment` covers ``password=...`` right after the key word; :mod:`password_pairs` the
``user / password`` pairs. People also put a few words between the word and the value ("the password
for the VPN is ...", "la contraseña del wifi es ...") or none at all ("password Pirate2015!"). After a
password word, up to four words may precede a copula (is, es, ist, lautet, é, est, è, ``:``); the token
after it is the password unless it describes one (:func:`_secret_values.is_password_value`: "the
password is wrong" stays, "the password is bluebird" goes). With no copula, the token right after the
word is a password if it looks like one (letters with digits or symbols), or if a verb or adjective
hands it over ("use password X", "temp password X") or it is quoted.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._passphrase_tail import extend_passphrases
from redaction.recognizers._password_cues import ABOUT_WORD, CANDIDATE, CUE, NOT_SECOND_OF_PAIR, QUOTE, STRONG, WEAK
from redaction.recognizers._secret_values import (
    is_generated_letters_digits,
    is_password_value,
    languages_of,
    strip_sentence_end,
)
from redaction.recognizers.password_later import alternatives_after

# Test runners print "PASS: test_login", "PASS tests/auth.spec.ts".
_TEST_NAME = regex.compile(r"test|spec|::|\.py\b|\.[jt]s\b", regex.IGNORECASE)
# Adverbs between the copula and the value ("is currently X"); a value on the line below a label.
_ADVERB = (
    r"(?:now|currently|actually|simply|just|literally|still|ahora|actualmente|jetzt|aktuell|nun|maintenant|agora"
    r"|atualmente|adesso|ora|noch|immer\s+noch|todavía|aún|ainda|encore"
    # hedges: "my password is probably X", "is either X or Y"
    r"|probably|maybe|possibly|either|like|usually|always|quizás|quizá|probablemente|wahrscheinlich|vielleicht"
    r"|talvez|provavelmente"
    # what it was before: "mein pw war früher X und jetzt Y"
    r"|früher|vorher|ursprünglich|antes|before|originally|originalmente"
    # from when it holds: "Das neue Passwort ist ab morgen X"
    r"|ab\s+(?:morgen|heute|sofort|jetzt)|from\s+(?:tomorrow|today|now\s+on)|a\s+partir\s+de\s+(?:mañana|hoy|amanhã|hoje)"
    r"|à\s+partir\s+de\s+demain|desde\s+mañana|vanaf\s+(?:morgen|nu|vandaag))"
)
_VALUE = rf"[ \t]*(?:{_ADVERB}(?!\p{{L}}))?[ \t]*(?:\n[ \t]*)?{QUOTE}{CANDIDATE}"
_AFTER_COPULA = regex.compile(rf"{NOT_SECOND_OF_PAIR}{CUE}{_VALUE}", regex.IGNORECASE)
# With no copula (or an apposition: "the password, X, leaked"): a verb or adjective that hands the value
# over ("use password tulip", "temp password X"), the abbreviations people only write before a value
# ("pw tulip"; not pwd, a shell command too), or brackets and quotes around it ("password (tulip)")
# make a plain word the password.
_HANDOVER = (
    r"(?:use|try|enter|type|with|using|temp|temporary|initial|default|new|one-time|usa|usar|prueba|con|nutze"
    r"|verwende|mit|avec|utilise|utilize|com|nuova|nueva|neues)"
)
_RIGHT_AFTER = regex.compile(
    rf"(?P<copula>(?<!\p{{L}}){_HANDOVER}[ \t]+(?:(?:the|a|this|my|la|el|das|le|o|a)[ \t]+)?)?"
    rf"(?<!\p{{L}})(?P<cue>{STRONG}|(?P<verb>pw|passwd)|pwd|(?P<pin>pin|passcode))(?!\p{{L}})(?:[ \t]+|[ \t]*,[ \t]*)"
    rf"(?P<quote>[\"'`“‘«(])?{CANDIDATE}",
    regex.IGNORECASE,
)
# "changed my password to X", "password was reset to X", "cambié la contraseña a X", "Passwort auf X geändert".
# A change verb makes a plain word the password ("set the password to tulip"); "password to log in" stays.
_CHANGE = (
    r"(?<!\p{L})(?:reset|changed?|set|updated?|geändert|zurückgesetzt|cambiada|cambié|restablecida|alterada"
    r"|mudei|troquei|trocou|mudou|modifié|zet|gezet|wijzig|gewijzigd|veranderd)(?!\p{L})"
)
_TO = r"(?:to|as|a|auf|zu|para|pra|por|em|en|in|op)"
_CHANGED_TO = regex.compile(
    rf"(?P<copula>{_CHANGE}[^\n.!?]{{0,20}}?)?(?<!\p{{L}})(?P<cue>{STRONG})(?!\p{{L}})"
    # what the password is of: "set the password for the router to X", "zet het wachtwoord van de router op X"
    rf"(?P<bridge>(?:[ \t]+(?:for|of|van|für|von|del?|do|da)(?:[ \t]+(?!{_TO}[ \t])[^\s.!?:]+){{1,3}}?)?)"
    r"(?:[ \t]+(?:was|is|has[ \t]+been|got|wurde|fue|foi|werd))?"
    rf"(?P<verb>[ \t]+{_CHANGE})?[ \t]+{_TO}[ \t]+{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)
# "changed my password from f@lc0n38 to cookie414", "das Passwort von X auf Y geändert": old and new.
_FROM_TO = regex.compile(
    rf"(?P<verb>{_CHANGE}[^\n.!?]{{0,20}}?)?(?<!\p{{L}}){STRONG}(?!\p{{L}})[ \t]+(?:from|de|von|da|van)[ \t]+{QUOTE}"
    r"(?P<old>[^\s\"'`]{4,128}?)" + QUOTE + rf"[ \t]+(?:to|a|para|auf|zu|in|naar|op)[ \t]+{QUOTE}{CANDIDATE}"
    r"(?P<after>[ \t]+(?:geändert|umgestellt|gewijzigd|veranderd|gezet))?",
    regex.IGNORECASE,
)
# The answer in the next sentence: "What's the wifi password? It's tangerine", "Das Passwort? Es ist X".
_NEXT_SENTENCE = regex.compile(
    rf"(?<!\p{{L}})(?P<cue>{STRONG}|pw|pwd)(?!\p{{L}})[^\n.?!]{{0,30}}[?:.][ \t]*"
    # after a hedge too: "qual senha eu cadastrei? acho que era X"
    r"(?:(?:i[ \t]+think|acho[ \t]+que|creo[ \t]+que|ich[ \t]+glaube|je[ \t]+crois[ \t]+que)[ \t]+)?"
    r"(?P<copula>it'?s|it[ \t]+is|it[ \t]+was|that'?s|es[ \t]+ist|es[ \t]+war|das[ \t]+ist"
    r"|es|era|fue|foi|é|c'est|è)[ \t]+"
    rf"{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)
# "use X as the password", "X is my new password", "X ist mein Passwort", "X es mi contraseña".
_BEFORE = regex.compile(
    # not the verb that hands it over: "puse como contraseña X"
    r"(?<![^\s\"'`(])(?!(?i:puse|pongo|usé|uso|tengo|coloquei|coloco|usei|ponho|pus)\s)"
    rf"(?P<value>[^\s\"'`,;)}}\]]{{4,128}}){QUOTE}[ \t]+(?:is|was|ist|es|é|est|as|als|como)[ \t]+"
    r"(?:(?:my|the|your|our|mein|dein|das|mi|la|tu|le|mon|a|minha|o)[ \t]+)?"
    r"(?:(?:new|neues?|nueva|nouveau|nova)[ \t]+)?"
    rf"{STRONG}(?!\p{{L}})",
    regex.IGNORECASE,
)
# "it's X (the password)", "he typed X into the password field": the value before the word that names it.
_NAMED_AFTER = regex.compile(
    rf"(?<![^\s\"'`(])(?P<value>[^\s\"'`,;)}}\]]{{4,128}}){QUOTE}"
    rf"(?:[ \t]+\((?:the[ \t]+|my[ \t]+)?{STRONG}\)|[ \t]+(?:into|in)[ \t]+the[ \t]+{STRONG}[ \t]+(?:field|box|prompt)"
    # an apposition: "try X — that's the admin password", "it's X, my usual password"
    rf"|[ \t]*(?:,|[ \t][—–-]+)[ \t]*(?:that'?s[ \t]+|which[ \t]+is[ \t]+|is[ \t]+)?(?:the|my|our|your)[ \t]+"
    rf"(?:\p{{L}}+[ \t]+){{0,2}}{STRONG}(?!\p{{L}}))",
    regex.IGNORECASE,
)
# "use X to log in", "usa X para entrar", "nutze X zum Einloggen": the value one logs in with.
_USE_TO_LOG_IN = regex.compile(
    r"(?<!\p{L})(?:use|usa|usá|utiliza|nutze|verwende|benutze|utilise)[ \t]+(?P<quote>[\"'`“‘«])?"
    + CANDIDATE
    + r"[ \t]+(?:to[ \t]+(?:log[ \t-]?in|sign[ \t-]?in|login|get[ \t]+in|unlock)|pa?ra[ \t]+(?:entrar|acceder|logar"
    r"|iniciar[ \t]+sesi[oó]n)|zum[ \t]+(?:Einloggen|Anmelden)|pour[ \t]+(?:entrer|te[ \t]+connecter))(?!\p{L})",
    regex.IGNORECASE,
)
# "puse X de contraseña", "coloquei X como senha", "es X la contraseña": the value, then the word naming it.
_VALUE_THEN_WORD = regex.compile(
    r"(?<!\p{L})(?:(?P<handover>puse|pongo|usé|uso|tengo|tenía|coloquei|coloco|usei|mis|mets|utilisé|choisi)"
    r"|es|era)[ \t]+"
    rf"{QUOTE}(?P<value>[^\s\"'`,;)}}\]]{{4,128}}){QUOTE}[ \t]+(?:de|como|comme|la|mi|el|a|minha)[ \t]+"
    r"(?:(?:mi|la|nueva|nova)[ \t]+)?"
    rf"{STRONG}(?!\p{{L}})",
    regex.IGNORECASE,
)
# "try logging in with X", "sign in with X": no password word, so only a value that looks like one.
_LOG_IN_WITH = regex.compile(
    rf"(?<!\p{{L}})(?:log(?:ging|ged)?[ \t-]?in|login|sign(?:ing|ed)?[ \t-]?in)[ \t]+with[ \t]+{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)
# "I reset my password. I set it to X": "it" is the password only when one was named shortly before.
_IT_SET_TO = regex.compile(
    r"(?<!\p{L})(?:(?:re)?set|changed?|updated?)[ \t]+it[ \t]+(?:back[ \t]+)?to[ \t]+"
    rf"(?P<quote>[\"'`“‘«])?{CANDIDATE}",
    regex.IGNORECASE,
)
_IT_REACH = 300
_LOGIN_AFTER = regex.compile(r"(?<!\p{L})(?:credentials|log(?:ging)?[ \t-]?in|sign(?:ing)?[ \t-]?in)(?!\p{L})", regex.I)
_PASSWORD_WORD = regex.compile(rf"(?<!\p{{L}}){STRONG}(?!\p{{L}})", regex.IGNORECASE)
# A key/value table row: "| Password | hunter2 |".
_TABLE_ROW = regex.compile(
    rf"^[ \t]*\|[ \t]*(?P<cue>{STRONG}|{WEAK})(?!\p{{L}})[^|\n]{{0,30}}\|[ \t]*{QUOTE}{CANDIDATE}",
    regex.IGNORECASE | regex.MULTILINE,
)
# Patterns, and whether a plain word after them may be the password (a copula or a pair announced it).
_PATTERNS = (
    (_AFTER_COPULA, True),
    (_RIGHT_AFTER, False),
    (_CHANGED_TO, False),
    (_NEXT_SENTENCE, True),
    (_TABLE_ROW, True),
    (_LOG_IN_WITH, False),
    (_USE_TO_LOG_IN, False),
)


_PASSIVE = regex.compile(r"\b(?:fue|foi)\b", regex.IGNORECASE)
_PARTICIPLE = regex.compile(r"^\p{L}+[aeií]d[oa]s?$", regex.IGNORECASE)


_SYMBOL = regex.compile(r"[!@#$%^&*?+=~]")


def _strong(value: str) -> bool:
    mixed = any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)
    return mixed and (_SYMBOL.search(value) is not None or is_generated_letters_digits(value))


def _group(match: regex.Match[str], name: str) -> str:
    return (match.group(name) or "") if name in match.re.groupindex else ""


class ProsePasswordRecognizer(CodeRecognizer):
    """PASSWORD in sentences and ``user / password`` pairs, in en/es/de/fr/pt/it."""

    ENTITY = "PASSWORD"
    NAME = "ProsePasswordRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = []
        for pattern, after_copula in _PATTERNS:
            for match in pattern.finditer(text):
                if match.group("value").endswith(":"):
                    continue  # "Password:\nUsername: bob": the next line is another label
                value = strip_sentence_end(match.group("value"))
                if _group(match, "pin") and not value.isdigit():
                    continue  # "PIN 4821" is one; "pin the tab" is not
                if ABOUT_WORD.match(value) or (_group(match, "cue") == "PASS" and _TEST_NAME.search(value)):
                    continue  # "the password's length", "use password authentication", "PASS: test_login"
                languages = languages_of(_group(match, "cue"), _group(match, "copula"))
                if _PASSIVE.search(_group(match, "copula")) and _PARTICIPLE.match(value):
                    continue  # "la contraseña fue cambiada", "o pin foi bloqueado"
                announced = after_copula or any(_group(match, name) for name in ("copula", "verb", "quote"))
                # Words between cue and value leave a plain word unannounced: "set the password for X to expire".
                announced = announced and not _group(match, "bridge")
                if is_password_value(value, announced, languages):
                    spans.append((match.start("value"), match.start("value") + len(value)))
        for match in _FROM_TO.finditer(text):
            if not (match.group("verb") or match.group("after")):
                continue  # "copy the password from vault-1 to vault-2" changes nothing
            for name in ("old", "value"):
                value = strip_sentence_end(match.group(name))
                if is_password_value(value, after_copula=False):
                    spans.append((match.start(name), match.start(name) + len(value)))
        for match in _IT_SET_TO.finditer(text):
            before = _PASSWORD_WORD.search(text, max(0, match.start() - _IT_REACH), match.start())
            # "I changed it to X yesterday but it still says invalid credentials"; with nothing around, only
            # what no name or version is: upper and lower case, a digit and a symbol ("changed it to x@Q7pLm!a").
            value = strip_sentence_end(match.group("value"))
            named = before or _LOGIN_AFTER.search(text, match.end(), match.end() + _IT_REACH // 3) or _strong(value)
            # Not a number: "password timeout too short, set it to 300".
            if named and not value.isdigit() and is_password_value(value, after_copula=bool(match.group("quote"))):
                spans.append((match.start("value"), match.start("value") + len(value)))
        for match in (*_BEFORE.finditer(text), *_NAMED_AFTER.finditer(text), *_VALUE_THEN_WORD.finditer(text)):
            # "use tulip as your password": the sentence names the word the password; after a bare "es"
            # ("era importante la contraseña") only a value that looks like one.
            value = strip_sentence_end(match.group("value"))
            named = match.re is not _VALUE_THEN_WORD or bool(match.group("handover"))
            if is_password_value(value, after_copula=named):
                spans.append((match.start("value"), match.start("value") + len(value)))
        spans = extend_passphrases(text, spans)
        spans += alternatives_after(text, spans)
        return [make_result(self, self.NAME, self.ENTITY, span, 0.75) for span in spans]
