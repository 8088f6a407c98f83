"""Passwords as people choose them and as people tell them, in the languages of the corpus."""

from __future__ import annotations

import random
import string

from bench.redaction.corpus.model import Label

from .core import lab, rand

ENTITY = "PASSWORD_ASSIGNMENT"
WORDS = [
    "Sommer",
    "Winter",
    "Hunter",
    "Dragon",
    "Monkey",
    "Welcome",
    "Bienvenue",
    "Primavera",
    "Verano",
    "Sunshine",
    "Fussball",
    "Calcio",
    "Lato",
    "Zomer",
    "Tigre",
    "Garfield",
    "Chelsea",
    "Barcelona",
    "Mercedes",
    "Shadow",
    "Bella",
    "Lukas",
    "Marta",
    "Admin",
    "Passw0rd",
    "Qwerty",
    "Azerty",
    "Haslo",
    "Senha",
    "Kennwort",
]
SYMBOLS = "!?#$%*@&.+-_="
ALNUM = string.ascii_letters + string.digits
PASSPHRASE = [
    "correct",
    "horse",
    "battery",
    "staple",
    "purple",
    "monkey",
    "dishwasher",
    "river",
    "castle",
    "orange",
    "tiger",
    "cloud",
    "pepper",
    "violin",
    "granite",
    "otter",
]
UNICODE = [
    "Müller#1987",
    "Zażółć!2023",
    "Señor.Gato77",
    "Ça-va-2024!",
    "Straße99!",
    "Pão&Queijo8",
    "Łódź2020!",
    "Årstid#42",
    "Ölçü*2019",
]


def password_value(rng: random.Random, safe: bool = False) -> tuple[str, str]:
    """(password, shape). ``safe`` passwords hold no quote, backslash, '&', '<', '>', '$' or space."""
    roll = rng.random()
    if roll < 0.35:
        word = rng.choice(WORDS)
        value, shape = (
            word
            + str(rng.choice([1, 2, 7, 12, 123, 2019, 2023, 2024, 2025, 99]))
            + rng.choice(["", "!", "#", "?", "."]),
            "word+digits",
        )
    elif roll < 0.6:
        value, shape = rand(rng, ALNUM * 3 + SYMBOLS, rng.randint(12, 24)), "random"
    elif roll < 0.7:
        value, shape = rand(rng, "c", rng.randint(8, 14)), "alnum"
    elif roll < 0.78 and not safe:
        value, shape = " ".join(rng.sample(PASSPHRASE, 4)), "passphrase"
    elif roll < 0.85:
        value, shape = rng.choice(UNICODE), "unicode"
    elif roll < 0.92:
        value, shape = "-".join(rng.sample(PASSPHRASE, 3)) + str(rng.randint(1, 99)), "dashed-words"
    else:
        value, shape = rng.choice(["Tr0ub4dor&3", "P@ssw0rd2024", "hunter2", "letmein!23", "iloveyou2"]), "classic"
    if safe:
        value = "".join(ch for ch in value if ch not in "\"'\\&<>$ ") or "x7Kq9"
    if value.isdigit() or len(value) < 6:
        value += "Xy9!"
    return value, shape


PROSE: dict[str, list[str]] = {
    "en": [
        "my password is {p}",
        "pw: {p}",
        "the password for the admin account is now {p}",
        "login is {u} / {p}",
        "user {u} pass {p}",
        "creds: {u}:{p}",
        "password → {p}",
        "I changed it to {p} yesterday",
        'the wifi password is "{p}"',
        "password:\n{p}",
        "Password: {p}",
        "temporary password '{p}', please change it",
        "it's {p} (capital first letter)",
        "pwd={p}",
        "sign in with {u} and the password {p}.",
    ],
    "es": [
        "mi contraseña es {p}",
        "contraseña: {p}",
        "clave: {p}",
        "usuario {u} y clave {p}",
        'la contraseña del wifi es "{p}"',
        "pass: {p}",
        "te paso la contraseña:\n{p}",
        "la clave nueva es {p}.",
    ],
    "de": [
        "das Passwort lautet {p}",
        "Passwort: {p}",
        "PW: {p}",
        "Kennwort {p}",
        "mein Passwort ist {p}",
        "Zugangsdaten: {u} / {p}",
        'Benutzer {u}, Passwort "{p}"',
        "Passwort:\n{p}",
        "das neue Kennwort ist {p}.",
    ],
    "fr": [
        "mot de passe : {p}",
        "mon mot de passe est {p}",
        "mdp: {p}",
        "identifiant {u} et mot de passe {p}",
        "le mot de passe du wifi est « {p} »",
        "MDP : {p}",
        "voici le mot de passe :\n{p}",
    ],
    "pt": [
        "senha {p}",
        "minha senha é {p}",
        "senha: {p}",
        "login {u} senha {p}",
        'a senha do wifi é "{p}"',
        "segue a senha:\n{p}",
        "a nova senha é {p}.",
    ],
    "it": ["la password è {p}", "password: {p}", "pwd {p}", "credenziali: {u} / {p}", 'la nuova password è "{p}"'],
    "nl": ["wachtwoord: {p}", "mijn wachtwoord is {p}", "ww: {p}", "inlog: {u} / {p}", 'het wachtwoord is "{p}"'],
    "pl": ["hasło: {p}", "moje hasło to {p}", "login {u}, hasło {p}", 'hasło do wifi to "{p}"'],
    "sv": ["lösenord: {p}", "lösenordet är {p}", "användare {u}, lösenord {p}"],
    "tr": ["şifre: {p}", "şifrem {p}", "parola: {p}", "kullanıcı adı {u} şifre {p}"],
    "cs": ["heslo: {p}", "moje heslo je {p}", "přihlášení {u} / {p}"],
    "da": ["adgangskode: {p}", "kodeordet er {p}"],
    "el": ["κωδικός: {p}", "ο κωδικός είναι {p}"],
}


def password(rng: random.Random, lang: str, *tags: str, safe: bool = False) -> Label:
    value, shape = password_value(rng, safe)
    return lab(ENTITY, value, shape, *tags)


def prose(rng: random.Random, lang: str, user: str) -> tuple[Label, str]:
    """(label, phrase) of a person telling a password in ``lang``."""
    tmpl = rng.choice(PROSE.get(lang, PROSE["en"]))
    value, shape = password_value(rng, safe=tmpl.count('"') > 0 or ":{p}" in tmpl)
    return lab(ENTITY, value, "prose", lang, shape), tmpl.format(p=value, u=user)
