"""Passwords after ja/zh/ko/ar/pl/tr/nl cue words, answers on the line after the question, values handed over
by a verb ("just type X"), seed phrases, keys glued to CJK text; and the texts about secrets that stay."""

from __future__ import annotations

import pytest

from redaction import Redactor

pytestmark = pytest.mark.slow

# (text, values in order): each value becomes <PASSWORD_n> (or <API_KEY_n>), the rest of the text stays.
FOUND = [
    ("パスワードはd0r@3m0n01です", ["d0r@3m0n01"]),
    ("密码是lihualihua210", ["lihualihua210"]),
    ("密码：lihualihua123，登录不了", ["lihualihua123"]),
    ("银行卡密码694093，被锁了", ["694093"]),
    ("비번: $30ul01", ["$30ul01"]),
    ("와이파이 비번 Printemps123?", ["Printemps123?"]),
    ("كلمة المرور: Qwerty123!", ["Qwerty123!"]),
    ("hasło do wifi: KydYtyArwure", ["KydYtyArwure"]),
    ("hasło: !JhzYE8q#K", ["!JhzYE8q#K"]),
    ("şifrem istanbul$26", ["istanbul$26"]),
    ("parola: Galatasaray.01", ["Galatasaray.01"]),
    ("kod do drzwi to 1541", ["1541"]),
    ("ww: Zomerfeyenoord1234", ["Zomerfeyenoord1234"]),
    ("nieuw wachtwoord wordt Wachtwoord2023?, graag doorgeven", ["Wachtwoord2023?"]),
    ("wachtzin van de kluis: 'copper+tulip+nova'", ["copper+tulip+nova"]),
    # The answer on the next line, after a speaker's label and a "yes".
    ("Agent: Can you confirm the PIN on the account?\nCustomer: 7935", ["7935"]),
    ("Agente: ¿Me confirma la clave de acceso?\nCliente: sí, D@C=gjW^52VEOZ", ["D@C=gjW^52VEOZ"]),
    ("Konsultant: Proszę podać hasło.\nKlient: hibNbEX&V8gMXoYn", ["hibNbEX&V8gMXoYn"]),
    ("オペレーター：パスワードを教えてください。\nお客様：tanakahikari123", ["tanakahikari123"]),
    # Handed over by a verb, a bracket, "key", a log's "with credentials", a time adverb, a French handover.
    ("If it asks for a password just type Arsenal?123 and hit enter", ["Arsenal?123"]),
    ("read out her banking password over the phone (M*8CdO*6!fQK) yesterday", ["M*8CdO*6!fQK"]),
    ('Guest wifi is "MOVISTAR_4E10", key CH9K-P7YR-2VUR', ["CH9K-P7YR-2VUR"]),
    ("ldap bind failed for cn=svc-sync with credentials 'Dragon701$': invalid credentials (49)", ["Dragon701$"]),
    ("Das neue Passwort ist ab morgen Initial#3968$, bitte nicht weitergeben.", ["Initial#3968$"]),
    ("j'ai mis v5Ct1B6Fj3%O comme mot de passe mais ça marche pas", ["v5Ct1B6Fj3%O"]),
    ("troquei a senha pra Flamengo01@ mas o app ainda pede a antiga", ["Flamengo01@"]),
    ("I tried Texas44# and Spr1ng1990 and neither works", ["Texas44#", "Spr1ng1990"]),
    ("forgot my password, was it Summer2023 or Summer2024?", ["Summer2023", "Summer2024?"]),
    ("password123 is what I typed", ["password123"]),
    ("I used P@ssword1 for the wifi", ["P@ssword1"]),
    ("I changed it to Summer376 yesterday but it still says invalid credentials", ["Summer376"]),
    ("creds for the staging box are deploy/Maggiedragon1969", ["Maggiedragon1969"]),
    # Passphrases: a seed phrase, an assignment's whole line, a quoted French one.
    (
        "seed phrase in case I lose the ledger: zebra garden tribe orbit palace harvest tackle oxygen jungle vacuum"
        " canyon hazard",
        ["zebra garden tribe orbit palace harvest tackle oxygen jungle vacuum canyon hazard"],
    ),
    ("ssh key passphrase = my dog eats tacos", ["my dog eats tacos"]),
    ("la phrase secrète : « il pleut des cordes »", [" il pleut des cordes "]),
    # Command lines: a quoted password after curl's user, Windows' net use.
    ("curl -u allen96:'Roma#01' https://jira.example.com/rest/api/2/issue/OPS-242", ["Roma#01"]),
    (r"net use Z: \\fileserver01\finance /user:CORP\sa charlie$64 /persistent:yes", ["charlie$64"]),
]

KEPT = [
    "Agent: what is your order number?\nCustomer: 12345678",
    "Can you reset my PIN?\nSure, done.",
    "I tried python3.11 and node18 but it fails",
    "I tried Llama-3.1-8B and GPT4o and neither works",
    "v2.1 is what I used for the password reset script",
    "パスワードを忘れました",
    "密码错误，请重试",
    "copy the password from vault-1 to vault-2",
]


@pytest.mark.parametrize(("text", "values"), FOUND)
def test_secret_is_redacted(redactor: Redactor, with_placeholders, text: str, values: list[str]) -> None:  # type: ignore[no-untyped-def]
    [out] = redactor.redact_texts([text], scope=text)
    assert all(value not in out for value in values)
    assert out == with_placeholders(text, values)


@pytest.mark.parametrize("text", KEPT)
def test_texts_about_secrets_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact_texts([text], scope=text) == [text]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("APIキーはAIzarT5Y7uTazSgGwcaYgOw3EoumPO_SCnrrJQDです", "AIzarT5Y7uTazSgGwcaYgOw3EoumPO_SCnrrJQD"),
        ("rotated it, the new one is sk.eyJ1IjoiE0y1AuQm2TYhcTnaPFu1CNjWZmsSM04.5PLCojQ7y29pXXVJAZYhok", None),
    ],
)
def test_keys_glued_to_cjk_text_and_mapbox_tokens(redactor: Redactor, text: str, key: str | None) -> None:
    [out] = redactor.redact_texts([text], scope=text)
    secret = key or text.rsplit(" ", 1)[-1]
    assert secret not in out
    assert "<API_KEY_1>" in out or "<PASSWORD_1>" in out


def test_wifi_pre_shared_key_in_json(redactor: Redactor) -> None:
    [out] = redactor.redact_values([{"ssid": "TP-Link_8842", "psk": "Ospiti2023", "security": "WPA2"}])
    assert out == {"ssid": "TP-Link_8842", "psk": "<PASSWORD_1>", "security": "WPA2"}
