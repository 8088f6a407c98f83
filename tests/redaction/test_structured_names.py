"""Names given by structure: labelled lines, speakers, CRM and airline order, initials, particles, JSON keys."""

from __future__ import annotations

import json

import pytest

from redaction._structured import KeyRules, walk
from redaction.config import RedactionConfig
from redaction.recognizers.structured_names import StructuredNameRecognizer


def _names(text: str) -> list[str]:
    return sorted({text[r.start : r.end] for r in StructuredNameRecognizer().analyze(text, [])})


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Hits
        ("Attendees: Kwabena Mensah (PM), Zeynep Çelik, and Lan", ["Kwabena Mensah", "Lan", "Zeynep Çelik"]),
        ("Account manager: Oluwaseun Adeyemi", ["Oluwaseun Adeyemi"]),
        ("Board minutes\nChair: Lindqvist\nSecretary: Korhonen", ["Korhonen", "Lindqvist"]),
        ("[15:58] Wolf: anyone know why the queue is backing up?", ["Wolf"]),
        ("Contact: Ana Souza 0912345678\nGuest: Alan Diaz | Room 1208", ["Alan Diaz", "Ana Souza"]),
        ("From: Ümit Doğan <udogan@example.com>\nTo: Lê Văn Minh", ["Lê Văn Minh", "Ümit Doğan"]),
        ("Reviewed by Grzegorz Brzęczyszczykiewicz", ["Grzegorz Brzęczyszczykiewicz"]),
        ("Assigned: Takahashi\nApproved: Yes\nEscalated: no", ["Takahashi"]),
        ("Teilnehmer: Jürgen Weiß und Anna Schmidt", ["Anna Schmidt", "Jürgen Weiß"]),
        ("Asistentes: María José García; Fernández, Juan", ["Fernández, Juan", "María José García"]),
        ("Zeynep Çelik: can you check the invoice?", ["Zeynep Çelik"]),
        ('17|"Çelik, Zeynep"|zc@example.com', ["Çelik, Zeynep"]),
        ("passenger NGUYEN/THI LAN MS seat 14C", ["NGUYEN/THI LAN MS"]),
        ("Report by H. M. Al-Rashid today", ["H. M. Al-Rashid"]),
        ("We met Siobhán Ní Bhriain yesterday", ["Siobhán Ní Bhriain"]),
        ("Yesterday Jan de Vries came", ["Jan de Vries"]),
        # Near-misses
        ("Status: open\nSummary: Refund pending\nError: timeout", []),
        ("To: Support Team", []),
        ("Paris, France | Berlin, Germany", []),
        ("Uses TCP/IP and I/O, N/A", []),
        ("U.S. Army and A. Ensure that", []),
        ("Banco de España and Universidad de Chile", []),
        ("DEBUG: cache miss", []),
        ("https://example.com/a: b", []),
    ],
)
def test_structured_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("value", "redacted_keys"),
    [
        ({"assignee": "Zeynep Çelik", "owner_id": 17, "owner": {"id": 3, "team": "Billing"}}, ["assignee"]),
        (
            {"displayName": "Kim Ha-eun", "LEGAL_NAME": "x", "preferred-name": "Lan"},
            ["LEGAL_NAME", "displayName", "preferred-name"],
        ),
        ({"name": "Lê Văn Minh"}, ["name"]),
        ({"speaker": "Siobhán Ní Bhriain", "reviewer": "Kwame Mensah"}, ["reviewer", "speaker"]),
        # Near-misses: tools and products under "name", e-mails and ids under role keys, lower-case values.
        ({"name": "get_weather"}, []),
        ({"name": "Nintendo Switch OLED"}, []),
        ({"owner": "team-billing", "customer": "cus_8f2k"}, []),
    ],
)
def test_person_by_json_key(value: dict[str, object], redacted_keys: list[str]) -> None:
    out = walk(value, KeyRules(RedactionConfig()), lambda text: text, lambda entity, text: f"<{entity}>")
    assert sorted(k for k, v in out.items() if v == "<PERSON>") == redacted_keys
    assert json.dumps(out)
