"""The evaluation set: traces of ~10 AI-span texts each, deterministic per seed."""

from __future__ import annotations

import random
from collections.abc import Callable

import regex

from bench.redaction.corpus.model import CorpusText, Label

from . import templates_docs as docs
from . import templates_ops as ops
from . import templates_tools as tools
from .builder import Piece
from .context import TraceCtx
from .render import render
from .templates_chat import CHAT_ASSISTANT, CHAT_USER, CHAT_USER_LOWER, SYSTEM_PROMPT, TICKET_CAPS

LANGUAGES = {"en": 0.64, "es": 0.14, "de": 0.14, "pt": 0.08}


def _prose(table: dict[str, list[str]], case: str = "") -> Callable[[TraceCtx], tuple[Piece, str]]:
    def write(ctx: TraceCtx) -> tuple[Piece, str]:
        lang = ctx.lang if ctx.lang in table else "en"
        return render(ctx, ctx.pick(table[lang]), case=case), lang

    return write


def _fixed(writer: Callable[[TraceCtx], Piece], lang: str = "") -> Callable[[TraceCtx], tuple[Piece, str]]:
    return lambda ctx: (writer(ctx), lang or ctx.lang)


# kind -> (writer returning (piece, language), weight in a trace, is JSON)
TEXT_KINDS: dict[str, tuple[Callable[[TraceCtx], tuple[Piece, str]], float, bool]] = {
    "chat_user": (_prose(CHAT_USER), 3.0, False),
    "chat_assistant": (_prose(CHAT_ASSISTANT), 2.0, False),
    "chat_user_lower": (_prose(CHAT_USER_LOWER, case="lower"), 1.0, False),
    "ticket_caps": (_prose(TICKET_CAPS, case="caps"), 0.6, False),
    "tool_args": (_fixed(tools.tool_args, "en"), 1.5, True),
    "tool_result": (_fixed(tools.tool_result, "en"), 1.5, True),
    "rag_kb_page": (lambda ctx: (docs.kb_page(ctx), ctx.lang if ctx.lang in docs.KB_PAGE else "en"), 0.8, False),
    "rag_crm_export": (_fixed(docs.crm_export, "en"), 0.6, False),
    "rag_email": (lambda ctx: (docs.email(ctx), ctx.lang), 0.8, False),
    "rag_meeting_notes": (_fixed(docs.meeting_notes, "en"), 0.6, False),
    "rag_signature": (_fixed(docs.signature_chunk, "en"), 0.4, False),
    "log_lines": (_fixed(ops.log_lines, "en"), 0.8, False),
    "env_paste": (_fixed(ops.env_paste, "en"), 0.4, False),
    "secret_paste": (_fixed(ops.secret_paste, "en"), 0.8, False),
}
SYSTEM_KIND = ("system_prompt", _prose(SYSTEM_PROMPT))


def generate_evalset(seed: int, traces: int = 200) -> list[CorpusText]:
    """``traces`` traces of 8-12 texts; the same seed always gives the same texts, labels and look-alikes."""
    corpus: list[CorpusText] = []
    kinds = list(TEXT_KINDS)
    weights = [TEXT_KINDS[k][1] for k in kinds]
    for index in range(traces):
        rng = random.Random(f"tracecase-evalset:{seed}:{index}")
        ctx = TraceCtx.new(
            rng, f"{rng.getrandbits(128):032x}", rng.choices(list(LANGUAGES), list(LANGUAGES.values()))[0]
        )
        plan = ([SYSTEM_KIND[0]] if rng.random() < 0.7 else []) + rng.choices(kinds, weights, k=rng.randint(8, 11))
        for position, kind in enumerate(plan):
            writer, is_json = (
                (SYSTEM_KIND[1], False) if kind == SYSTEM_KIND[0] else (TEXT_KINDS[kind][0], TEXT_KINDS[kind][2])
            )
            piece, lang = _clean_draft(ctx, writer)
            corpus.append(
                CorpusText(
                    text_id=f"{ctx.trace_id}-{position:02d}",
                    trace_id=ctx.trace_id,
                    kind=kind,
                    language=lang,
                    text=piece.text,
                    labels=list(dict.fromkeys(piece.labels)),
                    lookalikes=list(dict.fromkeys(piece.lookalikes)),
                    is_json=is_json,
                )
            )
    return corpus


def _clean_draft(ctx: TraceCtx, writer: Callable[[TraceCtx], tuple[Piece, str]]) -> tuple[Piece, str]:
    """A draft in which no label value also stands in the template's own words or inside a look-alike (a
    first name that is also a city, a name equal to a template word): such a text could not be scored fairly."""
    for _ in range(50):
        piece, lang = writer(ctx)
        if is_clean(piece):
            return piece, lang
    raise RuntimeError("could not write a clean text in 50 tries; the templates or name lists need a look")


def is_clean(piece: Piece) -> bool:
    for label in piece.labels:
        if not label.value.strip() or _occurs(label, piece.literal):
            return False
        for look in piece.lookalikes:
            if _occurs(label, look.value) or look.value.lower() in label.value.lower():
                return False
    return True


def _occurs(label: Label, haystack: str) -> bool:
    if label.entity == "PERSON":
        return regex.search(rf"(?<!\w){regex.escape(label.value)}(?!\w)", haystack, regex.IGNORECASE) is not None
    return label.value in haystack
