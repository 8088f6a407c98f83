"""Labelled synthetic corpus of AI-span text for the redaction benchmark (see ``generator.generate_corpus``)."""

from .generator import TEXT_KINDS, entity_count, generate_corpus
from .model import NUMERIC_ENTITIES, SECRET_ENTITIES, CorpusText, Label, LookAlike

__all__ = [
    "NUMERIC_ENTITIES",
    "SECRET_ENTITIES",
    "TEXT_KINDS",
    "CorpusText",
    "Label",
    "LookAlike",
    "entity_count",
    "generate_corpus",
]
