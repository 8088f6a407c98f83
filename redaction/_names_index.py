"""Trace-level coreference: a name found once is redacted wherever it or its parts recur in the trace.

A person named in full in one message is often called by the first name, the surname, a possessive
or another casing elsewhere ("Nguyễn Thị Lan" ... "Lan's laptop" ... "NGUYEN"); an e-mail local part
(``umit.dogan@``) names its owner too. :class:`NameIndex` collects the names of one scope and finds
every later occurrence, matched on a case- and accent-folded copy of the text (same offsets).

A part that is a common word ("Will", "Gift", "Park") or shorter than three letters is not searched
alone: only whole names are. A part is matched in the casing a name has in its line: capitalised in
mixed-case text, any case in an all-lower-case or all-caps line.
"""

from __future__ import annotations

import regex

from redaction._term_matcher import TermMatcher
from redaction.recognizers._name_words import PARTICLES
from redaction.recognizers._word_lists import common_words, fold, is_plain_word

_MIN_PART = 3
_WORDS = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*")
# Name titles and role words that cue recognizers sometimes keep at a span's edge.
_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "sr", "sra", "srta", "herr", "frau", "don", "dona", "sir"})
# Mailbox names of roles, not people.
_ROLE_MAILBOXES = frozenset(
    {
        "info",
        "support",
        "admin",
        "billing",
        "sales",
        "contact",
        "hello",
        "team",
        "noreply",
        "no-reply",
        "help",
        "office",
        "jobs",
        "hr",
        "service",
        "security",
        "privacy",
        "legal",
        "accounts",
        "finance",
        "orders",
        "mail",
        "webmaster",
        "postmaster",
        "marketing",
        "press",
        "careers",
        "feedback",
        "notifications",
        "alerts",
        "ops",
    }
)


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
        self._pattern: TermMatcher | None = None

    def __bool__(self) -> bool:
        return bool(self._names or self._parts)

    def canonical(self, value: str) -> str | None:
        """The name ``value`` refers to (its first full form seen), or ``None``."""
        key = " ".join(_WORDS.findall(fold(value)))
        return self._names.get(key) or self._parts.get(key)

    def add_name(self, value: str) -> None:
        words = [w for w in _WORDS.findall(value) if w.lower().strip(".") not in _TITLES]
        if not words:
            return
        folded = [fold(w) for w in words]
        whole = " ".join(folded)
        canonical = self.canonical(value) or " ".join(words).casefold()
        if len(whole) < _MIN_PART or (len(folded) == 1 and folded[0] in common_words()):
            return
        if all(map(is_plain_word, folded)):
            return  # "Customer Service", "order.status": words, not a name
        if whole not in self._names:
            self._names[whole] = canonical
            self._pattern = None
        for part in folded:
            self._add_part(part, canonical)

    def add_email_local(self, local: str) -> None:
        """``umit.dogan`` names Ümit Doğan; ``kmensah`` is searched whole (as a login or handle)."""
        local = local.split("+", 1)[0]
        if local.lower() in _ROLE_MAILBOXES or not regex.fullmatch(r"[\p{L}]+(?:[._\-][\p{L}]+)*", local):
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
        canonical = self.canonical(" ".join(pieces)) or local.casefold()
        if len(local) >= 5 and fold(local) not in common_words() and fold(local) not in self._names:
            # The local part itself, as a login or handle elsewhere ("umit.dogan", "kmensah").
            self._names[fold(local)] = canonical
            self._pattern = None

    def _add_part(self, part: str, canonical: str) -> None:
        if len(part) < _MIN_PART or part in PARTICLES or part in common_words() or part in self._parts:
            return
        self._parts[part] = canonical
        self._pattern = None

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` that are a known name or a part of one."""
        if not self:
            return []
        if self._pattern is None:
            self._pattern = TermMatcher({*self._names, *self._parts})
        folded = fold(text)
        spans = []
        for start, end in self._pattern.spans(folded):
            found = folded[start:end]
            if " " in found or found in self._names or self._cased_like_a_name(text, start, end):
                spans.append((start, end))
        return spans

    @staticmethod
    def _cased_like_a_name(text: str, start: int, end: int) -> bool:
        word = text[start:end]
        if word[:1].isupper() and not word.isupper():
            return True
        style = _line_case(text, start, end)
        uncased = not word[:1].isupper() and not word[:1].islower()  # Hangul, CJK, Arabic, Thai...
        return uncased or (word.isupper() and style == "upper") or (word.islower() and style == "lower")
