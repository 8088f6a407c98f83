"""Names introduced by cue words, in English, Spanish, German, French, Portuguese and Italian.

spaCy's small English model misses names in lower-case chat, in ALL-CAPS tickets, mononyms, and
names in Spanish or German sentences. People introduce names with a small set of cues ("my name
is", "me llamo", "Herr", "Regards,"), so a name after one of them is found whatever its origin.

Cue strength decides how much is trusted:

* ``strong`` ("my name is", "Herr", "Name:"): the following name-like words, any case.
* ``weak`` ("I'm", "this is", "soy", "ich bin"): a name only if it ends the clause
  ("I'm Kwame, ...", "this is Ana from billing"), so "I'm Python-curious" stays.
* ``role`` ("colleague", "caller", "Kundin"): capitalised words (any words in all-caps or
  all-lower-case text), so "customer record" stays.
* ``greeting`` ("Hi", "Dear", "Hola", "Liebe") and ``signature`` ("Regards,", "Saludos,"):
  the words up to the end of the line or a comma; lower-case names too ("thanks, tenzin").
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import make_result
from redaction.recognizers._name_words import CONTINUATION_STOP, PARTICLES, STOP, VERBISH_SUFFIXES, is_lower_case_name
from redaction.recognizers._person_cue_words import CUES
from redaction.recognizers._word_lists import common_words, is_plain_word

# "Autumn White's laptop", "eleni's licences": a possessive before something only a person owns.
# Only things companies and products do not have: "Contoso's account" stays.
_BELONGINGS = (
    r"laptop|computer|phone|password|inbox|home\s+address|licen[cs]es?|car|desk|badge|credentials|wife"
    r"|husband|son|daughter|mother|father|manager|boss|birthday|salary|mailbox|login|seat"
)
_POSSESSIVE = regex.compile(
    rf"(?<![\p{{L}}'’])(?P<name>\p{{L}}[\p{{L}}\-]+(?:[ \t]+\p{{L}}[\p{{L}}\-]+){{0,2}})['’]s[ \t]+(?:{_BELONGINGS})\b",
    regex.IGNORECASE,
)
_NAME_TOKEN = regex.compile(r"\p{L}[\p{L}'’\-]*")
_GLUED_TO_NUMBER = regex.compile(r"[\-_/#.]?\d")
_WEAK_END = regex.compile(
    r"\s*(?:[,.!?;:)]|$|\s(?:from|here|speaking|calling|with|at|again|and|de|del|aquí|von|hier|und|y|e|da|do|aqui)\b)",
    regex.IGNORECASE,
)
# Teams and desks that sign messages and get greeted ("Hi Support Team").
_TEAM = regex.compile(
    r"(?i:\b(?:team|teams|services?|support|care|administration|department|desk|office|operations|billing|sales"
    r"|helpdesk|atendimento|atenci[óo]n|equipe|equipo|servicios?|soporte|kundenservice|kundendienst|abteilung"
    r"|[ée]quipe|squadra|assistenza|clientes?|customer)\b)"
)
_AND = r"[ \t]+(?i:and|y|und|et|e|&)[ \t]+"
_LIST_SEPARATOR = regex.compile(rf",?{_AND}|,[ \t]*")
_AND_NAME = regex.compile(rf"{_AND}\p{{Lu}}")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "mme", "mlle", "sig", "dott"})
# Brands named with a doctor's title.
_TITLED_BRAND = regex.compile(r"(?:Pepper|Martens|Oetker|Scholl|Bronner|Jart|Brandt|Teal)(?:['’]s)?\b")
_LINE_END = regex.compile(r"[ \t]*(?:[,.!:;]|\r?\n|$)")
_MAX_TOKENS = 5


_KINDS = ("strong", "weak", "role", "role_caps", "signature", "greeting", "ask")
# Role nouns that start ordinary phrases ("Customer Care", "User Guide"): the first word after them must not
# be a plain dictionary word. Greetings and sign-offs keep theirs: "Thanks, Armen" ("Armen" is German too).
_LOOSE_KINDS = frozenset({"role_caps", "ask"})
_SPEAKER_LABEL = regex.compile(r"(?i:caller|customer|client|patient|cliente|kunde|paciente)\s*:")


def _cue_regex(languages: tuple[str, ...]) -> regex.Pattern[str]:
    groups: dict[str, list[str]] = {kind: [] for kind in PersonCueRecognizer.SCORES if kind != "possessive"}
    for language in languages:
        for kind, cues in CUES.get(language, {}).items():
            groups[kind].extend(cues)
    # Signatures end with a comma or line break before the name; greetings allow a comma after.
    alternatives = {kind: "|".join(cues) for kind, cues in groups.items() if cues}
    parts = [
        # A strong cue ends at a word's end: "Sr" must not take the "Sr" of "Sra. Quispe".
        rf"(?P<strong>\b(?:{alternatives.get('strong')})(?!\p{{L}}))[ \t]*",
        rf"(?P<weak>\b(?:{alternatives.get('weak')}))[ \t]+",
        rf"(?P<role>\b(?:{alternatives.get('role')}))[ \t]+",
        rf"(?P<role_caps>\b(?:{alternatives.get('role_caps')}))[ \t]+",
        # A dash may follow another sign-off ("Thanks! -- Priya", "Cheers, — Ana").
        rf"(?P<signature>(?:^|\n|[.!?][ \t]+)[ \t]*(?:{alternatives.get('signature')})"
        r"(?:[ \t]*[,!.]?[ \t]*(?:--|—))?[ \t]*[,!.]?[ \t]*(?:\r?\n[ \t]*)?)",
        # "Hi both, Tsetsegmaa and Bolormaa": the people greeted may follow a word for all of them.
        rf"(?P<greeting>\b(?:{alternatives.get('greeting')})(?:[ \t]+(?i:both|all|everyone|folks|team|guys|there))?)"
        r"[ \t]*,?[ \t]+",
        rf"(?P<ask>\b(?:{alternatives.get('ask')}))[ \t]+",
    ]
    # A kind no configured language has cues of is left out (an empty alternation would match anywhere).
    parts = [part for part, kind in zip(parts, _KINDS, strict=True) if kind in alternatives]
    return regex.compile("|".join(parts), regex.IGNORECASE | regex.MULTILINE)


def _continuation_word(word: str) -> bool:
    """A word that may continue a name already started (a narrower test than :func:`_plain_word`)."""
    lower = word.lower()
    if lower in CONTINUATION_STOP or len(lower) < 2:
        return False
    case_blind = word.islower() or word.isupper()
    return not (case_blind and len(lower) > 5 and lower.endswith(VERBISH_SUFFIXES))


def _is_upper(word: str) -> bool:
    # Scripts without case (Han, Hangul, Georgian, Arabic...) give no hint: their words pass as capitalised.
    return not word[0].islower()


def _plain_word(word: str) -> bool:
    """A word that may be part of a name: not a stop word, not verb-like when case gives no hint."""
    lower = word.lower()
    if lower in STOP or len(lower) < 2:
        return False
    case_blind = word.islower() or (word.isupper() and len(word) > 1)
    return not (case_blind and len(lower) > 5 and lower.endswith(VERBISH_SUFFIXES))


class PersonCueRecognizer(LocalRecognizer):
    """PERSON after cue words of the configured languages."""

    ENTITY = "PERSON"
    SCORES: ClassVar[dict[str, float]] = {
        "strong": 0.8,
        "weak": 0.6,
        "role": 0.7,
        "role_caps": 0.7,
        "greeting": 0.6,
        "signature": 0.7,
        "possessive": 0.6,
        "ask": 0.6,
    }

    def __init__(self, languages: tuple[str, ...] = tuple(CUES)) -> None:
        self._cue = _cue_regex(languages)
        super().__init__(supported_entities=[self.ENTITY], name="PersonCueRecognizer", supported_language="en")

    def load(self) -> None:
        """Nothing to load: the cue regex is compiled in ``__init__``."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        case_blind_text = not any(c.isupper() for c in text) or text.isupper()
        for cue in self._cue.finditer(text):
            kind = cue.lastgroup or "strong"
            title = cue.group().strip().rstrip(".")
            if kind == "strong" and title.lower() in _TITLES:
                if title.isupper() and not case_blind_text:
                    continue  # "MX Master", "MS Teams", "DR site": an acronym in mixed-case text, not a title
                kind = "role"  # "Ms Ana", not "MS seat 14C": a title needs a capitalised name in mixed case
                if _TITLED_BRAND.match(text, cue.end()):
                    continue  # "Dr Pepper", "Dr. Martens": a brand
            # A transcript's speaker label opens an utterance: "Caller: Yeah, it's…", "Customer: Correct."
            loose = kind == "strong" and _SPEAKER_LABEL.fullmatch(title) is not None
            span = self._name_after(text, cue.end(), kind, case_blind_text, loose=loose)
            while span is not None:
                results.append(self._result(span, kind))
                # "Hi Zeynep, Dilnoza, and Ana-Lucía,": each name of a greeted list
                more = _LIST_SEPARATOR.match(text, span[1]) if kind == "greeting" else None
                span = self._name_after(text, more.end(), kind, case_blind_text) if more else None
        for match in _POSSESSIVE.finditer(text):
            span = self._possessor(text, match, case_blind_text)
            if span is not None:
                results.append(self._result(span, "possessive"))
        return results

    @staticmethod
    def _possessor(text: str, match: regex.Match[str], case_blind_text: bool) -> tuple[int, int] | None:
        """The trailing name words of a possessive ("the laptop of" no; "Autumn White's laptop" yes)."""
        end = match.end("name")
        words = list(_NAME_TOKEN.finditer(text, match.start("name"), end))
        kept: list[regex.Match[str]] = []
        for word in reversed(words):
            token = word.group()
            if not _plain_word(token) or (not case_blind_text and not _is_upper(token)):
                break
            kept.append(word)
        return (kept[-1].start(), end) if kept else None

    def _name_after(
        self, text: str, pos: int, kind: str, case_blind_text: bool, *, loose: bool = False
    ) -> tuple[int, int] | None:
        end, words = pos, 0
        needs_capital = kind in ("weak", "role") and not case_blind_text
        at = pos
        while words < _MAX_TOKENS:
            match = _NAME_TOKEN.match(text, at)
            if match is None or _GLUED_TO_NUMBER.match(text, match.end()):
                break  # "waiting on TKT-48213", "escalate to INC0012345": an id, no name
            word = match.group()
            if words and word.lower() in PARTICLES:
                # Particles belong to the name only when a name word follows them.
                at = self._skip_space(text, match.end())
                continue
            if words == 0:
                if kind == "role_caps" and not _is_upper(word):
                    break
                if not _plain_word(word) or (needs_capital and not _is_upper(word)):
                    break
                lower_word = word.islower() and word in common_words() and not is_lower_case_name(word)
                if (kind in _LOOSE_KINDS or loose) and (is_plain_word(word) or lower_word):
                    break  # "Customer Care", "escalating to sales": a word, not a name ("blocked on barnes" is one)
                # Later words must share the first word's case: "Sr. Pérez Gómez llamó" ends at Gómez.
                needs_capital = needs_capital or (_is_upper(word) and not case_blind_text)
            elif not self._continues(word, needs_capital, case_blind_text) or (kind == "ask" and is_plain_word(word)):
                break  # "ask priya sharma tomorrow" ends at "sharma"
            end, words = match.end(), words + 1
            at = self._skip_space(text, end)
        if words == 0:
            return None
        if kind == "weak" and not _WEAK_END.match(text, end):
            return None
        if kind in ("greeting", "signature") and not (_LINE_END.match(text, end) or _AND_NAME.match(text, end)):
            return None
        if kind in ("greeting", "signature") and _TEAM.search(text, pos, end):
            return None  # "Kind regards, Member Services", "Abraços, Equipe de Atendimento": a team signs
        return pos, end

    @staticmethod
    def _continues(word: str, needs_capital: bool, case_blind_text: bool) -> bool:
        if needs_capital:
            # A capitalised word right after a name in mixed-case text is a name part
            # ("Nguyễn Văn An", "Kathryn Good"), unless it is a function word that starts a clause.
            return _is_upper(word) and ((word.istitle() and len(word) <= 2) or _continuation_word(word))
        # Lower-case chat has no capitals to go by: any stop word of any language ends the name
        # ("me llamo maría garcía y necesito ...").
        return _plain_word(word) if word.islower() else _continuation_word(word)

    @staticmethod
    def _skip_space(text: str, pos: int) -> int:
        # Only spaces join the words of one name; punctuation or a line break ends it.
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        return pos

    def _result(self, span: tuple[int, int], kind: str) -> RecognizerResult:
        return make_result(self, "PersonCueRecognizer", self.ENTITY, span, self.SCORES[kind])
