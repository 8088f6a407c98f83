"""The other people of a list that holds a found person: "Notes from the call with Eloah Carvalho and Edwards",
"Booked a room for Kapoor and Annica Svensson", "Stakeholders: Priya Nair, Gupta, Finance".

Meeting notes and tickets list people by a lone surname beside colleagues named in full, and the small NER model
finds the full name but not the surname after it. Where a found person is one item of a list, its neighbours that
are capitalised names are people too, if each is a known name (a world name, or a frequent word that is a name
first: "Gupta", "Murphy", "Edwards") and none of its words a plain word, desk, tool, product or place ("Finance",
"Sales", "Qantas", "Slack", "Brighton" stay), nor the name of a town ("Houston", "Helena").
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from redaction.recognizers._name_words import is_lower_case_name
from redaction.recognizers._word_lists import (
    fold,
    is_name_place,
    is_place_name,
    town_names,
    world_names,
)
from redaction.recognizers.acting_names import is_a_thing

# What parts a list's items: a comma or semicolon and a space, "and", "&", "or", and "and" in the cue languages.
# (A comma with no space after it parts the fields of a CSV row, which is no list of people.)
_SEPARATOR = regex.compile(r"[ \t]*(?:[,;](?=[ \t])|&|\b(?:and|or|y|und|et|e|en|och|og)\b)[ \t]*")
_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?"
_NAME_RUN = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
_WHOLE = regex.compile(rf"{_NAME_RUN}")
# The first item keeps the name run that ends it ("the call with Edwards"), the last the run that opens it.
_ENDING = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’\-])(?:{_NAME_RUN})$")
_OPENING = regex.compile(rf"^{_NAME_RUN}(?![\p{{L}}\p{{M}}'’\-])")
# How many items a list is followed from a found person.
_REACH = 8


def people_in_lists(text: str, people: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the known names listed beside ``people`` (spans of found persons) in ``text``."""
    lines: dict[tuple[int, int], list[tuple[int, int]]] = {}
    line = (0, -1)
    for start, end in sorted(set(people)):
        if end > line[1]:  # (spans in order: a line is looked up once, whatever its length)
            line_end = text.find("\n", end)
            line = (text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end)
        lines.setdefault(line, []).append((start, end))
    found: list[tuple[int, int]] = []
    for (start, end), inside in lines.items():
        if _SEPARATOR.search(text, start, end):
            found += _neighbours(text, start, end, inside)
    taken = {span for inside in lines.values() for span in inside}
    return [span for span in dict.fromkeys(found) if span not in taken]


def _neighbours(text: str, start: int, end: int, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    items = _items(text, start, end)
    listed = set(people)
    found = []
    for index, item in enumerate(items):
        for step in (-1, 1):
            if not _listed(text, item, listed, step):
                continue
            # Up to the next found person (whose own walk goes on from there), and a few items at most.
            for at in range(index + step, index + step * (_REACH + 1), step):
                if not 0 <= at < len(items) or items[at] in listed:
                    break
                core = _core(text, items[at], step)
                if core is None:
                    break
                if _known_person(text[core[0] : core[1]]):
                    found.append(core)
                if core != items[at]:
                    break  # an item that is more than a name ends the list
    return found


def _listed(text: str, item: tuple[int, int], people: set[tuple[int, int]], step: int) -> bool:
    """Is a found person the whole item, or the part of it that faces the list's next item in ``step``'s way?"""
    return item in people or _core(text, item, -step) in people


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of the line between separators, without the spaces around them."""
    items, at = [], start
    for separator in _SEPARATOR.finditer(text, start, end):
        items.append((at, separator.start()))
        at = separator.end()
    items.append((at, end))
    return [(s, e) for s, e in items if s < e]


def _core(text: str, item: tuple[int, int], step: int) -> tuple[int, int] | None:
    """The name run of an item: all of it, or the run at the end that faces the list (the run that ends an item
    before it, ``step`` -1; the run that opens one after it, ``step`` 1)."""
    start, end = item
    value = text[start:end]
    if _WHOLE.fullmatch(value):
        return item
    match = (_ENDING if step == -1 else _OPENING).search(value)
    return None if match is None else (start + match.start(), start + match.end())


def _known_person(value: str) -> bool:
    words = value.split()
    if is_place_name(value) or any(is_a_thing(word) or _a_town(word) for word in words):
        return False
    return any(fold(word) in world_names() or is_lower_case_name(word.casefold()) for word in words)


def _a_town(word: str) -> bool:
    """A town's name that is a person's too ("Houston", "Helena"): in a list, as likely the town."""
    return is_name_place(word) or fold(word) in town_names()
