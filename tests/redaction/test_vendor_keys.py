"""Vendor key formats and cloud connection strings (fake values in the published shapes)."""

from __future__ import annotations

import pytest

from redaction.recognizers.api_keys import api_key_recognizer
from redaction.recognizers.url_credentials import url_credentials_recognizer

_B62 = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ"
KEYS = [
    "gsk_" + _B62[:52],
    "r8_" + _B62[:37],
    "tvly-" + _B62[:32],
    "lsv2_pt_" + _B62[:32] + "_" + _B62[:10],
    "xai-" + _B62[:60],
    "pplx-" + _B62[:48],
    "pcsk_" + _B62[:6] + "_" + _B62[:50],
    "ntn_" + _B62[:46],
    "lin_api_" + _B62[:40],
    "ATATT3xFfGF0" + _B62[:50],
    "PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01",
    "GOCSPX-" + _B62[:28],
    "xapp-1-A0123456789-1234567890123-" + _B62[:40],
    "glsa_" + _B62[:32] + "_0a1b2c3d",
    "sq0atp-" + _B62[:22],
    "AIzaSyA1234567890abcdefghijklmnopqrst-_",
    "AIzaSyA1234567890abcdefghijklmnopqrstu-",
    "whsec_" + _B62[:32],  # a Stripe webhook signing secret: no live/test part
    "whsec_" + _B62[10:54] + "==",
]


@pytest.mark.parametrize("key", KEYS)
def test_vendor_key_found(findings, key: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(api_key_recognizer(), f"config: {key} (do not share)") == [key]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "https://hooks.slack.com/services/T01234567/B01234567/aBcDeFgHiJkLmNoPqRsTuVwX",
            "T01234567/B01234567/aBcDeFgHiJkLmNoPqRsTuVwX",
        ),
        ("bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0 ok", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"),
    ],
)
def test_secret_in_a_url_or_token(findings, text: str, secret: str) -> None:  # type: ignore[no-untyped-def]
    assert secret in "".join(findings(api_key_recognizer(), text))


@pytest.mark.parametrize(
    "text",
    [
        "secret_santa_list and lin_api_docs",
        "tvly-search is a tool name",
        "version 12345678:AA is not a token",
        "xai-grok-2 model",
        "the whsec_ prefix marks a webhook secret",
        "STRIPE_WEBHOOK_SECRET=whsec_...",
    ],
)
def test_look_alikes_of_vendor_keys_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(api_key_recognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==;"
            "EndpointSuffix=core.windows.net",
            "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==",
        ),
        (
            "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=QmFzZTY0S2V5MTIz=",
            "QmFzZTY0S2V5MTIz=",
        ),
        (
            "https://a.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=AbCdEf0123456789%2FxyzQ%3D",
            "AbCdEf0123456789%2FxyzQ%3D",
        ),
        ("jdbc:sqlserver://db;user=sa;password=Pa55w0rd;encrypt=true", "Pa55w0rd"),
    ],
)
def test_cloud_connection_string_secret(findings, text: str, secret: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(url_credentials_recognizer(), text) == [secret]
