"""Names in scripts the English NER model cannot read: ``Γιώργος Παπαδόπουλος``, ``中村 さくら``, ``서준호 님``.

spaCy's small English model finds no person in Greek, Cyrillic, Han, Hangul, Georgian or Arabic
letters. In AI-span text that is mostly Latin-script (English, Spanish, German prose, tool JSON), a
short run of another script is nearly always a name: two or three Title-case words in a cased script
(Greek, Cyrillic, Armenian), or up to three short words in a script without case. In text of any
script, a word before an honorific (Korean 님/씨, Japanese さん/様/君, Chinese 先生/女士/小姐) is a name.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._word_lists import is_place_name

_NON_LATIN_WORD = r"(?:(?!\p{Latin})[\p{L}\p{M}])+"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_NON_LATIN_WORD}(?:[ \t・·]{_NON_LATIN_WORD}){{0,2}}(?![\p{{L}}\p{{M}}])")
# Han characters of grammar and service talk that given names and surnames do not use: "有问题请打" (call if
# there is a problem), "订单号" (order number), "お電話は" (by phone) are requests, not people.
_SERVICE_HAN = r"[请請打的是了在有我你您号號问問题題订訂单單吗嗎呢这這那不没沒要说說给給谢謝联聯系繫电電话話拨撥们們客]"
_NOT_IN_NAMES = regex.compile(_SERVICE_HAN)
# Korean service nouns ("주문번호" order number, "결제 금액" amount paid) and polite verb endings ("주세요").
_HANGUL_SERVICE = regex.compile(
    r"번호|금액|주문|결제|배송|문의|확인|고객|전화|연락|주소|계좌|카드|비밀|상품|가격|합계|회원|예약|(?:요|니다|까)$"
)
_CJK_ONLY = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}ー \t]+")
_CJK = r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]"
_NAME_CJK = rf"(?:(?!{_SERVICE_HAN}){_CJK})"
# 君 is a Japanese honorific and a Chinese given-name character ("王怡君"): it goes with the name.
_HONORIFIC = regex.compile(
    rf"(?P<name>{_NAME_CJK}{{1,4}}(?:[ \t]{_NAME_CJK}{{1,4}})?)[ \t]?"
    r"(?:(?P<kun>君)|님|씨|さん|様|さま|くん|先生|女士|小姐|老师)"
)
# A romanised name before a Japanese or Korean honorific: "Soraさん", "Nari님", "Byul 씨가".
_LATIN_HONORIFIC = regex.compile(r"(?<![\p{L}\d])(?P<name>\p{Lu}\p{Ll}{1,15})[ \t]?(?:さん|様|さま|くん|ちゃん|님|씨)")
_COMPACT = regex.compile(_CJK)
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_CASED_SCRIPT = regex.compile(r"[\p{Greek}\p{Cyrillic}\p{Armenian}]")
_KANA_ONLY = regex.compile(r"^[\p{Hiragana}\p{Katakana}ー]+$")
# Polite endings and requests in kana: "です", "ください", "お願いします" are grammar, never a name.
_KANA_GRAMMAR = regex.compile(r"(?:です|ます|ました|ません|ください|下さい|します|でした)$")


def is_cjk_service_talk(value: str) -> bool:
    """Han or Hangul words of requests and service nouns ("电话", "订单号", "주세요", "결제 금액"), no name."""
    if not _CJK_ONLY.fullmatch(value):
        return False
    return bool(_NOT_IN_NAMES.search(value) or _HANGUL_SERVICE.search(value.strip()))


_MIN_LATIN_SHARE = 0.5
_MAX_COMPACT = 8  # Han/Hangul/kana characters in a name: 2-4 per part, two parts
_MAX_ALPHABETIC = 30


def _mostly_latin(text: str) -> bool:
    """At least half the words are Latin-script (words, not letters: a long name must not tip it)."""
    words = _WORD.findall(text)
    latin = sum(1 for w in words if "LATIN" in unicodedata.name(w[0], ""))
    return bool(words) and latin / len(words) >= _MIN_LATIN_SHARE


def _reads_as_name(run: str) -> bool:
    words = run.replace("・", " ").replace("·", " ").split()
    if _CASED_SCRIPT.search(run):
        # A cased script: every word Title-case, at least two of them (one may be a city or a brand).
        return len(words) >= 2 and all(w[0].isupper() and w[1:].islower() for w in words)
    if _NOT_IN_NAMES.search(run):
        return False
    if _KANA_GRAMMAR.search(run):
        return False
    if _KANA_ONLY.match(run) and len(run) > 4:
        return False  # kana words ("ありがとう"); names in kana alone are short
    compact = len(_COMPACT.findall(run))
    return (compact <= _MAX_COMPACT) if compact else len(run) <= _MAX_ALPHABETIC


class ScriptNameRecognizer(CodeRecognizer):
    """PERSON: short non-Latin runs in Latin-script text, and CJK/Hangul names before an honorific."""

    ENTITY = "PERSON"
    NAME = "ScriptNameRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        if text.isascii():
            return []
        honorifics = _HONORIFIC.finditer(text)
        spans = [(m.start("name"), m.end("kun") if m.group("kun") else m.end("name")) for m in honorifics]
        spans += [m.span("name") for m in _LATIN_HONORIFIC.finditer(text)]
        runs = list(_RUN.finditer(text))
        if runs and _mostly_latin(text):
            # "上海", "القاهرة", "서울": a big city's name in its own script is a place (GeoNames, place_names.json).
            spans += [m.span() for m in runs if _reads_as_name(m.group()) and not is_place_name(m.group())]
        return [make_result(self, self.NAME, self.ENTITY, span, 0.6) for span in spans]
