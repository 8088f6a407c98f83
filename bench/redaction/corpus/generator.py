"""Deterministic corpus generation: traces of ~10 texts about one persona, built from a registry of text kinds."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from faker import Faker

from . import texts_chat, texts_shared, texts_structured
from .model import CorpusText, LookAlike
from .planting import Persona, Planter, make_persona

Builder = Callable[[Planter], str]

# kind -> builder, and how often a trace slot draws it. System prompts and KB chunks come from shared pools.
TEXT_KINDS: dict[str, tuple[Builder, int]] = {
    "chat_user": (texts_chat.chat_user, 5),
    "chat_assistant": (texts_chat.chat_assistant, 4),
    "ticket": (texts_chat.ticket, 2),
    "rag_crm": (texts_shared.crm_chunk, 1),
    "tool_args": (texts_structured.tool_args, 3),
    "tool_result": (texts_structured.tool_result, 3),
    "llm_messages": (texts_structured.llm_messages, 2),
    "http_headers": (texts_structured.http_headers, 2),
    "dev_secret": (texts_structured.dev_secret, 3),
    "private_key": (texts_structured.private_key_paste, 1),
}
_LOCALISED_CHAT: dict[str, Builder] = {"es": texts_chat.chat_spanish, "de": texts_chat.chat_german}
SYSTEM_PROMPTS = 4
KB_CHUNKS = 8
TEXTS_PER_TRACE = 10


def _fakers(seed: int) -> dict[str, Faker]:
    fakers = {"en": Faker("en_US"), "es": Faker("es_ES"), "de": Faker("de_DE")}
    for i, fake in enumerate(fakers.values()):
        fake.seed_instance(seed * 31 + i)
    return fakers


def _recase(text: CorpusText, how: str) -> CorpusText:
    """Lowercase chat or ALL-CAPS tickets: people type that way, and casing defeats NER."""
    change = str.lower if how == "lowercase" else str.upper
    labels = [
        replace(lab, value=change(lab.value), number=change(lab.number), variant=_tag(lab.variant, how))
        for lab in text.labels
    ]
    looks = [LookAlike(la.kind, change(la.value)) for la in text.lookalikes]
    return replace(text, text=change(text.text), labels=labels, lookalikes=looks)


def _tag(variant: str, extra: str) -> str:
    return f"{variant},{extra}" if variant else extra


def _build(planter: Planter, builder: Builder, text_id: str, trace_id: str, kind: str, language: str) -> CorpusText:
    text = builder(planter)
    return CorpusText(text_id, trace_id, kind, language, text, planter.labels, planter.lookalikes, planter.is_json)


def _shared_pool(rng: random.Random, fakers: dict[str, Faker]) -> tuple[list[CorpusText], list[CorpusText]]:
    staff = make_persona(rng, fakers)  # KB chunks name staff, not customers
    prompts = [
        _build(Planter(rng, staff), partial(texts_shared.system_prompt, variant=v), "", "", "system_prompt", "en")
        for v in range(SYSTEM_PROMPTS)
    ]
    chunks = [
        _build(
            Planter(rng, make_persona(rng, fakers)), partial(texts_shared.kb_chunk, variant=v), "", "", "rag_kb", "en"
        )
        for v in range(KB_CHUNKS)
    ]
    return prompts, chunks


def _trace(
    rng: random.Random, persona: Persona, trace_id: str, prompts: list[CorpusText], chunks: list[CorpusText]
) -> list[CorpusText]:
    kinds = list(TEXT_KINDS)
    weights = [TEXT_KINDS[k][1] for k in kinds]
    out = [replace(rng.choice(prompts), text_id=f"{trace_id}-00", trace_id=trace_id)]
    for i in range(1, TEXTS_PER_TRACE):
        tid = f"{trace_id}-{i:02d}"
        if rng.random() < 0.12:
            out.append(replace(rng.choice(chunks), text_id=tid, trace_id=trace_id))
            continue
        kind = rng.choices(kinds, weights)[0]
        builder = TEXT_KINDS[kind][0]
        language = "en"
        if kind == "chat_user" and persona.language in _LOCALISED_CHAT:
            builder, language = _LOCALISED_CHAT[persona.language], persona.language
        text = _build(Planter(rng, persona), builder, tid, trace_id, kind, language)
        if kind == "chat_user" and rng.random() < (0.4 if persona.variant == "handwritten" else 0.15):
            text = _recase(text, "lowercase")
        elif kind == "ticket" and rng.random() < 0.4:
            text = _recase(text, "caps")
        out.append(text)
    return out


def generate_corpus(n_traces: int = 200, seed: int = 7) -> list[CorpusText]:
    """``n_traces`` traces of ``TEXTS_PER_TRACE`` texts; the same seed always yields the same corpus."""
    rng = random.Random(seed)
    fakers = _fakers(seed)
    prompts, chunks = _shared_pool(rng, fakers)
    corpus: list[CorpusText] = []
    for _ in range(n_traces):
        trace_id = f"{rng.getrandbits(128):032x}"
        corpus.extend(_trace(rng, make_persona(rng, fakers), trace_id, prompts, chunks))
    return corpus


def entity_count(corpus: list[CorpusText]) -> int:
    return sum(len(t.labels) for t in corpus)
