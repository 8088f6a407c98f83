"""Passwords given later in the sentence that names them, and the alternatives after one.

``if it asks for a password just type Arsenal?123``, ``Guest wifi is "MOVISTAR", key CH9K-P7YR-2VUR``: a verb
of typing or the word "key" hands a value that looks like a password over.

``la senha do wi-fi tá no papel: vivafibra88``, ``la contraseña nueva es la vieja al revés: 4321oleuba``,
``la contraseña provisional que me mandaron, Xk72pLm9, no funciona``: after a colon or a comma within the
password word's sentence, a token that looks like a password (letters with digits or symbols, or digits)
is one; a plain word there is not ("password reset, ticket closed").

``es solymar o solymar1``, ``war früher pinguin und jetzt pinguin99``: once a value is found, the one
offered beside it ("or", "oder", "ou", "and now") is another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._password_cues import CANDIDATE, QUOTE, STRONG
from redaction.recognizers._secret_values import is_password_value, looks_like_password, strip_sentence_end

_LATER = regex.compile(
    rf"(?<!\p{{L}}){STRONG}(?!\p{{L}})[^\n?!:,;(]{{0,60}}?(?:[:,]|[ \t]\()[ \t]*{QUOTE}{CANDIDATE}", regex.IGNORECASE
)
# "if it asks for a password just type X", "Guest wifi is "MOVISTAR_4E10", key X": a verb or "key" hands it over.
_HANDED_OVER = regex.compile(
    rf"(?:(?<!\p{{L}}){STRONG}(?!\p{{L}})[^\n.?!]{{0,60}}?"
    r"(?<!\p{L})(?:type|enter|use|try|put[ \t]+in|was[ \t]+it|is[ \t]+it)"
    r"|(?<!\p{L})(?:wi-?fi|wlan|ssid)(?!\p{L})[^\n.?!]{0,60}?(?<!\p{L})(?:key|clave|clé|schlüssel|chave)"
    # a log's "bind failed ... with credentials 'X'"
    r"|(?<!\p{L})(?:with|using)[ \t]+(?:the[ \t]+)?(?:credentials?|creds))[ \t]*:?[ \t]+"
    rf"{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)
# "I tried Texas44# and Spr1ng1990 and neither works": values tried at a login that fails.
_TRIED = regex.compile(
    r"(?<!\p{L})(?:tried|typed|entered|probé|intenté|probiert|essayé)[ \t]+"
    rf"{QUOTE}(?P<first>[^\s,\"'`]{{4,128}}){QUOTE}"
    rf"(?:[ \t]*(?:,|and|or|y|o|und|oder|et|ou)[ \t]+{QUOTE}{CANDIDATE})?"
    r"(?=[^\n.!?]{0,40}(?i:neither|none|nothing|not|doesn't|don't|didn't|won't|fail|invalid|wrong|no\s+funciona|geht\s+nicht))"
)
# "I used P@ssword1 for the wifi", "password123 is what I typed": a value named by what it opens or how it was typed.
_USED_FOR = regex.compile(
    rf"(?<!\p{{L}})(?:used|use|using|tried)[ \t]+{QUOTE}(?P<first>[^\s,\"'`]{{4,128}}){QUOTE}[ \t]+(?:for|as|on)[ \t]+"
    r"(?:the[ \t]+|my[ \t]+)?(?i:wi-?fi|login|log-in|account|password|router|vpn|e-?mail|laptop|admin)"
    rf"|(?<![^\s\"'`(])(?P<value>[^\s,\"'`]{{4,128}}){QUOTE}[ \t]+(?:is|was)[ \t]+what[ \t]+I[ \t]+"
    r"(?:typed|entered|used|put[ \t]+in|tried)",
    regex.IGNORECASE,
)
# "it's Calcio2019! (capital first letter)": how to type it, said only of a password; a value written in lower
# case with a capital to add ("castle-river-granite7 (capital first letter)") too.
_SPELLING_HINT = regex.compile(
    r"(?<![^\s\"'`(])(?P<value>[^\s\"'`,;()]{4,128})[ \t]+\((?=[^()\n]{0,40}\))[^()\n]*?(?<!\p{L})"
    r"(?:(?P<capital>capital)|upper[ -]?case|lower[ -]?case|case[ -]?sensitive|all[ \t]+caps"
    r"|zero[ \t]+not|no[ \t]+spaces)",
    regex.IGNORECASE,
)
_LOGIN_REACH = 200
_LOGIN_WORD = regex.compile(
    rf"(?<!\p{{L}})(?:{STRONG}|pin|log[ \t-]?in|sign[ \t-]?in|account|credentials?|wi-?fi|cuenta|konto|compte)"
    r"(?!\p{L})",
    regex.IGNORECASE,
)

_PASSWORD_SYMBOL = regex.compile(r"[!@#$%^&*?+=~]")


_ALTERNATIVE = regex.compile(
    r"[\"'`”’»]?[ \t]*,?[ \t]+(?:o|or|oder|ou|y\s+ahora|e\s+agora|and\s+now|und\s+jetzt|jetzt|now|ahora|agora"
    r"|pero\s+la\s+cambi[ée]\s+(?:por|a)|mas\s+mudei\s+para|but\s+changed\s+it\s+to)[ \t]+"
    rf"{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)


def alternatives_after(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The values offered beside found ones: "X or Y", "X und jetzt Y" (Y looks like a password or extends X)."""
    found = []
    for start, end in spans:
        match = _ALTERNATIVE.match(text, end)
        if match is None:
            continue
        value = strip_sentence_end(match.group("value"))
        first = text[start:end]
        # a plain word offered beside a plain word: "marmalade or chocolate"
        both_words = not looks_like_password(first) and is_password_value(value, after_copula=True)
        if looks_like_password(value) or (len(value) > len(first) and value.startswith(first)) or both_words:
            found.append((match.start("value"), match.start("value") + len(value)))
    return found


class LaterPasswordRecognizer(CodeRecognizer):
    """PASSWORD after a colon or comma in the password word's sentence, and beside another password."""

    ENTITY = "PASSWORD"
    NAME = "LaterPasswordRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = []
        for match in (*_LATER.finditer(text), *_HANDED_OVER.finditer(text)):
            value = strip_sentence_end(match.group("value"))
            if is_password_value(value, after_copula=False):
                spans.append((match.start("value"), match.start("value") + len(value)))
        for match in (*_USED_FOR.finditer(text), *_SPELLING_HINT.finditer(text)):
            name = "first" if "first" in match.re.groupindex and match.group("first") else "value"
            value = strip_sentence_end(match.group(name))
            mixed = value != value.lower() and value != value.upper()  # "GPU2 (upper case)" names a thing
            # "castle-river-granite7 (capital first letter)": written in lower case, to be typed with a capital.
            capitalise = match.re is _SPELLING_HINT and bool(match.group("capital")) and value == value.lower()
            if looks_like_password(value) and (match.re is _USED_FOR or mixed or capitalise):
                spans.append((match.start(name), match.start(name) + len(value)))
        for match in _TRIED.finditer(text):
            values = [(name, strip_sentence_end(match.group(name) or "")) for name in ("first", "value")]
            # Without a login word nearby, only when one of them holds a symbol no tool, model or version name
            # holds ("Texas44#"; not "python3.11", "Llama-3.1-8B", "GPT4o").
            near = text[max(0, match.start() - _LOGIN_REACH) : match.end() + _LOGIN_REACH]
            login = _LOGIN_WORD.search(near) is not None or any(_PASSWORD_SYMBOL.search(v) for _, v in values)
            for name, value in values:
                if looks_like_password(value) and login:
                    spans.append((match.start(name), match.start(name) + len(value)))
        spans += alternatives_after(text, spans)
        return [make_result(self, self.NAME, self.ENTITY, span, 0.7) for span in spans]
