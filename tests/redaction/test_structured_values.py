"""JSON-like values: value-by-value redaction, valid JSON with keys intact, key-driven entities."""

from __future__ import annotations

import json

import pytest

from redaction import Redactor

pytestmark = pytest.mark.slow

EMAIL = "kwame.mensah@example.com"


def test_json_string_is_redacted_value_by_value(redactor: Redactor) -> None:
    args = json.dumps({"to": EMAIL, "body": "Dear Kwame Mensah, card 4111 1111 1111 1111", "n": 3, "ok": True})
    [out] = redactor.redact_values([args], scope="t")
    parsed = json.loads(out)
    assert list(parsed) == ["to", "body", "n", "ok"]
    assert parsed["to"] == "<EMAIL_ADDRESS_1>"
    assert "4111" not in parsed["body"] and "Mensah" not in parsed["body"]
    assert parsed["n"] == 3 and parsed["ok"] is True


def test_redact_texts_keeps_json_texts_valid(redactor: Redactor) -> None:
    text = '[{"role": "user", "content": "my ssn is 536-90-4399"}, {"role": "assistant", "content": "ok"}]'
    [out] = redactor.redact_texts([text])
    parsed = json.loads(out)
    assert parsed[0]["role"] == "user" and "4399" not in parsed[0]["content"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("password", "correct horse"),
        ("api_key", "abc"),
        ("Authorization", "whatever-it-is"),
        ("x-api-key", "k"),
        ("client_secret", "plain words"),
        ("DB_PASSWORD", "x"),
        ("refreshToken", "1"),
        ("contraseña", "gato"),
        ("Passwort", "Sonne"),
        ("mot_de_passe", "soleil"),
        ("senha", "sol"),
        ("signingKey", "abc"),
        ("AccountKey", "Zm9v"),
    ],
)
def test_secret_named_keys_are_redacted_whatever_the_value(redactor: Redactor, key: str, value: str) -> None:
    [out] = redactor.redact_values([{key: value, "note": "fine"}])
    assert out[key] != value and out[key].startswith("<")
    assert out["note"] == "fine"


def test_keys_that_only_end_in_key_keep_their_values(redactor: Redactor) -> None:
    value = {"sort_key": "created_at", "partition_key": "tenant", "key": "status"}
    assert redactor.redact_values([value]) == [value]


def test_counts_under_token_keys_stay_numbers(redactor: Redactor) -> None:
    value = {"llm.token_count.prompt": 12, "gen_ai.usage.input_tokens": 7, "max_tokens": 256}
    assert redactor.redact_values([value]) == [value]


def test_name_is_a_person_only_in_a_person_object(redactor: Redactor) -> None:
    value = {
        "contact": {"name": "Paz Sastre", "phone": "+34 617 12 42 48"},
        "tool": {"name": "get_weather", "description": "Weather by city"},
        "product": {"name": "Stratus Backup Vault"},
    }
    [out] = redactor.redact_values([value], scope="person-object")
    assert out["contact"]["name"] == "<PERSON_1>"
    assert out["tool"] == value["tool"] and out["product"] == value["product"]


def test_nested_json_in_json(redactor: Redactor) -> None:
    inner = json.dumps({"email": EMAIL})
    outer = json.dumps({"result": inner, "status": "ok"})
    [out] = redactor.redact_values([outer])
    assert EMAIL not in out
    assert json.loads(json.loads(out)["result"]) == {"email": "<EMAIL_ADDRESS_1>"}


def test_non_json_looking_strings_are_plain_text(redactor: Redactor) -> None:
    text = "{not json} mail " + EMAIL
    assert redactor.redact_values([text]) == ["{not json} mail <EMAIL_ADDRESS_1>"]


@pytest.mark.parametrize(
    "key",
    [
        "phone",
        "mobile",
        "tel",
        "telefono",
        "telefon",
        "handy",
        "fax",
        "whatsapp",
        "Telefonnummer",
        "celular",
        "msisdn",
        "to_number",
        "callerId",
        "fixo",
        "callback",
        "direct_line",
        "contact_no",
        "contato",
        "fone",
        "telemovel",
    ],
)
def test_phone_named_keys_mark_their_value(redactor: Redactor, key: str) -> None:
    [out] = redactor.redact_values([{key: "4500840", "note": "fine"}])
    assert out[key].startswith("<PHONE_NUMBER")
    assert out["note"] == "fine"


def test_values_about_a_phone_are_not_phone_numbers(redactor: Redactor) -> None:
    value = {"phone_verified": True, "phone_type": "mobile", "mobile": False, "fax_pages": 3}
    value["caller_id"] = "svc_checkout"
    assert redactor.redact_values([value]) == [value]


def test_a_caller_named_by_name_is_left_to_the_name_rules(redactor: Redactor) -> None:
    [out] = redactor.redact_values([{"caller": "support bot", "to_number": "+14155552671"}])
    assert out["caller"] == "support bot" and out["to_number"].startswith("<PHONE_NUMBER")


def test_a_phone_among_words_under_a_phone_key_is_found_in_the_text(redactor: Redactor) -> None:
    [out] = redactor.redact_values([{"phone": "call 0171 2345678 after 5pm"}])
    assert "2345678" not in out["phone"] and out["phone"].endswith("after 5pm")


@pytest.mark.parametrize("key", ["address", "direccion", "endereço", "anschrift", "logradouro", "calle"])
def test_address_keys_mark_words_with_spaces(redactor: Redactor, key: str) -> None:
    [out] = redactor.redact_values([{key: "Queen Street 14", "note": "fine"}])
    assert out[key] == "<STREET_ADDRESS_1>" and out["note"] == "fine"


def test_an_address_key_over_a_server_mail_or_wallet_is_not_a_street(redactor: Redactor) -> None:
    values = [{"address": "localhost:9092"}, {"address": "0x52908400098527886E0F7030069857D2E4169EE7"}]
    assert redactor.redact_values(values) == values


@pytest.mark.parametrize("key", ["house_number", "houseNumber", "hausnummer", "huisnummer", "numero_exterior"])
def test_a_house_number_kept_apart_from_its_street_is_part_of_the_address(redactor: Redactor, key: str) -> None:
    [out] = redactor.redact_values([{"street": "Jervois Road", key: "3/129", "quantity": "3"}])
    assert out == {"street": "<STREET_ADDRESS_1>", key: "<STREET_ADDRESS_2>", "quantity": "3"}


def test_a_geocoders_street_is_named_by_its_house_number_or_its_type(redactor: Redactor) -> None:
    flat = {"route": "Harbor Way", "street_number": "3845", "postal_code": "78701"}
    tagged = [{"long_name": "Harbor Way", "short_name": "Harbor Way", "types": ["route"]}]
    out = redactor.redact_values([flat, tagged])
    assert "Harbor Way" not in str(out) and out[0]["postal_code"] == "78701"


def test_route_and_via_without_a_house_number_are_not_streets(redactor: Redactor) -> None:
    values = [{"route": "/api/v1/users", "method": "GET"}, {"flight": {"route": "LHR-JFK", "via": "Dublin"}}]
    assert redactor.redact_values(values) == values


@pytest.mark.parametrize(("key", "place"), [("city", "Austin"), ("locality", "Hamilton"), ("shipping_city", "Jackson")])
def test_a_place_under_a_place_key_is_no_person(redactor: Redactor, key: str, place: str) -> None:
    [out] = redactor.redact_values([{"name": "Austin Reyes", key: place, "zip": "78701"}])
    assert out == {"name": "<PERSON_1>", key: place, "zip": "78701"}


def test_a_sentence_under_a_place_key_is_still_read(redactor: Redactor) -> None:
    [out] = redactor.redact_values([{"city": "call Jane Doe at 555 0101"}])
    assert "Jane" not in out["city"] and "0101" not in out["city"]
