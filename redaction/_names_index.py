"""Trace-level coreference: a name found once is redacted wherever it or its parts recur in the trace.

A person named in full in one message is often called by the first name, the surname, a possessive
or another casing elsewhere ("Nguyễn Thị Lan" ... "Lan's laptop" ... "NGUYEN"); an e-mail local part
(``umit.dogan@``) names its owner too. :class:`NameIndex` collects the names of one scope and finds
every later occurrence, matched on a case- and accent-folded copy of the text (same offsets).

A part that is a common word ("Will", "Gift", "Park") or shorter than three letters is not searched
alone: only whole names are. A part is matched in the casing a name has in its line: capitalised in
mixed-case text, any case in an all-lower-case or all-caps line; a distinctive part (no word or place
of any listed language) in any case anywhere, as sloppy chat writes "did albuquerque send it?
Confluence says no". Frequency lists also hold surnames as rare words ("menzies"): such a part is matched in a
name's casing only, and not beside another capitalised word ("Sodium Chloride"). The logins people are
given from a full name ("jnwafor", "kristine.b", "nwafor_joseph") name them too, in any case.
"""

from __future__ import annotations

import regex

from redaction._name_forms import ROLE_MAILBOXES, distinctive, logins, surnames_in_logins, too_common
from redaction._term_matcher import TermMatcher
from redaction.recognizers._name_words import PARTICLES
from redaction.recognizers._word_lists import common_words, fold, is_plain_word

_MIN_PART = 3
# A trace names a few dozen people; a pasted table of 50,000 capitalised words read as names would make ~40
# logins each, for nothing.
_MAX_PEOPLE_WITH_LOGINS = 200
_WORDS = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*")
# Name titles and role words that cue recognizers sometimes keep at a span's edge.
_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "sr", "sra", "srta", "herr", "frau", "don", "dona", "sir"})


# The word right before or after a span, a space apart; an initial ("F. Menzies") is no word here.
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]{2,})[ \t]+$")
_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}\p{M}]{2,})")
_LINE_WINDOW = 300


def _line_case(text: str, start: int, end: int) -> str:
    """ "lower", "upper" or "mixed": the casing style of the line around ``start:end``.

    At most ``_LINE_WINDOW`` characters either side are read: a 1 MB text without line breaks would
    otherwise be counted whole for every occurrence (quadratic).
    """
    lo = max(0, start - _LINE_WINDOW)
    hi = min(len(text), end + _LINE_WINDOW)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", end, hi)
    line = text[line_start : line_end if line_end >= 0 else hi]
    upper = sum(map(str.isupper, line))
    lower = sum(map(str.islower, line))
    if not upper:
        return "lower"
    return "upper" if upper > 4 * lower else "mixed"


class NameIndex:
    """Names of one scope; ``occurrences`` finds them and their parts in any text of the scope."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}  # folded whole name -> canonical name
        self._parts: dict[str, str] = {}  # folded part -> canonical name
        self._logins: dict[str, str] = {}  # folded login made from a full name -> canonical name
        self._people_with_logins = 0
        self._rare: set[str] = set()  # parts that are rare words too: matched only in a name's casing
        self._unsplit: set[str] = set()  # one-piece e-mail locals, split once the trace's names are known
        self._particle_surnames: set[str] = set()  # "van der meer": matched when its last word is capitalised
        self._pattern: TermMatcher | None = None

    def __bool__(self) -> bool:
        return bool(self._names or self._parts)

    def canonical(self, value: str) -> str | None:
        """The name ``value`` refers to (its first full form seen), or ``None``."""
        key = " ".join(_WORDS.findall(fold(value)))
        login = fold(value).strip().rstrip("0123456789")
        return self._names.get(key) or self._parts.get(key) or self._logins.get(login)

    def add_name(self, value: str) -> None:
        words = [w for w in _WORDS.findall(value) if w.lower().strip(".") not in _TITLES]
        if not words:
            return
        folded = [fold(w) for w in words]
        whole = " ".join(folded)
        canonical = self.canonical(value) or " ".join(words).casefold()
        if len(whole) < _MIN_PART or (len(folded) == 1 and too_common(folded[0])):
            return
        if all(map(is_plain_word, folded)):
            return  # "Customer Service", "order.status": words, not a name
        if whole not in self._names:
            self._names[whole] = canonical
            self._pattern = None
        for part in folded:
            self._add_part(part, canonical)
        self._add_particle_surname(folded, canonical)
        if self._people_with_logins < _MAX_PEOPLE_WITH_LOGINS:
            made = logins(folded)
            self._people_with_logins += bool(made)
            for login in made:
                if login not in self._logins:
                    self._logins[login] = canonical
                    self._pattern = None

    def add_email_local(self, local: str) -> None:
        """``umit.dogan`` names Ümit Doğan; ``kmensah`` is searched whole (as a login or handle)."""
        local = local.split("+", 1)[0]
        if local.lower() in ROLE_MAILBOXES or not regex.fullmatch(r"[\p{L}]+(?:[._\-][\p{L}]+)*", local):
            return
        pieces = [p for p in regex.split(r"[._\-]", local) if p]
        if all(map(is_plain_word, pieces)):
            return  # order.status@, first.last@ placeholders of roles
        if len(pieces) >= 2 and all(len(p) >= 2 for p in pieces):
            self.add_name(" ".join(pieces))
        else:
            # "j.okonkwo", "okonkwo.k": a surname beside an initial names its owner too.
            for piece in pieces:
                if len(piece) > 2 and not is_plain_word(piece):
                    self.add_name(piece)
            if len(pieces) == 1:
                self._unsplit.add(fold(local))
                self._pattern = None
        canonical = self.canonical(" ".join(pieces)) or local.casefold()
        if len(local) >= 5 and fold(local) not in common_words() and fold(local) not in self._names:
            # The local part itself, as a login or handle elsewhere ("umit.dogan", "kmensah").
            self._names[fold(local)] = canonical
            self._pattern = None

    def _split_logins(self) -> None:
        for surname, canonical in surnames_in_logins(self._unsplit, self._parts).items():
            self._parts.setdefault(surname, canonical)

    def _add_particle_surname(self, folded: list[str], canonical: str) -> None:
        """ "Pieter van der Meer" is "Van der Meer" later on, though "meer" alone is a common word."""
        starts = [i for i, word in enumerate(folded) if i and word in PARTICLES]
        if not starts or folded[-1] in PARTICLES:
            return
        surname = " ".join(folded[starts[0] :])
        if surname not in self._parts:
            self._parts[surname] = canonical
            self._particle_surnames.add(surname)
            self._pattern = None

    def _add_part(self, part: str, canonical: str) -> None:
        if len(part) < _MIN_PART or part in PARTICLES or too_common(part) or part in self._parts:
            return
        if part in common_words():
            self._rare.add(part)
        self._parts[part] = canonical
        self._pattern = None

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` that are a known name or a part of one."""
        if not self:
            return []
        if self._pattern is None:
            self._split_logins()
            self._pattern = TermMatcher({*self._names, *self._parts, *self._logins})
        folded = fold(text)
        spans = []
        for start, end in self._pattern.spans(folded):
            found = folded[start:end]
            bare = found.rstrip("0123456789")
            if bare in self._rare and self._beside_another_name(folded, text, start, end):
                continue  # "Sodium Chloride" after a "Polyvinyl Chloride" taken for a person
            if bare in self._particle_surnames and not text[folded.rfind(" ", start, end) + 1].isupper():
                continue  # "de la paz" in a sentence, not "de la Paz"
            if (
                " " in found
                or bare in self._names
                or bare in self._logins
                or self._cased_like_a_name(text, start, end)
                or (distinctive(bare) and bare not in self._rare)
            ):
                spans.append((start, end))
        return spans

    def _beside_another_name(self, folded: str, text: str, start: int, end: int) -> bool:
        """True when a capitalised word of no known name touches the span: it is part of another proper noun."""
        for word in (_WORD_BEFORE.search(text, max(0, start - 40), start), _WORD_AFTER.match(text, end)):
            if word is not None and word.group(1)[:1].isupper():
                other = folded[word.start(1) : word.end(1)]
                if other not in self._parts and other not in _TITLES:
                    return True
        return False

    @staticmethod
    def _cased_like_a_name(text: str, start: int, end: int) -> bool:
        word = text[start:end]
        if word[:1].isupper() and not word.isupper():
            return True
        style = _line_case(text, start, end)
        uncased = not word[:1].isupper() and not word[:1].islower()  # Hangul, CJK, Arabic, Thai...
        return uncased or (word.isupper() and style == "upper") or (word.islower() and style == "lower")
