"""Every occurrence of many known terms in a text, found in one pass by dictionary look-ups.

A regular expression of every name found in a trace tries each alternative at each position: a pasted table of
100,000 capitalised words, which NER reads as as many names, made one 1 MB text take minutes. Here a text is
split once into atoms (runs of letters, marks, digits and "_") and the separators between them, and each
atom looks up the terms that start with it. A space inside a term matches any run of spaces and commas
("Lan, Nguyen"), any other separator only itself ("o'brien", "umit.dogan"). Matches never start or end
inside an atom, and do not overlap; at one position the longest term wins. An atom with up to four digits
after its letters matches as its letters ("jnwafor9", "umit.dogan2"): logins number their duplicates.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

import regex

_ATOM = regex.compile(r"[\p{L}\p{M}\p{N}_]+")
_SPACE = regex.compile(r"[\s,]+")
_ANY_SPACE = " "
_DIGIT_SUFFIX = regex.compile(r"(?<=\p{L}{3})\d{1,4}$")


def _letters(atom: str) -> str:
    return _DIGIT_SUFFIX.sub("", atom) if atom[-1].isdigit() else atom


def _separator(between: str) -> str:
    return _ANY_SPACE if _SPACE.fullmatch(between) else between


def _parts(term: str) -> tuple[str, ...]:
    """``term`` as atom, separator, atom, ...; empty when it does not start and end with an atom."""
    atoms = list(_ATOM.finditer(term))
    if not atoms or atoms[0].start() != 0 or atoms[-1].end() != len(term):
        return ()
    parts = [atoms[0].group()]
    for before, after in pairwise(atoms):
        parts += [_separator(term[before.end() : after.start()]), after.group()]
    return tuple(parts)


class TermMatcher:
    """Finds the given terms in texts (compared as given: fold both sides beforehand)."""

    def __init__(self, terms: Iterable[str]) -> None:
        by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for term in terms:
            parts = _parts(term)
            if parts:
                by_first.setdefault(parts[0], []).append((len(term), parts))
        self._by_first = {first: [p for _, p in sorted(c, reverse=True)] for first, c in by_first.items()}

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of each occurrence, left to right."""
        atoms = [(m.start(), m.end(), _letters(m.group())) for m in _ATOM.finditer(text)]
        found: list[tuple[int, int]] = []
        index = 0
        while index < len(atoms):
            length = self._match_at(text, atoms, index)
            if length:
                found.append((atoms[index][0], atoms[index + length - 1][1]))
                index += length
            else:
                index += 1
        return found

    def _match_at(self, text: str, atoms: list[tuple[int, int, str]], index: int) -> int:
        """How many atoms the longest term starting at ``atoms[index]`` covers (0: none)."""
        for parts in self._by_first.get(atoms[index][2], ()):
            count = (len(parts) + 1) // 2
            if index + count > len(atoms):
                continue
            if all(
                atoms[index + k][2] == parts[2 * k]
                and _separator(text[atoms[index + k - 1][1] : atoms[index + k][0]]) == parts[2 * k - 1]
                for k in range(1, count)
            ):
                return count
        return 0
