"""Assemble texts from templates while recording every planted label and look-alike."""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, field
from typing import Any

from bench.redaction.corpus.model import Label, LookAlike


@dataclass
class Piece:
    """A piece of text with the labels and look-alikes planted in it. ``literal`` is the text that is neither
    (template words, JSON keys), kept so that a name which happens to be a template word can be caught."""

    text: str
    labels: list[Label] = field(default_factory=list)
    lookalikes: list[LookAlike] = field(default_factory=list)
    literal: str = ""

    def __add__(self, other: Piece | str) -> Piece:
        other = other if isinstance(other, Piece) else Piece(other, literal=other)
        return Piece(
            self.text + other.text,
            self.labels + other.labels,
            self.lookalikes + other.lookalikes,
            self.literal + "\n" + other.literal,
        )

    def __radd__(self, other: str) -> Piece:
        return Piece(other, literal=other) + self


Slot = Label | LookAlike | Piece | str | int | float | None


def piece(slot: Slot) -> Piece:
    if isinstance(slot, Piece):
        return slot
    if isinstance(slot, Label):
        return Piece(slot.value, [slot])
    if isinstance(slot, LookAlike):
        return Piece(slot.value, lookalikes=[slot])
    text = "" if slot is None else str(slot)
    return Piece(text, literal=text)


def fill(template: str, **slots: Slot) -> Piece:
    """``template`` with ``{name}`` fields replaced by the slots' values; labels and look-alikes are collected.

    Every field must have a slot and every slot must be used, so a template typo cannot silently drop a label.
    """
    out = Piece("")
    used = set()
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out = out + literal
        if name is None:
            continue
        if name not in slots:
            raise KeyError(f"template field {{{name}}} has no slot")
        used.add(name)
        out = out + piece(slots[name])
    unused = set(slots) - used
    if unused:
        raise KeyError(f"slots not used by the template: {sorted(unused)}")
    return out


def join(pieces: list[Piece | str], sep: str = "\n") -> Piece:
    out = Piece("")
    for i, part in enumerate(pieces):
        out = out + (sep if i else "") + part
    return out


def as_json(obj: Any, ensure_ascii: bool = False, indent: int | None = None) -> Piece:
    """Serialise ``obj`` whose leaves may be labels, look-alikes or pieces (a piece may itself be JSON: nested
    JSON inside a JSON string). The labels keep their decoded values."""
    labels: list[Label] = []
    lookalikes: list[LookAlike] = []
    literals: list[str] = []

    def plain(node: Any) -> Any:
        if isinstance(node, dict):
            literals.extend(node)
            return {key: plain(value) for key, value in node.items()}
        if isinstance(node, list):
            return [plain(value) for value in node]
        if isinstance(node, Label | LookAlike | Piece):
            part = piece(node)
            labels.extend(part.labels)
            lookalikes.extend(part.lookalikes)
            literals.append(part.literal)
            return part.text
        literals.append(str(node))
        return node

    text = json.dumps(plain(obj), ensure_ascii=ensure_ascii, indent=indent)
    return Piece(text, labels, lookalikes, "\n".join(literals))
