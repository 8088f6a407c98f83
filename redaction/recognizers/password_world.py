"""Passwords after the cue words of languages the prose rules do not read, and answers given on the next line.

``パスワードはd0r@3m0n01です``, ``密码是lihualihua210``, ``비번: $30ul01``, ``كلمة المرور: Qwerty123!``,
``hasło do wifi: KydYtyArwure``, ``şifrem istanbul$26``: the cue, a copula or particle, the value. In scripts
written without spaces the value ends where their letters start again ("です", "，登录不了").

``Agent: Can you confirm the PIN on the account?\nCustomer: 7935``: a line asking for a password, PIN or code,
answered on the next line by a value that looks like one (letters with digits or symbols, or digits).
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import UNSPACED_SCRIPTS, CodeRecognizer, make_result
from redaction.recognizers._passphrase_tail import extend_passphrases
from redaction.recognizers._password_cues import STRONG, USER
from redaction.recognizers._secret_values import is_password_value, looks_like_password, strip_sentence_end

# ja, zh, ko, ar, hi; pl, tr; API keys named in those languages.
WORLD_CUES = (
    r"パスワード|暗証番号|密码|密碼|口令|비밀번호|비번|암호|패스워드|كلمة\s+(?:المرور|السر)|الرقم\s+السري|رمز\s+المرور"
    r"|पासवर्ड|has[łl][oa]|[şs]ifre\p{L}{0,5}|parola(?:m|n[ıi]z|s[ıi])?"
    r"|klucz(?:\s+API)?|API\s*(?:キー|密钥|密鑰|키)"
)
_COPULA = r"(?:[ \t]*(?:は|が|是|为|為|는|은|이|가|:|：|=)[ \t]*|[ \t]+(?:هي|هو|jest|to|c['’]est|est)[ \t]+)"
_STOP = rf"\s{UNSPACED_SCRIPTS}，。、；：！？「」『』（）【】\"'`«»“”"
# The whole token, and not a label's word ("hasło do wifi: X" is not "wifi:").
_VALUE = rf"[\"'`「“«]?[ \t]*(?P<value>[^{_STOP}]{{4,128}})(?<!:)(?![^{_STOP}])"
_START = rf"(?:(?<!\p{{L}})|(?<=[{UNSPACED_SCRIPTS}]))"
# The cue, then a copula, or a space, or nothing at all in unspaced scripts ("银行卡密码694093").
_CUED = regex.compile(rf"{_START}(?:{WORLD_CUES})(?:の|的)?(?:(?P<copula>{_COPULA})|[ \t]*){_VALUE}", regex.IGNORECASE)
# A few words about what it opens before the copula: "hasło do wifi: X", "الرقم السري للبطاقة 760705".
_BRIDGED = regex.compile(
    rf"{_START}(?:{WORLD_CUES})(?:[ \t]+[^\s:：=,.!?]{{1,24}}){{1,3}}?(?:(?P<copula>{_COPULA})|[ \t]+){_VALUE}",
    regex.IGNORECASE,
)
# The same with its copula: a bare space would end the bridge early ("hasło do wifi to X" read as "hasło do" + "wifi").
_BRIDGED_COPULA = regex.compile(
    rf"{_START}(?:{WORLD_CUES})(?:[ \t]+[^\s:：=,.!?]{{1,24}}){{1,3}}?(?P<copula>{_COPULA}){_VALUE}", regex.IGNORECASE
)

# A line asking for a secret: a password, PIN or code word and a question or a request (within a bounded reach:
# an unbounded one is quadratic on a long line of cue words).
_ASKED_FOR = regex.compile(
    rf"(?:(?<!\p{{L}})(?:{STRONG}|pin|pincode|passcode|code|codice|c[óo]digo|wi-?fi|clave)(?!\p{{L}})|{WORLD_CUES})"
    r"[^\n]{0,160}(?:[?？]|(?i:\b(?:please|confirm|give|tell|enter|share|podać|podaj|teyit|veriniz|söyle))\b|ください|请|請)"
    r"|(?i:\b(?:confirm|give|tell|what(?:'s|\s+is)|podać|podaj|confirme|confirma|conferma|donner)\b)[^\n]{0,160}"
    rf"(?:(?<!\p{{L}})(?:{STRONG}|pin|pincode|code|clave)(?!\p{{L}})|{WORLD_CUES})",
    regex.IGNORECASE,
)
# The next line: a speaker's label, a "yes", then the value alone on its line.
_ANSWER = regex.compile(
    r"\n[ \t>]*(?:[\p{L}][\p{L} .'\-]{0,24}[ \t]?[:：][ \t]*)?"
    r"(?:(?i:s[íi]|yes|yeah|ja|oui|evet|tak|é|it'?s|c'est|es)[,.]?[ \t]+)?"
    r"(?P<value>[^\s]{4,128})(?=[ \t]*(?:$|\n|[ \t][—–-][ \t]))",
    regex.IGNORECASE,
)


_SECRET_WORD = regex.compile(rf"(?<!\p{{L}})(?:{STRONG}|{WORLD_CUES}|{USER}s?|kod|ww)(?!\p{{L}})", regex.IGNORECASE)


def names_a_secret(value: str) -> bool:
    """A password, code or login word ("hasło", "كلمة المرور", "Identifiants"), which NER and rules take for a name."""
    return _SECRET_WORD.search(value) is not None


class WorldPasswordRecognizer(CodeRecognizer):
    """PASSWORD after ja/zh/ko/ar/hi/pl/tr cue words, and a secret given on the line after the question."""

    ENTITY = "PASSWORD"
    NAME = "WorldPasswordRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = []
        for pattern in (_CUED, _BRIDGED, _BRIDGED_COPULA):
            for match in pattern.finditer(text):
                value = strip_sentence_end(match.group("value"))
                # A copula announces a plain word too ("hasło: kotek"); a bare space only what looks like one.
                announced = bool((match.group("copula") or "").strip())
                if looks_like_password(value) or is_password_value(value, announced):
                    spans.append((match.start("value"), match.start("value") + len(value)))
        spans = extend_passphrases(text, spans)  # "hasło: cloud orange purple monkey"
        for question in _ASKED_FOR.finditer(text):
            line_end = text.find("\n", question.end())
            answer = _ANSWER.match(text, line_end) if line_end >= 0 else None
            if answer is not None:
                value = strip_sentence_end(answer.group("value"))
                if looks_like_password(value) and not value.startswith(("http", "@")):
                    spans.append((answer.start("value"), answer.start("value") + len(value)))
        return [make_result(self, self.NAME, self.ENTITY, span, 0.7) for span in spans]
