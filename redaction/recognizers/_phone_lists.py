"""Lists of phone numbers: a YAML sequence or a bulleted list whose items are bare numbers.

In ``oncall:`` over ``- "+44 20 7494 5847"`` and ``- "9425308256"`` the first item, dialled with its
country code, says what the list holds; nothing beside the unbroken run does (an id looks the same).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# A list item that is a number and nothing else, quoted or not.
_NUMBER_ITEM = regex.compile(
    r"(?m)^(?P<indent>[ \t]*)[-*•][ \t]+(?P<quote>[\"']?)(?P<number>\+?[\d(][\d ()./\-]{4,}\d)(?P=quote)[ \t]*,?[ \t]*$"
)


def number_lists(text: str) -> Iterator[list[tuple[int, int]]]:
    """The spans of the numbers of each run of two or more such items on consecutive lines at one indent."""
    block: list[tuple[int, int]] = []
    indent, line_end = "", -2
    for item in _NUMBER_ITEM.finditer(text):
        if item.start() != line_end + 1 or item.group("indent") != indent:
            if len(block) > 1:
                yield block
            block = []
        block.append(item.span("number"))
        indent, line_end = item.group("indent"), item.end()
    if len(block) > 1:
        yield block
