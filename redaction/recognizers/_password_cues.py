"""Words that announce a password or a user name, shared by the prose and pair recognizers (en/es/de/fr/pt/it)."""

from __future__ import annotations

STRONG = (
    r"(?:password|passwd|pass\s?phrase|passcode|passwort|kennwort|contraseña|contrasena|senha"
    r"|mot\s+de\s+passe|mdp|parola\s+d'ordine)"
)
# Short words that are also verbs or ordinary nouns ("pass this on", "la clave del éxito"): only with
# a copula or ":" right after them, or (pw, pwd) right before the value.
WEAK = r"(?:pass|pwd|pw|pin|clave)"
COPULA = (
    r"(?:(?<!\p{L})(?:is|was|es|era|ist|war|lautet|é|est|è|would\s+be)(?!\p{L})[ \t]*:?|(?<=\p{L})['’]s(?!\p{L})"
    r"|=>?|:(?!/)|->|→|[-–—](?=[ \t]))"
)
CANDIDATE = r"(?P<value>[^\s\"'`,;)}\]]{4,128})"
QUOTE = r"[\"'`“‘«]?"
USER = (
    r"(?:user(?:name)?|login|usuario|benutzer(?:name)?|zugang(?:sdaten)?|creds?|credentials|credenciales"
    r"|utilisateur|utente|usuário|identifiant)"
)
AND = r"(?:[ \t]+(?:and|y|und|et|e)[ \t]+|[ \t]*[&/,:][ \t]*)"
