"""PINs and the codes of locks, written in prose: ``el pin del celular es 280391``, ``o código do portão é
1408#``, ``the garage code is 1357``, ``der Code für die Haustür ist 2468``, ``la clave de mi tarjeta era 0711``.

A PIN is a secret whatever it unlocks; a "code" or "clave" is one only when what it opens is a lock, a door,
a card or a phone (``el código del producto es 12345`` is a product's). The value starts with a digit and is
short: PINs and keypad codes, not passwords (those are :mod:`password_prose`'s).
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers.password_later import alternatives_after

# What a secret code opens, in en/es/pt/de (Italian and Dutch PINs go by "pin" alone).
_LOCKED = (
    r"(?:alarma?|alarme|portal|puerta|port[ãa]o|portaria|candado|cadeado|caja\s+fuerte|cofre|garaje|garagem|garage"
    r"|edificio|pr[ée]dio|entrada|tarjeta|cart[ãa]o|celular|m[óo]vil|tel[ée]fono|telefone|chip|sim|cajero|caixa"
    r"|bici(?:cleta)?|moto|casillero|locker|lock|safe|gate|door|keypad|building|card|phone|bike|haust[üu]r|t[üu]r"
    r"|tor|alarmanlage|schloss|tresor|karte|handy|fahrradschloss|wohnung|apartamento|departamento|app\s+del\s+banco"
    # fr/it: "le code de la porte", "il codice del portone"
    r"|porte|portail|immeuble|coffre(?:-fort)?|cadenas|carte|bo[îi]te|portone|cancello|cassaforte|lucchetto|carta"
    r"|citofono|lockbox|key\s*safe|key\s*box"
    # pl: "kod do drzwi", "kod do bramy", "PIN do karty"
    r"|drzwi|bramy|domofonu|sejfu|karty|telefonu|skrytki)"
)
_OF = r"(?:d(?:el?|o|a|er|es|ella|ello|i)|dell['’]|of|for|to|für|zu[rm]?|van|od)"
_ARTICLE = r"(?:(?:la|el|mi|tu|su|my|your|the|o|a|meu|minha|die|den|das|der|meine?[nm]?|deine?[nm]?|de|het|mijn|uw)\s+)"
# "seine PIN sei 5715", "il PIN del bancomat è 23131", "c'est 4821", "luidt 1796"
_COPULA = r"(?:is|was|es|era|ist|war|lautet|sei|wäre|é|è|est|c['’]est|luidt|to|jest|:|=)"
_OPENER = (
    rf"(?:(?:pin|nip|pincode|pin-code)(?:\s+{_OF}\s+{_ARTICLE}?\p{{L}}+(?:\s+{_OF}\s+{_ARTICLE}?\p{{L}}+)?)?"
    # one-time and recovery codes unlock an account: "my recovery code is 8288-9093"
    r"|(?:recovery|backup|verification|2fa|mfa|otp|one[- ]time)\s+codes?"
    # a door's keypad code and a lock's combination by their own names: "le digicode c'est 151558", "combo is 6319"
    r"|digicode|combo|lock\s+combo"
    rf"|(?:c[óo]digo|codice|code|kod|clave|contra|senha|combinaci[óo]n|combina[çc][ãa]o|combination|zahlenkombination)"
    rf"\s+{_OF}\s+{_ARTICLE}?{_LOCKED}(?:\s+{_OF}\s+{_ARTICLE}?\p{{L}}+)?"
    rf"|{_LOCKED}\s+(?:code|pin|combination)|(?:t[üu]r|haust[üu]r|tor|alarm|garagen|tresor|zugangs|toegangs|deur)code)"
)
_ACCESS_CODE = regex.compile(
    rf"(?<!\p{{L}}){_OPENER}(?!\p{{L}})[ \t]*{_COPULA}?[ \t]*(?:(?:still|now|ahora|agora|jetzt|noch)[ \t]+)?"
    # PINs and keypad codes are short: a ten-digit "NIP" is a Polish tax number
    r"[\"'`“‘«]?(?P<value>\d[\dA-Za-z#*]{2,7}(?:-[\dA-Za-z]{3,8}){0,3})(?![\w#*]|[.,:/-]\d)",
    regex.IGNORECASE,
)


class AccessCodeRecognizer(CodeRecognizer):
    """PASSWORD: a PIN, or the code of a lock, door, card or phone."""

    ENTITY = "PASSWORD"
    NAME = "AccessCodeRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = [match.span("value") for match in _ACCESS_CODE.finditer(text)]
        spans += alternatives_after(text, spans)
        return [make_result(self, self.NAME, self.ENTITY, span, 0.75) for span in spans]
