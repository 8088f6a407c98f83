"""Senders of chat transcripts are people even when their names are words; roles, bots, log levels, programs and
agenda items in the same shapes are not."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.transcript_speakers import TranscriptSpeakerRecognizer, in_transcript

SENDERS = [
    ("[12:54] Sandy: cc Omar\n[12:59] Sandy: ask Priya\n[13:01] Grace: on it", ["Sandy", "Sandy", "Grace"]),
    ("12/03/2024, 14:22 - Dawn: blocked again\n12/03/2024, 14:25 - Faith: ok", ["Dawn", "Faith"]),
    ("(09:15) rania: pushed\n(09:16) Wei: thanks", ["rania", "Wei"]),
    ("Florence  3:27 PM\ncan someone check the build?\nAngus  3:29 PM\non it", ["Florence", "Angus"]),
    # One timestamped line is no transcript; roles, levels, programs and agenda items are no senders.
    ("[12:54] Sandy: cc Omar", []),
    ("[10:00:01] INFO: started\n[10:00:02] ERROR: failed", []),
    ("12:00:01 kernel: eth0 up\n12:00:02 kernel: eth1 up", []),
    ("[09:00] Assistant: Hello!\n[09:01] User: hi", []),
    ("Standup 9:30 AM\nLunch 12:30 PM\nRoadmap Review 2:00 PM", []),
    # Without times: a name that opens two or more lines; not an everyday word or a tool doing so.
    ("Zawadi: per Field Services we're good\nZawadi: who's on call?", ["Zawadi", "Zawadi"]),
    ("Zawadi: per Field Services we're good", []),
    ("Note: restart the pod\nNote: clear the cache", []),
    ("Redis: connection refused\nRedis: retrying", []),
]


@pytest.mark.parametrize(("text", "expected"), SENDERS)
def test_transcript_senders(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(TranscriptSpeakerRecognizer(), text) == expected


def test_a_transcript_needs_two_timestamped_lines() -> None:
    assert in_transcript("[1:02] Ana: hi\n[1:03] Bo: hey")
    assert not in_transcript("[1:02] Ana: hi\nno time here: hey")


@pytest.mark.slow
def test_a_sender_named_by_a_word_is_redacted_end_to_end(redactor: Redactor) -> None:
    text = "[12:54] Grace: the Q3 numbers look off\n[12:56] Dawn: Grace is right"
    out = redactor.redact_texts([text], scope="t")[0]
    assert "Grace" not in out and "Dawn" not in out and "the Q3 numbers look off" in out, out
