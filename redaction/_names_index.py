"""Trace-level coreference: a name found once is redacted wherever it or its parts recur in the trace.

A person named in full in one message is often called by the first name, the surname, a possessive
or another casing elsewhere ("Nguyễn Thị Lan" ... "Lan's laptop" ... "NGUYEN"); an e-mail local part
(``umit.dogan@``) names its owner too. :class:`NameIndex` collects the names of one scope and finds
every later occurrence, matched on a case- and accent-folded copy of the text (same offsets).

A part that is a common word ("Will", "Gift", "Park") or shorter than three letters is not searched
alone: only whole names are. A part is matched in the casing a name has in its line: capitalised in
mixed-case text, any case in an all-lower-case or all-caps line; a distinctive part (see
:func:`_distinctive`) in any case anywhere, as sloppy chat writes "did albuquerque send it? Confluence
says no". The logins people are given from a full name ("jnwafor", "kristine.b", "nwafor_joseph") name
them too, in any case.
"""

from __future__ import annotations

import regex

from redaction._lookalikes import TECH_TERMS
from redaction._term_matcher import TermMatcher
from redaction.recognizers._name_words import PARTICLES
from redaction.recognizers._word_lists import (
    common_words,
    fold,
    is_name_place,
    is_other_language_word,
    is_place_name_without_accents,
    is_plain_word,
    name_words,
)

_MIN_PART = 3
# Shortest part matched in any casing, and shortest login made from a name.
_MIN_DISTINCTIVE = 4
_MIN_LOGIN = 5
_LOGIN_SEPARATORS = ("", ".", "_")
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


def _distinctive(part: str) -> bool:
    """A name part that is no word or place in any language we list: lower case or caps, it is still the name."""
    part = part.rstrip("0123456789")
    return (
        len(part) >= _MIN_DISTINCTIVE
        and part not in name_words()
        and not is_other_language_word(part)
        and not is_name_place(part)
        and not is_place_name_without_accents(part)
    )


def _logins(words: list[str]) -> set[str]:
    """The logins and handles a company makes from a full name: "jnwafor", "nwaforj", "joseph.nwafor", "kristine.b".

    The surname is the last word, or all words after the first run together ("vandermeer", "quispemamani").
    """
    letters = [regex.sub(r"[^a-z]", "", w) for w in words]
    if len(letters) < 2 or not all(letters):
        return set()
    first, rest = letters[0], letters[1:]
    logins: set[str] = set()
    for surname in {rest[-1], "".join(rest)}:
        for a, b in ((first, surname), (surname, first), (first[0], surname), (surname, first[0])):
            logins.update(a + sep + b for sep in _LOGIN_SEPARATORS)
        logins.update(first + sep + surname[0] for sep in (".", "_"))
    return {
        login
        for login in logins
        if len(login) >= _MIN_LOGIN and login not in common_words() and not is_plain_word(login)
    }


class NameIndex:
    """Names of one scope; ``occurrences`` finds them and their parts in any text of the scope."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}  # folded whole name -> canonical name
        self._parts: dict[str, str] = {}  # folded part -> canonical name
        self._logins: dict[str, str] = {}  # folded login made from a full name -> canonical name
        self._unsplit: set[str] = set()  # one-piece e-mail locals, split once the trace's names are known
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
        if len(whole) < _MIN_PART or (len(folded) == 1 and folded[0] in common_words()):
            return
        if all(map(is_plain_word, folded)):
            return  # "Customer Service", "order.status": words, not a name
        if whole not in self._names:
            self._names[whole] = canonical
            self._pattern = None
        for part in folded:
            self._add_part(part, canonical)
        for login in _logins(folded) - self._logins.keys():
            self._logins[login] = canonical
            self._pattern = None

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
            if len(pieces) == 1:
                self._unsplit.add(fold(local))
                self._pattern = None
        canonical = self.canonical(" ".join(pieces)) or local.casefold()
        if len(local) >= 5 and fold(local) not in common_words() and fold(local) not in self._names:
            # The local part itself, as a login or handle elsewhere ("umit.dogan", "kmensah").
            self._names[fold(local)] = canonical
            self._pattern = None

    def _split_logins(self) -> None:
        """Surnames inside one-piece logins beside a known given name: "hurquhart" and Hamish give "urquhart"."""
        # A one-piece local's own part (added whole) gives no initial: it would split itself.
        given = {part[0]: canonical for part, canonical in self._parts.items() if part not in self._unsplit}
        given |= {part: canonical for part, canonical in self._parts.items() if part not in self._unsplit}
        for local in self._unsplit:
            for known, rest in (
                *((local[: len(g)], local[len(g) :]) for g in (local[:1], *self._parts)),
                *((local[-len(g) :], local[: -len(g)]) for g in (local[-1:], *self._parts)),
            ):
                # No plain-word test: frequency lists hold surnames ("urquhart"); the login is the evidence.
                if known in given and rest not in _ROLE_MAILBOXES and rest not in TECH_TERMS and _distinctive(rest):
                    self._parts.setdefault(rest, given[known])

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
            self._split_logins()
            self._pattern = TermMatcher({*self._names, *self._parts, *self._logins})
        folded = fold(text)
        spans = []
        for start, end in self._pattern.spans(folded):
            found = folded[start:end]
            bare = found.rstrip("0123456789")
            if (
                " " in found
                or bare in self._names
                or bare in self._logins
                or self._cased_like_a_name(text, start, end)
                or _distinctive(bare)
            ):
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
