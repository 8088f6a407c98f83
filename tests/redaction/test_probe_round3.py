"""Secrets in forms the world writes them that round three found missed: a generated password with no symbol
after "changed it to", a lower-case passphrase with a capitalisation hint, a key named for the Azure storage
account it opens; and the look-alikes beside them that must stay."""

from __future__ import annotations

import pytest

from redaction.recognizers.password_assignment import secret_assignment_recognizer
from redaction.recognizers.password_later import LaterPasswordRecognizer
from redaction.recognizers.password_prose import ProsePasswordRecognizer

CASES = [
    # "it" with no password word near: letters and digits that switch case as no joined words do.
    (ProsePasswordRecognizer, "Hi,\nI changed it to pQ7rWmZ3kTyVn yesterday\nthanks", ["pQ7rWmZ3kTyVn"]),
    (ProsePasswordRecognizer, "I changed it to RNwqHT5vbzkuLP2 last week", ["RNwqHT5vbzkuLP2"]),
    (ProsePasswordRecognizer, "I changed it to MacBookPro2019 yesterday", []),  # a product's name
    (ProsePasswordRecognizer, "set it to GPT4Turbo2024 in the config", []),  # a model's name
    (ProsePasswordRecognizer, "updated it to iPhone15ProMax", []),
    (ProsePasswordRecognizer, "I changed it to ORDER2024XK19 yesterday", []),  # capitals only: a code
    # Written in lower case, to be typed with a capital: a password.
    (LaterPasswordRecognizer, "it's meadow-lantern-copper4 (capital first letter)", ["meadow-lantern-copper4"]),
    (LaterPasswordRecognizer, "use tallinn2031 (capital T) to log in", ["tallinn2031"]),
    (LaterPasswordRecognizer, "run python3 (lower case) not Python3", []),
    # Azure keys named for what they open.
    (
        secret_assignment_recognizer,
        "azure_storage_key: Wq3nP8vK2mZ+yR5tL9xB/cH4jD7fG1sA6eN0uV3iO8kM2pQ5rT9wX4zY7bC1dE6fH0gJ3lN8oS5uW2aI9qLmv==",
        ["Wq3nP8vK2mZ+yR5tL9xB/cH4jD7fG1sA6eN0uV3iO8kM2pQ5rT9wX4zY7bC1dE6fH0gJ3lN8oS5uW2aI9qLmv=="],
    ),
    (secret_assignment_recognizer, "COSMOS_MASTER_KEY=Zk4Pq9Lm2Xw7Rt5Yv8Bn3Cd", ["Zk4Pq9Lm2Xw7Rt5Yv8Bn3Cd"]),
    (secret_assignment_recognizer, "subscription_key: 9f3c2a7e5b1d4c8fa06e3b", ["9f3c2a7e5b1d4c8fa06e3b"]),
    (secret_assignment_recognizer, "storage_key: null", []),
]


@pytest.mark.parametrize(("factory", "text", "expected"), CASES)
def test_secret_form(findings, factory, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(factory(), text) == expected
