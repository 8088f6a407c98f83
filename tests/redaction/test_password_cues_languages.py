"""Passwords after Dutch, French, Italian and German cues, recovery codes, 'user / X' logins, old and new
values, plain-word alternatives, form-fill JSON; and the texts about logins that stay."""

from __future__ import annotations

import pytest

from redaction import Redactor

pytestmark = pytest.mark.slow

# (text, values in order): each value becomes <PASSWORD_n>, the rest of the text stays.
FOUND = [
    # Dutch: wachtwoord, pincode, inlogcode, wifi-code; the copula "luidt" for PINs.
    ("het wachtwoord is Zonnebloem42", ["Zonnebloem42"]),
    ("Mijn wachtwoord voor de webshop: fietsbel88", ["fietsbel88"]),
    ("het wifi-wachtwoord is kanaal#12", ["kanaal#12"]),
    ("de inlogcode is Hollandia77", ["Hollandia77"]),
    ("De wifi-code is tulpenveld2024", ["tulpenveld2024"]),
    ("de pincode van mijn pas is 7391", ["7391"]),
    ("mijn pincode luidt 6620", ["6620"]),
    ("De wifi-code luidt tulpen2024", ["tulpen2024"]),
    ("het wachtwoord luidt Zonnebloem42", ["Zonnebloem42"]),
    ("Toegangscode: 5581#", ["5581#"]),
    ("zet het wachtwoord van de router op Molen1987", ["Molen1987"]),
    # French: "c'est" as a copula, the Wi-Fi's code or key.
    ("le code wifi c'est Baguette2023", ["Baguette2023"]),
    ("Le code wifi c’est framboise77", ["framboise77"]),
    ("code du wifi : Mistral2022", ["Mistral2022"]),
    ("la clé wifi est soleil2024", ["soleil2024"]),
    # Italian and German PINs with their own copulas; the WLAN key.
    ("il PIN del bancomat è 23131", ["23131"]),
    ("Il PIN del bancomat è 55021, non dirlo a nessuno", ["55021"]),
    ("seine PIN sei 5715", ["5715"]),
    ("Il PIN della carta è 9042", ["9042"]),
    ("il pin dello sportello è 7741", ["7741"]),
    ("Mein PIN wäre 8830", ["8830"]),
    ("der WLAN-Schlüssel lautet Bergsee2021!", ["Bergsee2021!"]),
    # Recovery, backup and one-time codes in hyphenated groups.
    ("my recovery code is 8288-9093", ["8288-9093"]),
    ("Backup codes: 4821-7730-1156", ["4821-7730-1156"]),
    ("Your 2FA code is 551-902", ["551-902"]),
    ("verification code: 93A1-77BQ", ["93A1-77BQ"]),
    ("Recovery codes: 7bd3-91ac-55fe", ["7bd3-91ac-55fe"]),
    # A login word some words before "user / X"; a service's or network's label before "user / X".
    ("The login for the admin panel is admin / Pel1can!88", ["Pel1can!88"]),
    ("The login for the staging server is root / Granit3#Fox", ["Granit3#Fox"]),
    ("Team login on the sticker: frontdesk / Lobby#2023", ["Lobby#2023"]),
    ("Jira: jdoe / Cookie#719", ["Cookie#719"]),
    ("GitLab: asmith / Quokka#2024", ["Quokka#2024"]),
    ("Guest Wi-Fi: AcmeGuest / zeppelin279", ["zeppelin279"]),
    ("Office WLAN: AcmeStaff / Tornado#88", ["Tornado#88"]),
    ("VPN: kowalski / Sn0wdrop!7", ["Sn0wdrop!7"]),
    # An app named by a word: a user name that is no word and a value with a symbol or mixed case.
    ("Confluence: mlopez / Harbor!2024", ["Harbor!2024"]),
    ("Slack: jdoe / Kettle#42", ["Kettle#42"]),
    ("set the password for the router to Molen1987", ["Molen1987"]),
    # The old password and the new one.
    ("I changed my password from f@lc0n38 to cookie414", ["f@lc0n38", "cookie414"]),
    ("She changed her password from Lemon#12 to Orange#34 last week", ["Lemon#12", "Orange#34"]),
    ("changed the wifi password from tulip2020 to tulip2021", ["tulip2020", "tulip2021"]),
    ("cambié la contraseña de gato1234 a perro5678", ["gato1234", "perro5678"]),
    ("mudei a senha de abacaxi12 para goiaba34", ["abacaxi12", "goiaba34"]),
    ("Ich habe das Passwort von Sommer2023 auf Winter2024 geändert", ["Sommer2023", "Winter2024"]),
    # A plain word offered beside a plain word.
    ("my password is marmalade or chocolate", ["marmalade", "chocolate"]),
    ("the password is either pancake or waffle", ["pancake", "waffle"]),
    ("la contraseña es tortuga o caracol", ["tortuga", "caracol"]),
    ("das Passwort ist Pinguin oder Walross", ["Pinguin", "Walross"]),
    ("a senha é abacaxi ou goiaba", ["abacaxi", "goiaba"]),
]

KEPT = [
    "Wachtwoord vergeten? Stuur een mail.",
    "De pincode is geblokkeerd",
    "il PIN del bancomat è bloccato",
    "het wachtwoord is verlopen",
    "het wachtwoord is gewijzigd",
    "Le code wifi c'est écrit sous la box",
    "copy the password from vault-1 to vault-2",
    "set the password for the account to expire",
    "Ratio: high / Low2!",
    "Recovery codes are shown only once",
    "our backup code expired yesterday",
    "I changed my password from my phone to be safe",
    "Is the password case-sensitive or not?",
    # A field's name is no password; a network's label is no chat speaker.
    "the user reports the password field is empty",
    "login: the password field has no label",
    "admin login: the password field stays red",
    "Office Wi-Fi: ask reception for the code",
    "Office Wi-Fi: down again since the update",
    "Guest Wi-Fi: AcmeGuest",
    # Fields and paths with a slash are no 'user / X' logins.
    "Path: src / main2",
    "Status: open / closed2",
    "the login for the admin panel is broken / unusable",
]


@pytest.mark.parametrize(("text", "values"), FOUND)
def test_password_is_redacted(redactor: Redactor, with_placeholders, text: str, values: list[str]) -> None:  # type: ignore[no-untyped-def]
    [out] = redactor.redact_texts([text])
    assert all(value not in out for value in values)
    assert out == with_placeholders(text, values)


@pytest.mark.parametrize("text", KEPT)
def test_texts_about_logins_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact_texts([text]) == [text]


@pytest.mark.parametrize(
    ("record", "typed"),
    [
        ({"action": "fill", "selector": "#password", "value": "Gl4cier#9"}, "value"),
        ({"selector": "input[name=pwd]", "text": "plainwords"}, "text"),
        ({"field": "login_pwd", "text": "Tangerine77"}, "text"),
        ({"xpath": "//input[@type='password']", "text": "Orchard-Lane-9"}, "text"),
        ({"css": "input#pwd", "input": "moonlight sonata"}, "input"),
        ({"locator": "#pin", "value": "4821"}, "value"),
        ({"selector": "#userPassword", "value": "Gl4cier#9"}, "value"),
        ({"target": "#otp", "value": "482913"}, "value"),
        ({"label": "Mot de passe", "value": "Soleil2022"}, "value"),
        ({"element": "Kennwort", "content": "Bergwerk77"}, "content"),
        ({"name": "wachtwoord", "keys": "correct horse battery"}, "keys"),
    ],
)
def test_what_a_form_tool_types_into_a_password_field(redactor: Redactor, record: dict[str, str], typed: str) -> None:
    [out] = redactor.redact_values([record])
    assert out == {**record, typed: "<PASSWORD_1>"}


def test_a_password_typed_by_a_nested_browser_call(redactor: Redactor) -> None:
    call = {"tool": "browser_type", "args": {"ref": "e42", "element": "Password textbox", "text": "Harbor#Lights7"}}
    [out] = redactor.redact_values([call])
    assert out["args"] == {"ref": "e42", "element": "Password textbox", "text": "<PASSWORD_1>"}


@pytest.mark.parametrize(
    "record",
    [
        {"selector": "#email", "value": "hello world"},
        {"selector": "#search", "value": "password reset"},
        {"selector": "#username", "value": "support-team"},
        {"selector": "#password", "action": "click"},
        {"selector": "#spinner", "value": "loading"},
        {"selector": "#compass-heading", "value": "north"},
        {"field": "passenger_count", "value": "two adults"},
        {"selector": "#bypass-cache", "value": "enabled"},
        {"label": "Show password", "value": "checked"},
        {"selector": "#password-hint", "value": "my dog"},
    ],
)
def test_other_form_fields_are_kept(redactor: Redactor, record: dict[str, str]) -> None:
    assert redactor.redact_values([record]) == [record]
