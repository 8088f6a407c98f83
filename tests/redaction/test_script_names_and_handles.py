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
    # Han runs holding grammar and service characters are requests and field words, not names.
    ("Customer wrote 有问题请打 0912345678 in the ticket", []),
    ("Order from 订单号 4582019374 delayed", []),
    ("Reply from 電話 support", []),
    ("Ticket from 谢谢 about the refund", []),
    ("Message from 你好 about the refund", []),
    ("Contact 電話番号 for help", []),
    ("Reply from 王怡君 about the refund", ["王怡君"]),
]

HANDLE_CASES = [
    ("login ok for user nguyen.thi.lan (session 42)", ["nguyen.thi.lan"]),
    ("2024-05-01 INFO user=siobhan.nibhriain action=export", ["siobhan.nibhriain"]),
    ("cc @umit.dogan please", ["umit.dogan"]),
    ("reviewed by jane.doe", ["jane.doe"]),
    ("owner: order.service", []),
    ("by config.yaml", []),
    ("mail umit.dogan@example.com", []),
    # A given name and a surname run together after "by" or "account"; a "created_by" field.
    ("The file was uploaded by kmensah2", ["kmensah2"]),
    ("Hi, this is from my account zeynepcelik", ["zeynepcelik"]),
    ("created_by=umitdogan88 status=ok", ["umitdogan88"]),
    ("built by kubectl, account holder", []),
    ("Signed in as nguyenthilan; signed in as admin", ["nguyenthilan"]),
    ("username: kmensah", ["kmensah"]),
    ("ping umit.dogan about it", ["umit.dogan"]),
    ("username: support", []),
    ("import numpy.linalg", []),
    ("from scipy.stats import norm", []),
    ("see os.path and json.loads", []),
    ("cat /home/umit.dogan/.bashrc", ["umit.dogan"]),
    ("open /Users/kmensah/Desktop/notes.txt", ["kmensah"]),
    ("/home/ubuntu/app and /Users/admin/x", []),
    # Accounts in logs and tools, named without a separator or a domain.
    ("Failed password for invalid user tnguyen from 10.0.0.4 port 22", ["tnguyen"]),
    ("session opened for user okafor by (uid=0)", ["okafor"]),
    ("invalid user admin from 10.0.0.4", []),
    ("audit: actor=priya_sharma action=delete", ["priya_sharma"]),
    ("Jira: reporter=ykobayashi assignee=tchen", ["ykobayashi", "tchen"]),
    ('{"username": "mhernandez88"}', ["mhernandez88"]),
    ("ssh kwabena.mensah@bastion-01 failed", ["kwabena.mensah"]),
    ("ssh deploy@bastion-01", []),
    ("Shared drive owned by CORP\\hkim", ["hkim"]),
    ("HKLM\\SOFTWARE\\Microsoft", []),
    ("The report from j.oconnor was late", ["j.oconnor"]),
    ("mail from zeynep.celik bounced", ["zeynep.celik"]),
    ("from app.models import User", []),
    ("Run s.strip() on the string", []),
    ("Slack DM from @nguyen.lan: can you check?", ["nguyen.lan"]),
    # Initials, hyphens, three parts; one word only as a mention or after a user word.
    ("ssh j.smith@prod-db-1", ["j.smith"]),
    ("ping @lena-fischer about this", ["lena-fischer"]),
    ("[nguyen.thi.lan] deployed v2.1", ["nguyen.thi.lan"]),
    ("thanks @oadeyemi!", ["oadeyemi"]),
    ("@dataclass\nclass Order: pass", []),
    ("ping @here and @channel", []),
    ("assignee: unassigned", []),
    ("approved by kubectl", []),
    ("https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization", []),
    # A social profile's address names its owner; a repository or a site's own page does not.
    ("Profile: https://www.linkedin.com/in/umit-dogan-4a1b2c/", ["umit-dogan-4a1b2c"]),
    ("see https://github.com/kmensah", ["kmensah"]),
    ("https://x.com/lan_nguyen?s=20", ["lan_nguyen"]),
    ("see https://github.com/openai/openai-python and https://github.com/features", []),
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
        # Lower-case Greek or Cyrillic words are everyday words no dictionary here knows ("delivery address").
        ("διεύθυνση αποστολής: tsimiski 73", []),
        # Georgian has lower-case letters only: its names are lower-case pairs.
        ("კლიენტი: გიორგი ბერიძე", ["გიორგი ბერიძე"]),
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


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # A mention before a colon is no field label ("Status:").
        ("Slack DM from @nguyen.lan: can you check?", "Slack DM from @<PERSON_1>: can you check?"),
        # A chat speaker's handle; and a handle inside a span NER takes whole (then drops as code-like).
        ("ana.lopez: can you check the invoice?", "<PERSON_1>: can you check the invoice?"),
        ("ssh zeynep.celik@prod-db-1", "ssh <PERSON_1>@prod-db-1"),
        ('{"username": "mhernandez88", "login": "svc_deploy"}', '{"username": "<PERSON_1>", "login": "svc_deploy"}'),
        (
            '{"user_name": "nguyen.lan", "handle": "support-team"}',
            '{"user_name": "<PERSON_1>", "handle": "support-team"}',
        ),
    ],
)
def test_handles_end_to_end(redactor, text: str, redacted: str) -> None:  # type: ignore[no-untyped-def]
    assert redactor.redact_texts([text], scope=text)[0] == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # 君 goes with the name (a Chinese given name's character, a Japanese honorific); "contact" stays.
        ("1. 王怡君 0912345678", "1. <PERSON_1> <PHONE_NUMBER_1>"),
        ("请联系王怡君 13812345678", "请联系<PERSON_1> <PHONE_NUMBER_1>"),
        ("田中君に聞いてください", "<PERSON_1>に聞いてください"),
        # Service nouns and requests in Han or Hangul are read as names by no rule.
        ("Contact: 王芳 / 电话 0912345678", "Contact: <PERSON_1> / 电话 <PHONE_NUMBER_1>"),
        ("Customer 订单号 called about order 1234.", "Customer 订单号 called about order 1234."),
        ("010-2345-6789로 연락 주세요", "<PHONE_NUMBER_1>로 연락 주세요"),
        ("결제 금액: 612,480,300 ₩", "결제 금액: 612,480,300 ₩"),
        ("김요한 님께 연락하세요", "<PERSON_1> 님께 연락하세요"),
        # Romanised names before an honorific; a chat message opening with a mention; a log line's fields.
        ("Soraさん、ありがとうございます！", "<PERSON_1>さん、ありがとうございます！"),
        ("Byul 씨가 전화했어요.", "<PERSON_1> 씨가 전화했어요."),
        ("@hope can you review the PR when you get a sec", "@<PERSON_1> can you review the PR when you get a sec"),
        ("@team please check the alerts", "@team please check the alerts"),
        ("@dataclass\nclass Order:\n    id: int", "@dataclass\nclass Order:\n    id: int"),
        ('updated contact id=003 display_name="Olive Noble"', 'updated contact id=003 display_name="<PERSON_1>"'),
        (
            "no agent available for customer=Destiny Street queue=tier1",
            "no agent available for customer=<PERSON_1> queue=tier1",
        ),
        ('name="config" level=INFO', 'name="config" level=INFO'),
    ],
)
def test_cjk_names_and_service_words_end_to_end(redactor, text: str, redacted: str) -> None:  # type: ignore[no-untyped-def]
    assert redactor.redact_texts([text], scope=text)[0] == redacted
