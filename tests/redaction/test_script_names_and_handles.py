"""Names the English NER cannot read (other scripts) and handles built from names."""

from __future__ import annotations

import pytest

from redaction.recognizers.script_names import ScriptNameRecognizer
from redaction.recognizers.usernames import UsernameRecognizer

SCRIPT_CASES = [
    ("Customer 中村 さくら called about order 1234.", ["中村 さくら"]),
    ("Γιώργος Παπαδόπουλος wrote: the invoice is wrong.", ["Γιώργος Παπαδόπουλος"]),
    ("Ticket from Тамара Иванова: refund please", ["Тамара Иванова"]),
    ("Reply from ნინო ბერიძე about the order", ["ნინო ბერიძე"]),
    ("Thanks to محمد الأحمد for the help", ["محمد الأحمد"]),
    # In text of any script, a name before an honorific.
    ("서준호 님이 문의하셨습니다.", ["서준호"]),
    ("田中さんから電話がありました", ["田中"]),
    # Kept: a kana word, one capitalised word (a city), a whole sentence in another script.
    ("The word ありがとう means thank you", []),
    ("Our Athens office (Αθήνα) is open", []),
    ("Η παραγγελία μου δεν έφτασε ακόμα, παρακαλώ βοηθήστε.", []),
]

HANDLE_CASES = [
    ("login ok for user nguyen.thi.lan (session 42)", ["nguyen.thi.lan"]),
    ("2024-05-01 INFO user=siobhan.nibhriain action=export", ["siobhan.nibhriain"]),
    ("cc @umit.dogan please", ["umit.dogan"]),
    ("reviewed by jane.doe", ["jane.doe"]),
    ("owner: order.service", []),
    ("by config.yaml", []),
    ("mail umit.dogan@example.com", []),
    ("username: kmensah", ["kmensah"]),
    ("ping umit.dogan about it", ["umit.dogan"]),
    ("username: support", []),
    ("import numpy.linalg", []),
    ("from scipy.stats import norm", []),
    ("see os.path and json.loads", []),
    ("cat /home/umit.dogan/.bashrc", ["umit.dogan"]),
    ("open /Users/kmensah/Desktop/notes.txt", ["kmensah"]),
    ("/home/ubuntu/app and /Users/admin/x", []),
]


@pytest.mark.parametrize(("text", "expected"), SCRIPT_CASES)
def test_names_in_other_scripts(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(ScriptNameRecognizer(), text) == expected


@pytest.mark.parametrize(("text", "expected"), HANDLE_CASES)
def test_handles_built_from_names(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(UsernameRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please reset the password for Zeynep Çelik.", ["Zeynep Çelik"]),
        ("Escalated by Kwabena Mensah-Bonsu yesterday", ["Kwabena Mensah-Bonsu"]),
        # Dictionary words, places, model numbers and case-blind text stay.
        ("Please escalate to Tier Two Support.", []),
        ("Our office in Buenos Aires opens Monday", []),
        ("The Zyxel Nebula 3 router reboots", []),
        ("ZEYNEP ÇELIK CALLED", []),
        # Lower-case chat: lower-case words out of the dictionary.
        ("pls ask oluwaseun adeyemi to call me back", ["oluwaseun adeyemi"]),
        ("kubectl apply failed on nginx ingress", []),
        ("lol idk wtf happened", []),
        # One non-dictionary word owning something; not an eponym, not after an article.
        ("Kwabena's laptop is broken", ["Kwabena"]),
        ("ask about tanaka's team", ["tanaka"]),
        ("Dijkstra's algorithm", []),
        ("the Nespresso Vertuo pods", []),
    ],
)
def test_capitalised_runs_of_non_dictionary_words(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    from redaction.recognizers.name_pairs import NamePairRecognizer

    assert findings(NamePairRecognizer(), text) == expected
