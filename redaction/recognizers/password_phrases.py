"""Passwords of several words: quoted after a cue (``the password is "open sesame"``), or unquoted where
nothing else can follow (``Password: correct horse battery staple`` on a labelled line, ``my password is
purple monkey dishwasher.`` up to the sentence's end), a wallet's seed phrase, and what ``passphrase =`` assigns.

Unquoted, the words must read as a passphrase, not as a sentence about a password: no function word
("is too short", "must be at least"), no noun about passwords ("reset link"), and at most one word that
describes ("stored encrypted server-side" stays; "correct horse battery staple" goes).
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._password_cues import ABOUT_WORD, CUE, NOT_SECOND_OF_PAIR, STRONG, WEAK
from redaction.recognizers._secret_values import is_placeholder, languages_of
from redaction.recognizers._secret_words import LANGUAGES, describes_password, is_function_word
from redaction.recognizers._word_lists import is_plain_word

_QUOTED = regex.compile(
    rf"{NOT_SECOND_OF_PAIR}{CUE}[ \t]*[\"'`“‘«](?P<value>[^\"'`”’»\n]{{1,64}}?)[\"'`”’»]", regex.IGNORECASE
)
_PHRASE_END = r"[ \t]*(?=$|[\n,;|!?]|\.(?:\s|$))"
# A labelled line: two words or more.
_LABEL_PHRASE = regex.compile(
    rf"(?:^|(?<=[\n,;|]))[ \t]*(?P<cue>{STRONG}|{WEAK})(?!\p{{L}})[ \t]*(?P<copula>[:=])[ \t]*"
    rf"(?P<value>\p{{L}}+(?:[ \t]+\p{{L}}+){{1,5}}){_PHRASE_END}",
    regex.IGNORECASE | regex.MULTILINE,
)
# After a copula in a sentence: three words or more ("the password is wrong again" is two).
_SENTENCE_PHRASE = regex.compile(
    rf"{NOT_SECOND_OF_PAIR}{CUE}[ \t]*(?P<value>\p{{L}}+(?:[ \t]+\p{{L}}+){{2,5}}){_PHRASE_END}",
    regex.IGNORECASE | regex.MULTILINE,
)

# With no copula, after the word itself ("pwd castle staple tiger violin", "senha pepper granite battery correct
# Atenciosamente", "the password granite pepper monkey staple."): four to six lower-case words, taken whole
# (possessive: a longer run is a sentence), then the line's or sentence's end or a capitalised next word.
_BARE_PHRASE = regex.compile(
    rf"(?<!\p{{L}})(?P<cue>(?i:{STRONG}|pw|pwd))(?!\p{{L}})[ \t]+"
    r"(?P<value>\p{Ll}+(?:[ \t]+\p{Ll}+(?!\p{L})){3,5}+)"
    r"(?=[ \t]*(?:$|[\n,;:|!?\"'`”’»)]|\.(?:\s|$))|[ \t]+\p{Lu})",
    regex.MULTILINE,
)
# Or quoted right after it: "temporary password 'correct monkey otter horse', please change it".
_BARE_QUOTED = regex.compile(
    rf"(?<!\p{{L}})(?P<cue>(?i:{STRONG}|pw|pwd))(?!\p{{L}})[ \t]+[\"'`“‘«]"
    r"(?P<value>\p{L}+(?:[ \t]+\p{L}+){1,5})[\"'`”’»]"
)
# Chat drops the apostrophe of a negation ("password doesnt work anymore lol"), and asks politely ("passwort
# vergessen bitte zurücksetzen danke"): a sentence, not a passphrase.
_SENTENCE_WORD = regex.compile(
    r"(?:do|does|did|is|was|are|were|has|have|had|ca|wo|could|should|would|ai)n'?t|please|pls|plz|thanks?|thx|ty"
    r"|bitte|danke|merci|grazie|gracias|obrigad[oa]|bedankt|dankje(?:wel)?|tack|dzi[ęe]kuj[ęe]|prosz[ęe]",
    regex.IGNORECASE,
)

# A wallet's seed phrase: 12 or 24 plain lower-case words after its name ("seed phrase ...: zebra garden ...");
# after "passphrase =" an assignment's whole line.
_SEED = regex.compile(
    r"(?i:seed[ \t]+(?:phrase|words)|recovery[ \t]+(?:phrase|words)|mnemonic|fraza|frase[ \t]+semilla"
    r"|phrase[ \t]+de[ \t]+r[ée]cup)"
    r"[^\n:=]{0,40}[:=][ \t]*(?P<value>\p{Ll}+(?:[ \t]+\p{Ll}+){11,23})(?!\p{L})"
)
_ASSIGNED = regex.compile(
    r"(?i:pass[ \t]?phrase)[ \t]*=[ \t]*(?P<value>[^\s\"'`][^\n\"'`]{0,100}?)[ \t]*$", regex.MULTILINE
)


# Lower-case words, then a capitalised one: the next sentence or a sign-off, not the passphrase.
_SIGNED_OFF = regex.compile(r"\p{Ll}+(?:[ \t]+\p{Ll}+)*[ \t]+\p{Lu}")


def _is_passphrase(words: list[str], languages: tuple[str, ...]) -> bool:
    if any(is_function_word(word) or ABOUT_WORD.match(word) for word in words):
        return False
    return sum(describes_password(word, languages, is_plain_word(word)) for word in words) <= 1


class PassphraseRecognizer(CodeRecognizer):
    """PASSWORD values of several words after a password cue, in en/es/de/fr/pt/it."""

    ENTITY = "PASSWORD"
    NAME = "PassphraseRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = []
        for match in _QUOTED.finditer(text):
            value = match.group("value").strip()
            if value and not is_placeholder(value):
                spans.append(match.span("value"))
        spans += [match.span("value") for pattern in (_SEED, _ASSIGNED) for match in pattern.finditer(text)]
        for pattern in (_LABEL_PHRASE, _SENTENCE_PHRASE):
            for match in pattern.finditer(text):
                if _SIGNED_OFF.match(match.group("value")):
                    continue  # "is dishwasher orange monkey Mvh": the prose rules and the passphrase's tail end it
                languages = languages_of(match.group("cue"), match.group("copula"))
                if _is_passphrase(match.group("value").split(), languages):
                    spans.append(match.span("value"))
        for pattern in (_BARE_PHRASE, _BARE_QUOTED):
            for match in pattern.finditer(text):
                # Unannounced: a describing word in any language counts against it.
                words = match.group("value").split()
                if not any(_SENTENCE_WORD.fullmatch(word) for word in words) and _is_passphrase(words, LANGUAGES):
                    spans.append(match.span("value"))
        return [make_result(self, self.NAME, self.ENTITY, span, 0.75) for span in spans]
