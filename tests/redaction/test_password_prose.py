"""Passwords written in sentences (en/es/de/fr/pt), and the sentences about passwords that stay."""

from __future__ import annotations

import pytest

from redaction.recognizers.password_pairs import CredentialPairRecognizer
from redaction.recognizers.password_phrases import PassphraseRecognizer
from redaction.recognizers.password_prose import ProsePasswordRecognizer

FOUND = [
    ("my password Pirate2015! please", ["Pirate2015!"]),
    ("pw is hunter22.", ["hunter22"]),
    ("the password for admin is Sunflower#9, thanks", ["Sunflower#9"]),
    ("the password is correcthorsebatterystaple", ["correcthorsebatterystaple"]),
    ("new password: Tr0ub4dor&3.", ["Tr0ub4dor&3"]),
    ("pass: Qwerty!23", ["Qwerty!23"]),
    ("PIN is 4821", ["4821"]),
    ("contraseña: gato1234", ["gato1234"]),
    ("mi contraseña es Perro2020.", ["Perro2020"]),
    ("la contraseña del wifi es casaverde", ["casaverde"]),
    ("das Passwort lautet Sommer2023!", ["Sommer2023!"]),
    ("Passwort ist Geheim99", ["Geheim99"]),
    ("mot de passe : Soleil2022", ["Soleil2022"]),
    ("a senha é abc12345", ["abc12345"]),
    ("user jdoe / Winter24!", ["Winter24!"]),
    ("login: admin / hunter2", ["hunter2"]),
    ("I changed my password to Blue#Moon7 yesterday", ["Blue#Moon7"]),
    ("use Hunter2024! as the password", ["Hunter2024!"]),
    ("Kestrel88 is my new password", ["Kestrel88"]),
    ("Sommer2023 ist mein Passwort", ["Sommer2023"]),
    ("cambié la contraseña a Gato1234", ["Gato1234"]),
    ("password was reset to Xy12!ab", ["Xy12!ab"]),
    ("password is: Qw3rty!", ["Qw3rty!"]),
    ("Password - Zebra#44", ["Zebra#44"]),
    ("pass phrase: correct-horse-9", ["correct-horse-9"]),
    ("password (case-sensitive): Gr33n!", ["Gr33n!"]),
    # Dictionary words are passwords too when a copula gives them ("my password is bluebird").
    ("my password is bluebird", ["bluebird"]),
    ("pw is tangerine", ["tangerine"]),
    ("the wifi password is sunflower.", ["sunflower"]),
    ("la contraseña es mariposa", ["mariposa"]),
    ("mi clave es tortuga", ["tortuga"]),
    ("das Passwort lautet Schmetterling", ["Schmetterling"]),
    ("Kennwort: Apfelbaum", ["Apfelbaum"]),
    ("le mot de passe est papillon", ["papillon"]),
    ("a senha é borboleta", ["borboleta"]),
    ("la password è farfalla", ["farfalla"]),
    # Endings are read in the sentence's language: "-ada" is no participle in English.
    ("the password is ensalada", ["ensalada"]),
    # An ending counts only when what is left is a word: "butterfly" is no adverb, "olive" no adjective.
    ("my password is butterfly", ["butterfly"]),
    ("the password is olive", ["olive"]),
    ("la contraseña es limonada", ["limonada"]),
    ("das Passwort ist König", ["König"]),
    ("la clave de acceso es tortuga", ["tortuga"]),
    ("o código de acesso é 4821", ["4821"]),
    ("der Zugangscode lautet Apfelbaum", ["Apfelbaum"]),
    ("das Passwort ist immer noch Sommer2023", ["Sommer2023"]),
    ("pw for the router is tangerine", ["tangerine"]),
    ("the password, hunter22, leaked", ["hunter22"]),
    ("use the password (marigold) for now", ["marigold"]),
    ("the password is correct-horse-staple", ["correct-horse-staple"]),
    # Quoted values may hold spaces.
    ('the password is "open sesame"', ["open sesame"]),
    ("password: 'blue whale 7'", ["blue whale 7"]),
    # Both halves of a credential pair.
    ("username and password are bob and Lemon42", ["Lemon42"]),
    ("user/pass: bob/marmalade", ["marmalade"]),
    ("usuario y contraseña: ana / girasol", ["girasol"]),
    ("Benutzername und Passwort: max / Sonnenblume", ["Sonnenblume"]),
    ("user: bob, password: lemonade", ["lemonade"]),
    ("login bob pass tangerine", ["tangerine"]),
    ("usuario: ana clave: girasol", ["girasol"]),
    ("creds: admin:Adm1n2024", ["Adm1n2024"]),
    # A change verb, or the answer in the next sentence.
    ("I set the password to tulip", ["tulip"]),
    ("What's the wifi password? It's tangerine.", ["tangerine"]),
    # A verb or adjective that hands the value over; abbreviations only written before a value.
    ("use password tulip to log in", ["tulip"]),
    ("temp password marigold", ["marigold"]),
    ("pw tangerine", ["tangerine"]),
    ("my PIN 4821, thanks", ["4821"]),
    ('password "tulip" works', ["tulip"]),
    ("password => marigold", ["marigold"]),
    ("my password is purple monkey dishwasher.", ["purple monkey dishwasher"]),
    ("the password is correct horse battery staple", ["correct horse battery staple"]),
    ("the password for https://vpn.example.com is tangerine", ["tangerine"]),
    ("das Passwort heißt Schneeflocke", ["Schneeflocke"]),
    ("la contraseña será girasol", ["girasol"]),
    ("use tulip as your password", ["tulip"]),
    # Random passwords hold any symbol; only the sentence's trailing marks are left out.
    ("the password is aB3;x!9z ok", ["aB3;x!9z"]),
    ("password: k)p,Q7'w", ["k)p,Q7'w"]),
    ("user bob / Zx,9;q!", ["Zx,9;q!"]),
    ("login: admin / PASSWORD: Tr0ub4dor", ["Tr0ub4dor"]),
    # Markdown and HTML labels, key/value tables.
    ("**Password:** marigold", ["marigold"]),
    ("**Password**: marigold", ["marigold"]),
    ("<b>Password:</b> marigold", ["marigold"]),
    ("| Host | db1 |\n| Password | marigold |", ["marigold"]),
    ("Server=db;Password=Kx9;q!z;Encrypt=True;", ["Kx9;q!z"]),
    ("the password is currently marigold", ["marigold"]),
    ("Password:\n  Tr0ub4dor&3\n", ["Tr0ub4dor&3"]),
    ("my pass word is tangerine", ["tangerine"]),
    ("my password used to be bluebird", ["bluebird"]),
    ("a palavra-passe é borboleta", ["borboleta"]),
    ("login as admin / marmalade", ["marmalade"]),
    ("the credentials are bob / Lemon42", ["Lemon42"]),
    ("the password's bluebird", ["bluebird"]),
    # An unquoted passphrase filling a labelled line.
    ("Host: vpn.example.com\nPassword: purple monkey dishwasher\nPort: 443", ["purple monkey dishwasher"]),
    # The value before the word that names it, a pronoun for a password named just before, a log-in.
    ("it's Kx9#mPq2vL (the password)", ["Kx9#mPq2vL"]),
    ("he typed sunflower42 into the password field", ["sunflower42"]),
    ("I reset my password yesterday. I set it to Winter2023! but it fails", ["Winter2023!"]),
    ("Password expired, so I changed it to 'bluebird' this morning", ["bluebird"]),
    ("try logging in with Tr0ub4dor&3", ["Tr0ub4dor&3"]),
    ("creds are jdoe:hunter22", ["hunter22"]),
    ("PIN and password: 4821 / marigold", ["4821", "marigold"]),
    ("use Tr0ub4dor&3 to log in", ["Tr0ub4dor&3"]),
    ('usa "girasol" para entrar', ["girasol"]),
    ("try Kx9#mPq2vL — that's the admin password", ["Kx9#mPq2vL"]),
    ("it's sunflower42, my usual password", ["sunflower42"]),
    ("my password is probably Mariposa2019!", ["Mariposa2019!"]),
    ("the code to unlock is 4821", ["4821"]),
    ("olvidé mi contraseña, era girasol2019", ["girasol2019"]),
    ("puse perrito123 de contraseña", ["perrito123"]),
    ("la clave del wifi es girasol", ["girasol"]),
    # Masculine nouns that look like participles are values: the password words are feminine.
    ("mi contraseña es helado", ["helado"]),
    ("a senha é soldado", ["soldado"]),
]

KEPT = [
    "The password is incorrect.",
    "password reset link sent",
    "Your password must be at least 8 characters",
    "password: ********",
    "I forgot my password again",
    "reset your password via https://example.com/reset",
    "I will pass this to the team: v2.1",
    "la clave del éxito es trabajo2",
    "user guide / v2.0 docs",
    "password expired on 2024-01-01",
    "reset the password to default",
    "v2 is the password policy version",
    "the password was reset",
    "open the password-protected file",
    # What people say about a password, in each language.
    "the password is wrong",
    "my password is too short",
    "the password is case-sensitive",
    "the password is not working",
    "the password for admin is the same",
    "the password manager is Bitwarden",
    "the password has been reset",
    "password policy requires 12 characters",
    "pass the test",
    "Passwort vergessen?",
    "das Passwort ist abgelaufen",
    "das Passwort lautet anders",
    "la contraseña es incorrecta",
    "la contraseña fue cambiada",
    "la contraseña es generada automáticamente",
    "la contraseña es bloqueada",
    "the password is changeable",
    "the password is expiring",
    "das Passwort ist gesperrt",
    "le mot de passe est modifié",
    "la contraseña es demasiado corta",
    "le mot de passe est incorrect",
    "le mot de passe est expiré",
    "a senha é inválida",
    "la password è scaduta",
    "username and password are required",
    "user/pass fields are empty",
    "you need a password to access the server",
    "login: 10:30",
    "use password authentication",
    "enter the password twice",
    "the password's length is 12",
    "new password field",
    "with password protection",
    "Password: see the vault",
    "Password: reset required",
    "Password: not provided.",
    "Use a passphrase instead of a password.",
    "PASS: test_login",
    "pin the tab to the sidebar",
    "The password is stored encrypted server-side.",
    "the password is too short and too simple",
    "the password must be at least 12 characters long",
    "this is my password",
    "Password:\nUsername: bob",
    "the password has been changed",
    "pass word to the team",
    "| Password | Required |",
    "cat password.txt | grep root",
    "the password (case-sensitive) must match",
    "password, username, and email",
    "pwd returns the directory",
    "pwd is /home/bob",
    # Help-desk and knowledge-base sentences about passwords.
    "The password is case sensitive.",
    "The password is stored in plaintext.",
    "Das Passwort ist persönlich.",
    "Das Passwort ist mindestens 8 Zeichen lang.",
    "A senha é pessoal e intransferível.",
    "Le mot de passe est personnel.",
    "La contraseña es sensible a mayúsculas.",
    "Password must contain: uppercase, lowercase, digit.",
    "The password is generated automatically.",
    "The new password is effective immediately.",
    "user: bob, password: required",
    "The password policy changed; set it to 120 characters",
    "I set it to v2.1 and the password prompt vanished",
    "log in with Google",
    "login with your email",
    "it's 42 (the password length)",
    "typed hello into the search box",
    "use Google to sign in",
    "my password is like really long",
    "it is 42, the password length",
    "the unlock code was sent",
    "era importante la contraseña",
    "la contraseña está bloqueada",
    "password: bloqueado",
    "la clave del éxito es trabajo2",
]


def _all_findings(findings, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    recognizers = (ProsePasswordRecognizer(), CredentialPairRecognizer(), PassphraseRecognizer())
    found = {value for recognizer in recognizers for value in findings(recognizer, text)}
    # The engine keeps the longest of overlapping findings ("open sesame" over "open").
    return [value for value in found if not any(value != other and value in other for other in found)]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_password_in_prose(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(set(_all_findings(findings, text))) == expected


@pytest.mark.parametrize("text", KEPT)
def test_sentences_about_passwords_are_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _all_findings(findings, text) == []


def test_prose_password_through_the_redactor(redactor) -> None:  # type: ignore[no-untyped-def]
    [out] = redactor.redact_texts(["the password for the VPN is Kestrel-88 and the user is ana"])
    assert "Kestrel-88" not in out
    assert "the password for the VPN is <PASSWORD" in out
