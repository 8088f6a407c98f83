"""Passwords in forms the cue rules once missed: Swedish and Czech prose, passphrases up to a sign-off, Windows
and Samba command lines, SQL ``IDENTIFIED BY``, XML config, login calls in code, Oracle connect strings,
JSON ``"pass"`` keys, STS session tokens, Discord bot tokens and spelling hints ("(capital first letter)");
and what looks like them but stays."""

from __future__ import annotations

import pytest

from redaction.recognizers.api_keys import api_key_recognizer
from redaction.recognizers.aws import aws_secret_key_recognizer
from redaction.recognizers.command_line_secrets import CommandLineSecretRecognizer
from redaction.recognizers.password_assignment import password_assignment_recognizer
from redaction.recognizers.password_calls import LoginCallPasswordRecognizer
from redaction.recognizers.password_later import LaterPasswordRecognizer
from redaction.recognizers.password_pairs import CredentialPairRecognizer
from redaction.recognizers.password_prose import ProsePasswordRecognizer
from redaction.recognizers.password_world import WorldPasswordRecognizer
from redaction.recognizers.url_credentials import url_credentials_recognizer

PROSE = [
    ("lösenordet är Lingon#2021 Tack!", ["Lingon#2021"]),
    ("användare kalle, lösenord Fjord7!x", ["Fjord7!x"]),
    ("moje heslo je Vltava.88", ["Vltava.88"]),
    ("heslo: pQ7rTz9wa S pozdravem,", ["pQ7rTz9wa"]),
    ("la clave nueva es Gorrion44?.", ["Gorrion44?"]),
    # A passphrase runs to the sign-off or the sentence's end; its first word alone was found before.
    ("pass: walnut ferry lantern pebble Un saludo.", ["walnut ferry lantern pebble"]),
    # Polish and Turkish pairs: a login, then the password word and a passphrase.
    ("login borys, hasło orange dishwasher staple castle\n\nKupiłem", ["orange dishwasher staple castle"]),
    ("kullanıcı adı eroz49 şifre pepper battery otter staple", ["pepper battery otter staple"]),
    ("user kim7 pass meadow copper violin shrub Thanks!", ["meadow copper violin shrub"]),
    ("la password è canoe thistle maple ember Grazie!", ["canoe thistle maple ember"]),
    ("temporary password 'harbor quill saffron tundra', please change it", ["harbor quill saffron tundra"]),
    ("Passwort:\nginger falcon marble sleet Viele Grüße", ["ginger falcon marble sleet"]),
]

PROSE_KEPT = [
    "lösenordet är fel",
    "kullanıcı adı ve şifre yanlış",
    "Zapomniałem hasła do konta",
    "heslo je špatné",
    "the password is too short for our policy Thanks",
    "password reset link expired again Thanks",
]


def _prose(findings, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    recognizers = (ProsePasswordRecognizer(), CredentialPairRecognizer(), WorldPasswordRecognizer())
    found = {value for recognizer in recognizers for value in findings(recognizer, text)}
    return sorted(value for value in found if not any(value != other and value in other for other in found))


@pytest.mark.parametrize(("text", "expected"), PROSE)
def test_password_in_prose(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _prose(findings, text) == expected


@pytest.mark.parametrize("text", PROSE_KEPT)
def test_sentence_about_a_password_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _prose(findings, text) == []


def test_passphrase_stops_at_a_function_word(findings) -> None:  # type: ignore[no-untyped-def]
    assert _prose(findings, "password: bluebird and then the page froze") == ["bluebird"]


def test_context_free_password_hints(findings) -> None:  # type: ignore[no-untyped-def]
    assert _later(findings, "it's Wombat2019! (capital first letter)") == ["Wombat2019!"]
    assert findings(ProsePasswordRecognizer(), "I changed it to q@Z7mLx!p2 yesterday") == ["q@Z7mLx!p2"]
    assert _later(findings, "Use the GPU2 (upper case) and the Model (capital M)") == []
    assert findings(ProsePasswordRecognizer(), "I changed it to Python3.11 and then to snake_case") == []


def _later(findings, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return findings(LaterPasswordRecognizer(), text)


def test_polish_bridge_with_copula(findings) -> None:  # type: ignore[no-untyped-def]
    assert findings(WorldPasswordRecognizer(), 'hasło do wifi to "Kasztan5!" dzięki') == ["Kasztan5!"]


COMMANDS = [
    ("net user svc_backup Quokka-lamp-31 /add", ["Quokka-lamp-31"]),
    (r"net use Z: \\fs01\share Wren#55x /user:CORP\ana", ["Wren#55x"]),
    ("smbclient //files/share -U deploy%Otter!92", ["Otter!92"]),
    ("xfreerdp /v:host /u:admin /p:Heron_77q", ["Heron_77q"]),
    (r"schtasks /create /u CORP\ana /p Finch#81 /tn nightly", ["Finch#81"]),
]
COMMANDS_KEPT = ["net user ana /delete", "net user ana * /add", r"robocopy C:\src D:\dst /MIR /R:3 /W:5"]


@pytest.mark.parametrize(("text", "expected"), COMMANDS)
def test_windows_and_samba_passwords(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(CommandLineSecretRecognizer(), text) == expected


@pytest.mark.parametrize("text", COMMANDS_KEPT)
def test_windows_switches_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(CommandLineSecretRecognizer(), text) == []
    assert findings(CredentialPairRecognizer(), text) == []


ASSIGNED = [
    ("CREATE USER 'app'@'%' IDENTIFIED BY 'Sparrow-reef-12';", ["Sparrow-reef-12"]),
    ("ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY 'Gull#903';", ["Gull#903"]),
    ("ALTER USER scott IDENTIFIED BY plover42;", ["plover42"]),
    ("<password>Lynx#2024</password>", ["Lynx#2024"]),
    ("<jdbc.password>Marten99</jdbc.password>", ["Marten99"]),
    ('<add key="SmtpPassword" value="xQ3+pLm9Zr" />', ["xQ3+pLm9Zr"]),
    ('<property name="hibernate.connection.password" value="Badger7"/>', ["Badger7"]),
]
ASSIGNED_KEPT = [
    "CREATE USER app IDENTIFIED EXTERNALLY;",
    "<passwordPolicy>strict</passwordPolicy>",
    '<add key="PasswordMinLength" value="12" />',
    "<password>${DB_PASSWORD}</password>",
]


@pytest.mark.parametrize(("text", "expected"), ASSIGNED)
def test_sql_and_xml_passwords(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(password_assignment_recognizer(), text) == expected


@pytest.mark.parametrize("text", ASSIGNED_KEPT)
def test_sql_and_xml_settings_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(password_assignment_recognizer(), text) == []


CALLS = [
    ('server.login("ana@example.com", "Pelican.42")', ["Pelican.42"]),
    ('requests.get(url, auth=("ana", "moss-ridge-17"))', ["moss-ridge-17"]),
    ('DriverManager.getConnection(url, "app", "Tern#6")', ["Tern#6"]),
    ("$db = new PDO($dsn, 'root', 'Ibis-2024!');", ["Ibis-2024!"]),
]
CALLS_KEPT = ["client.login(username, password)", 'server.login(user, os.environ["SMTP_PASS"])']


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_login_call_literal(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(LoginCallPasswordRecognizer(), text) == expected


@pytest.mark.parametrize("text", CALLS_KEPT)
def test_login_call_variables_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(LoginCallPasswordRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DATABASE_URL=jdbc:oracle:thin:app/@Qx7#pLm2@db.example.net:1521:ORCL", ["@Qx7#pLm2"]),
        ("jdbc:oracle:thin:scott/Señal.77@db01:1521:XE", ["Señal.77"]),
        ("sqlplus scott/Kite#123@orcl", ["Kite#123"]),
        ("expdp system/Heron1@pdb1 schemas=hr", ["Heron1"]),
    ],
)
def test_oracle_connect_passwords(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(url_credentials_recognizer(), text) == expected


def test_sts_session_token(findings) -> None:  # type: ignore[no-untyped-def]
    token = "IQoJb3JpZ2luX2VjE" + "Ab3dE9fGh/Kl+Mn0PqRsTuVwXyZ12" * 8
    assert findings(aws_secret_key_recognizer(), f"AWS_SESSION_TOKEN={token}") == [token]


def test_discord_bot_token(findings) -> None:  # type: ignore[no-untyped-def]
    token = "MTAxNzc3ODg5OTAwMTEyMjMzNA.Gx7Qp2.aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"
    assert findings(api_key_recognizer(), f"use this key → {token}") == [token]
    assert findings(api_key_recognizer(), "see docs.example.com/v1.2.3 and release.notes.md") == []


def test_json_pass_key_through_the_redactor(redactor) -> None:  # type: ignore[no-untyped-def]
    [out] = redactor.redact_texts(['{"user": "ana", "pass": "Gannet!55", "test": {"pass": true, "pass_rate": "0.9"}}'])
    assert "Gannet!55" not in out
    assert '"pass": true' in out
    assert '"pass_rate": "0.9"' in out
