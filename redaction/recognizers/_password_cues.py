"""Words that announce a password or a user name, shared by the prose and pair recognizers.

Languages: en/es/de/fr/pt/it/nl, and sv/cs (their cue words and copulas).
"""

from __future__ import annotations

import regex

STRONG = (
    r"(?:password|passwd|pass\s?phrase|passcode|passwort|kennwort|contraseña|contrasena|senha"
    r"|mot\s+de\s+passe|mdp|parola\s+d'ordine|palavra[-\s]passe"
    # access codes and secret words: clave de acceso, código de acesso, Zugangscode, code d'accès
    r"|clave\s+(?:de\s+acceso|secreta)|c[óo]digo\s+de\s+ac?ces?so|zugangscode|codewort|code\s+d'acc[èe]s"
    r"|codice\s+(?:di\s+)?accesso|palabra\s+(?:clave|secreta)|parola\s+chiave|access\s+code"
    # "la clave del wifi", "clave de mi correo": the key of a thing one logs in to ("la clave del éxito" is not)
    r"|clave\s+(?:del?|de\s+mi|de\s+la)\s+(?:wifi|wi-fi|correo|banco|red|router|cuenta|email|e-mail|app|sistema|portal"
    r"|servidor|usuario|tarjeta|cajero|celular|m[óo]vil|tel[ée]fono|compu|computadora|ordenador|pc|laptop|port[áa]til"
    r"|instagram|facebook|netflix|afip|sat|gmail|outlook|hotmail|icloud|steam|tienda|trabajo|oficina)"
    r"|(?:unlock|door|gate|alarm)\s+code|code\s+to\s+(?:unlock|open|get\s+in)"
    # "la contra es X" (Spanish slang, with its article: "en contra de" is not), "la pass del instagram"
    r"|(?:la|mi|tu|su|nueva|una)\s+(?:contra|pass)(?=\s)|(?<!\ben\s)contra(?=\s+del?\s)"
    # German compounds: Initialpasswort, WLAN-Kennwort; passphrases in es/pt/de
    r"|(?:initial|einmal|start|wlan|wifi|router|admin|e?-?mail|konto|master|haupt)-?(?:passwort|kennwort)"
    r"|frase\s+(?:de\s+acce?sso|secreta)|palavra\s+secreta|geheimwort|secret\s+(?:word|phrase)|phrase\s+secr[èe]te|wachtzin"
    # Dutch; the Wi-Fi's key in any of these languages ("wifi-code", "code wifi", "WLAN-Schlüssel", "clé wifi")
    r"|wachtwoord|toegangscode|inlogcode|(?:wi-?fi|wlan)[-\s]?(?:code|key|pass|schlüssel|sleutel)|(?:code|cl[ée])\s+(?:du\s+)?wi-?fi"
    # Swedish (lösenordet: "the password"), Danish/Norwegian, Czech and Slovak (heslo, heslem, hesla)
    r"|lösenord(?:et)?|losenord(?:et)?|adgangskode[nr]?|passord(?:et)?|hesl(?:o|a|em)"
    # Polish and Turkish (hasło, şifrem: "my password"), which also have their own rules (password_world)
    r"|has[łl]o|[şs]ifre(?:m|niz|si)?"
    # as people mistype or shorten it
    r"|pass\s+word|pasword|passowrd|pswd|p/w)"
)
# Short words that are also verbs or ordinary nouns ("pass this on", "la clave del éxito"): only with
# a copula or ":" right after them, or (pw, pwd) right before the value.
WEAK = r"(?:pass|pwd|pw|pin|clave|ww)"  # ww: wachtwoord
COPULA = (
    r"(?:(?<!\p{L})(?:is|was|es|era|fue|foi|ist|war|lautet|luidt|wordt|heißt|heisst|é|est|c['’]est|c['’]était|è|será|sería|seria|sarà|wird"
    r"|är|var|blir|je|bylo|bude"
    r"|(?:would|will|used\s+to)\s+be|has\s+been)(?!\p{L})[ \t]*:?|(?<=\p{L})['’]s(?!\p{L})"
    r"|=>?|:(?!/)|->|→|[-–—](?=[ \t]))"
)
# The whole token up to the next space: random passwords hold any symbol ("aB3;x!9z", "k)p,Q7'w");
# the sentence's own trailing marks are stripped afterwards (strip_sentence_end).
# It stops before the next key of a key=value list ("Password=X;Encrypt=True", "pw=X&user=bob").
CANDIDATE = r"(?P<value>(?:(?![;&,|][ \t]*[\w.-]+[ \t]*=)\S){4,128})"
QUOTE = r"[\"'`“‘«]?"
USER = (
    r"(?:user(?:name)?|login|usuario|benutzer(?:name)?|zugang(?:sdaten)?|creds?|credentials|credenciales"
    r"|utilisateur|utente|usuário|identifiant|credenziali|användare|användarnamn|inloggning|brukernavn|brugernavn"
    r"|uživatel|přihlášení|přihlašovací\s+(?:jméno|údaje)"
    # Dutch: "inlog: jan / X", "gebruikersnaam", "inloggegevens"
    r"|inlog(?:gegevens|naam)?|gebruiker(?:snaam)?"
    # Polish and Turkish: "nazwa użytkownika", "kullanıcı adı"
    r"|u[żz]ytkownik|nazwa\s+u[żz]ytkownika|kullan[ıi]c[ıi](?:\s+ad[ıi](?:m|n[ıi]z)?)?)"
)
AND = r"(?:[ \t]+(?:and|y|und|et|e)[ \t]+|[ \t]*[&/,:][ \t]*)"
# Not the second half of "user and password: bob / X" (the pair rules read that one); but a chat speaker's
# label may open the line ("user: the password is X").
NOT_SECOND_OF_PAIR = (
    rf"(?<!\p{{L}})(?:(?<!{USER}{AND})|(?<=(?:^|\n)[ \t]*(?:user|usuario|usuário|benutzer|utente)[ \t]*:[ \t]*))"
)
# Nouns that make "password X" a thing about passwords: "the password manager is Bitwarden".
ABOUT = (
    r"(?:manager|policy|policies|polic|reset|field|length|strength|requirement|rule|hint|change|expir|complexity"
    r"|history|page|form|link|prompt|dialog|box|screen|vault|file|setting|option|attempt|error|check|hash|stor"
    r"|generator|recovery|protect|format|rotation|auth|login|logon|sign|access|entry|input|less|based|only"
    r"|richtlinie|länge|política|longitud|gestor|règle|longueur)"
)
ABOUT_WORD = regex.compile(rf"^{ABOUT}\p{{L}}*$", regex.IGNORECASE)
# Up to four words between the password word and the copula: "for admin", "del wifi", "für den Server",
# "for https://vpn.example.com" (a colon or full stop inside a word belongs to it; one ending it ends the sentence).
# A modal or a verb of requirement makes it a rule about passwords: "Password must contain: uppercase, ...".
_RULE_VERB = (
    r"(?:must|should|can|cannot|can't|will|needs?|requires?|has|have|contains?|debe|tiene|muss|soll|hat|doit"
    r"|deve|tem|contiene|enthält|contient)"
)
BRIDGE = (
    rf"(?:[ \t]+(?!(?:is|was|es|ist|lautet|é|est|è|{_RULE_VERB})\b|{ABOUT})"
    r"(?:[^\s:=.!?]|[:.!?](?=[^\s:=])){1,60}){0,4}?"
)
# Markdown and HTML around a label: "**Password:** X", "**Password**: X", "<b>Password:</b> X".
_MARKUP = r"(?:\*\*|__|\*|</?[a-z]{1,6}>)"
# Which one of them it is: "la clave nueva es X", "mi pin actual es X" (a weak word takes no other bridge).
_WHICH = (
    r"(?:nueva|nuevo|nova|novo|nuova|nouveau|nouvelle|neue|neues|new|actual|atual|attuale|actuelle|aktuelle|current"
    r"|provisional|provis[óo]ria|temporal|tempor[áa]ria|temporanea|temporary|vieja|antigua|antiga|vecchia|old)"
)
# Abbreviations take a bridge too ("pw for the router is X"); the verbs among the weak words do not.
CUE = (
    rf"(?P<cue>(?:{STRONG}|pw|pwd)(?!\p{{L}}){BRIDGE}|{WEAK}(?!\p{{L}})(?:[ \t]+{_WHICH}(?!\p{{L}}))?)"
    rf"{_MARKUP}?[ \t]*,?[ \t]*(?P<copula>{COPULA})(?:[ \t]*{_MARKUP})?"
)
