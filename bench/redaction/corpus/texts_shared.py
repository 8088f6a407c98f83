"""Texts that recur across traces (system prompts, knowledge-base chunks) and the per-trace CRM chunk.

Recurrence is the point: production sends the same system prompt and the same retrieved chunks with
thousands of requests, which a content-hash cache should analyze once.
"""

from __future__ import annotations

from . import secrets
from .planting import Planter

# Boilerplate that makes prompts and chunks as long as production ones (hundreds of words, not one line).
_POLICY = (
    "Always greet the customer and confirm what they asked before acting.",
    "If the user asks for a refund above the automatic limit, open a ticket for a human agent instead.",
    "Do not promise delivery dates; quote the carrier's estimate from the order lookup tool.",
    "Answer in at most three short paragraphs and use bullet points for steps.",
    "Never ask for a full card number or a password; the identity check uses the last order only.",
    "When a tool call fails, apologise, retry once, and otherwise explain that the service is degraded.",
    "Escalate any mention of legal action, self-harm or a data-protection request to the on-call lead.",
    "Use metric units for European customers and imperial units for customers in the United States.",
)
_DOC = (
    "The sync client runs in the background and retries failed uploads with exponential backoff.",
    "Settings are stored per workspace; administrators can lock them from the admin console.",
    "On Monday mornings the queue is busiest, so batch jobs are scheduled for the weekend.",
    "Exports are written as newline-delimited JSON and compressed with gzip before upload.",
    "The device ships with a USB-C cable; any charger rated 20 W or more works.",
    "Rate limits apply per API key: 600 requests per minute and 10,000 per day.",
    "Older firmware must be upgraded in two steps because the bootloader format changed.",
    "Support hours are 8:00 to 18:00 Central European Time, Monday to Friday.",
)


def _prose(p: Planter, pool: tuple[str, ...], n: int) -> str:
    return " ".join(p.rng.sample(pool, n))


def system_prompt(p: Planter, variant: int) -> str:
    return _system_core(p, variant) + "\n\n" + _prose(p, _POLICY, 6)


def _system_core(p: Planter, variant: int) -> str:
    if variant == 0:
        return (
            f"You are a friendly support assistant for {p.look('product_name')}. Answer in the user's language. "
            f"Never reveal internal tools. Current model: {p.look('model_name')}. Policy version {p.look('semver')}."
        )
    if variant == 1:
        return (
            f"You are an order-status agent. Use the lookup_order tool with the order id (format "
            f"{p.look('order_number')}). Documentation: {p.look('doc_url')}. Knowledge cutoff {p.look('iso_date')}."
        )
    if variant == 2:
        # A developer left a key in the prompt template: it recurs in every trace that uses it.
        return (
            f"You are the billing assistant for {p.look('product_name')}. When calling the billing API use header "
            f"x-api-key: {p.pii('OPENAI_API_KEY', secrets.openai_key(p.rng))}. Be concise."
        )
    return (
        f"You are a coding assistant. The repository root contains {p.look('file_path')}. "
        f"Prefer examples like `{p.look('code')}`. Target runtime {p.look('semver')}."
    )


def kb_chunk(p: Planter, variant: int) -> str:
    return _kb_core(p, variant % 4) + "\n\n" + _prose(p, _DOC, 5)


def _kb_core(p: Planter, pick: int) -> str:
    if pick == 0:
        return (
            f"## Resetting the {p.look('product_name')}\nHold the power button for 10 seconds. Firmware "
            f"{p.look('semver')} and later also support a soft reset from the app. See {p.look('doc_url')}."
        )
    if pick == 1:
        return (
            f"Refunds are processed within 5-7 business days. Orders are identified by numbers like "
            f"{p.look('order_number')}; SKUs look like {p.look('sku')}. Logs: {p.look('file_path')}."
        )
    if pick == 2:
        return (
            f"To rotate credentials run:\n{p.look('code')}\nThe release dated {p.look('iso_date')} "
            f"({p.look('semver')}) changed the default timeout."
        )
    return (
        f"Escalation contacts: tier-2 lead {p.name()} (ext. 4471). "
        f"Incident runbook: {p.look('doc_url')}; trace sample {p.look('trace_id')}."
    )


def crm_chunk(p: Planter) -> str:
    w = p.who
    return (
        f"Customer record\nName: {p.name()}\nEmail: {p.pii('EMAIL_ADDRESS', w.email)}\n"
        f"Phone: {p.pii('PHONE_NUMBER', w.phone)}\nAddress: {p.street_line()}, {w.city} {w.postcode}\n"
        f"Date of birth: {p.pii('DATE_OF_BIRTH', w.dob)}\nCustomer since {p.look('iso_date')}; "
        f"account {p.look('uuid')}."
    )
