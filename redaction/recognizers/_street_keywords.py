"""``re`` sources for the gates of :mod:`redaction.recognizers._street_prefilter`, made from a street form's own word
lists, so that a word added to a form is looked for too.

A gate searches the text as written or its case fold (:func:`fold`, for words a pattern takes in any case), with
the standard library's ``re``; what ``regex`` matches, these sources find:

- ``\\s`` of ``re`` takes every character ``\\s`` of ``regex`` does, and none of them changes under the fold;
- ``regex`` has newer Unicode tables than ``re``: for its ``\\d``, ``\\p{Lu}`` and ``\\p{Ll}`` a gate takes
  ``DIGIT``, ``UPPER`` and ``LOWER``, which let in every non-ASCII character;
- ``regex`` matches ``i`` and ``İ``, ``I`` and ``ı``, ``ß`` and U+1DF95 in any case, which ``str.casefold`` keeps
  apart: :func:`fold` joins them first. (Checked over all code points for the letters of the street patterns;
  a word with a letter of another script needs the same check.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redaction.recognizers._base import alternatives

DIGIT = r"[0-9\x80-\U0010ffff]"
UPPER = r"[A-Z\x80-\U0010ffff]"
LOWER = r"[a-z\x80-\U0010ffff]"
# Letters regex matches case-insensitively whose case folds differ, and the letter each folds as.
_CASE_PAIRS = (("İ", "i"), ("ı", "i"), ("\U0001df95", "ß"))


def fold(text: str) -> str:
    """``text`` case-folded so that whatever ``regex`` matches case-insensitively folds alike."""
    if not text.isascii():
        for odd, plain in _CASE_PAIRS:
            if odd in text:
                text = text.replace(odd, plain)
    return text.casefold()


_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!")
_CLASSES = {"\\s": r"\s", "\\d": DIGIT}
_QUANTIFIER = re.compile(r"[?*+]|\{\d*,?\d*\}")
_CLASS = re.compile(r"\[((?:\\.|[^\\\]])+)\]")


def _group_end(source: str, start: int) -> int:
    """The index after the group opening at ``start``."""
    depth, at = 0, start
    while True:
        char = source[at]
        if char == "\\":
            at += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1


def _class_members(body: str) -> list[str] | None:
    """The characters of a class body of plain characters (``Nn``, `` \\t``); ``None`` if it has more."""
    members, at = [], 0
    while at < len(body):
        if body[at] == "\\":
            escaped = body[at + 1]
            if escaped.isalnum() and escaped != "t":
                return None
            members.append("\t" if escaped == "t" else escaped)
            at += 2
        elif body[at] in "^-[":
            return None
        else:
            members.append(body[at])
            at += 1
    return members


def _starts(source: str, folded: bool) -> list[tuple[tuple[str, ...], bool]]:
    """Each way ``source`` (a regular expression of the street patterns) can begin, as the pieces of an ``re``
    source that matches at least that beginning, and whether it stands for all of ``source``."""
    out: tuple[str, ...] = ()
    at = 0
    while at < len(source):
        if source.startswith(_ZERO_WIDTH, at):
            at = _group_end(source, at)
            continue
        if source.startswith(("\\b", "\\K"), at):
            at += 2
            continue
        if source[at] == "(":
            end = _group_end(source, at)
            head = re.match(r"\(\?(?:i)?:", source[at:])
            if head is None or (head.group() == "(?i:" and not folded) or _QUANTIFIER.match(source, end):
                return [(out, False)]
            inner, rest = source[at + len(head.group()) : end - 1], source[end:]
            return [
                (out + pieces, whole) for part in alternatives(inner) for pieces, whole in _starts(part + rest, folded)
            ]
        if source.startswith(tuple(_CLASSES), at):
            piece, at = _CLASSES[source[at : at + 2]], at + 2
        elif source[at] == "[":
            found = _CLASS.match(source, at)
            members = _class_members(found.group(1)) if found else None
            if found is None or members is None:
                return [(out, False)]
            folds = {fold(member) if folded else member for member in members}
            if any(len(member) != 1 for member in folds):
                return [(out, False)]
            piece, at = "[" + re.escape("".join(sorted(folds))) + "]", found.end()
        elif source[at] == "\\" and not source[at + 1].isalnum():
            piece, at = re.escape(fold(source[at + 1]) if folded else source[at + 1]), at + 2
        elif source[at] not in ".^$|)\\":
            piece, at = re.escape(fold(source[at]) if folded else source[at]), at + 1
        else:
            return [(out, False)]
        quantifier = _QUANTIFIER.match(source, at)
        if quantifier is not None:
            at = quantifier.end()
            if at < len(source) and source[at] in "?+":
                at += 1  # lazy or possessive: matches no more than the greedy form
            piece = f"(?:{piece}){quantifier.group()}"
        out += (piece,)
    return [(out, True)]


def keywords(alternation: str, *, before: str = "", after: str = "", folded: bool = True) -> str:
    """An ``re`` source found wherever one of ``alternation``'s words is, between ``before`` and ``after``.

    A word that goes on in a way this cannot follow (``Eje(?:\\s+vial)?``, ``n[º°o]``) is searched without
    ``after``, from as far as it can be followed. ``folded``: for the fold of the text (any case).
    """
    whole: set[tuple[str, ...]] = set()
    cut: set[tuple[str, ...]] = set()
    for part in alternatives(alternation):
        for pieces, complete in _starts(part, folded):
            if not pieces:
                raise ValueError(f"a street gate needs a word to look for: {part!r}")
            (whole if complete else cut).add(pieces)
    found = []
    if whole:
        found.append(f"{before}(?:{_by_first_piece(whole)}){after}")
    if cut:
        found.append(f"{before}(?:{_by_first_piece(cut)})")
    return "(?:" + "|".join(found) + ")"


def _by_first_piece(starts: Iterable[tuple[str, ...]]) -> str:
    """An alternation of ``starts`` grouped by their first piece: ``re`` tries a few branches at each position of a
    text, not one per word (the Romance street types are found six times faster)."""
    rests: dict[str, set[str]] = {}
    for first, *rest in starts:
        rests.setdefault(first, set()).add("".join(rest))
    return "|".join(
        first + (f"(?:{'|'.join(sorted(after, key=len, reverse=True))})" if after != {""} else "")
        for first, after in sorted(rests.items())
    )


def words(text: str) -> str:
    """Space-separated words as an alternation for :func:`keywords`."""
    return "|".join(re.escape(word) for word in text.split())
