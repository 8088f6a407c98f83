"""Words that describe a password instead of being one, per language: "the password is *wrong*".

After "the password is", "la contraseña es", "das Passwort ist", people either give the password or say
something about it. What they say about it is a small, closed vocabulary: function words (spaCy's stop
words), adjectives of state (wrong, expired, weak, required...) and participles (changed, cambiada,
geändert, modifié). Any other word there is taken for the password itself, dictionary word or not:
"my password is bluebird" is how people write their passwords.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Adjectives and adverbs that describe a password, not participles (those go by their endings below).
_DESCRIPTORS: dict[str, str] = {
    "en": (
        "wrong incorrect invalid valid correct right weak strong secure insecure safe unsafe optional mandatory"
        " missing empty blank different identical same new old current previous temporary default long short"
        " simple easy hard complex random unique common generic known unknown public private confidential"
        " sensitive secret important fine good great bad ok okay perfect terrible awful case-sensitive"
        " case-insensitive lost personal ready available pending necessary useless predictable obvious stale"
        " sufficient insufficient inconsistent irrelevant too very really quite still already"
        " also not never always usually probably definitely just only required expired invalid unchanged"
        " unset null none nil empty mine yours his hers ours theirs fake dummy sample example placeholder"
        " same one something somewhere there here below above attached inside within elsewhere unavailable"
        " incorrectly wrongly reset set sent shown given known written hidden forgotten chosen stolen taken"
        " broken frozen gone done being kept shared lost unset twice once instead anyway either"
        " case plain plaintext cleartext"
    ),
    "es": (
        "incorrecta incorrecto inválida inválido válida válido correcta correcto errónea erróneo débil fuerte"
        " segura seguro insegura inseguro obligatoria obligatorio opcional necesaria necesario vacía vacío"
        " distinta distinto diferente igual misma mismo nueva nuevo vieja viejo antigua antiguo larga largo"
        " corta corto demasiado muy temporal provisional secreta secreto privada privado mala malo buena bueno"
        " fácil difícil compleja complejo simple común única único aleatoria requerida requerido"
        " sensible intransferible confidencial bloqueado caducado olvidado cambiado vencido expirado perdido robado"
        " restablecido reseteado"
    ),
    "de": (
        "falsch richtig ungültig gültig abgelaufen zu sehr nicht noch gleich anders neu alt sicher unsicher"
        " schwach stark leer erforderlich notwendig korrekt inkorrekt geheim vergessen gesperrt unbekannt"
        " bekannt temporär vorläufig kurz lang einfach kompliziert identisch dasselbe dieselbe derselbe"
        " verkehrt abgelaufen veraltet optional pflicht obligatorisch gut schlecht okay vergeben"
        " persönlich privat vertraulich mindestens sensitiv"
    ),
    "fr": (
        "incorrect incorrecte invalide valide correct correcte faux fausse erroné erronée trop très pas faible"
        " fort forte sécurisé sécurisée vide obligatoire requis requise nouveau nouvelle ancien ancienne"
        " différent différente identique même court courte long longue temporaire provisoire secret secrète"
        " oublié oubliée expiré expirée simple facile difficile complexe bon bonne mauvais mauvaise personnel"
        " personnelle confidentiel confidentielle écrit écrite noté notée affiché affichée indiqué indiquée"
        " marqué marquée dessous ici là"
    ),
    "pt": (
        "inválida inválido válida válido incorreta incorreto correta correto errada errado expirada expirado"
        " vencida vencido fraca fraco forte segura seguro obrigatória obrigatório vazia vazio nova novo antiga"
        " antigo igual diferente muito demasiado curta curto longa longo temporária temporário provisória"
        " provisório secreta secreto fácil difícil simples pessoal intransferível confidencial"
    ),
    "it": (
        "sbagliata sbagliato errata errato scaduta scaduto non troppo molto obbligatoria obbligatorio debole"
        " forte vuota vuoto sicura sicuro nuova nuovo vecchia vecchio uguale diversa diverso corta corto lunga"
        " lungo valida valido corretta corretto temporanea temporaneo segreta segreto facile difficile"
        " semplice complessa complesso personale riservata"
    ),
    "nl": (
        "fout onjuist verkeerd ongeldig geldig juist correct verlopen vervallen zwak sterk veilig onveilig leeg"
        " verplicht vereist optioneel nieuw oud hetzelfde anders tijdelijk kort lang geheim vergeten geblokkeerd"
        " onbekend bekend simpel eenvoudig moeilijk goed slecht niet te erg heel nog al persoonlijk privé"
    ),
    "sv": (
        "fel felaktigt felaktig ogiltigt ogiltig giltigt giltig rätt korrekt utgånget utgången svagt svag starkt"
        " stark säkert säker osäkert tomt tom obligatoriskt nytt ny gammalt gammal samma annorlunda tillfälligt"
        " kort långt lång hemligt hemlig glömt glömd låst bytt ändrat ändrad okänt känt enkelt svårt bra dåligt"
        " för inte också redan fortfarande personligt privat"
    ),
    "cs": (
        "špatné špatně chybné neplatné platné správné správně nesprávné vypršelo prošlé slabé silné bezpečné"
        " nebezpečné prázdné povinné nové staré stejné jiné dočasné krátké dlouhé tajné zapomenuté zablokované"
        " změněné neznámé známé jednoduché složité dobré příliš velmi moc ještě osobní soukromé"
    ),
    "pl": (
        "złe złym błędne błędny nieprawidłowe nieprawidłowy prawidłowe poprawne niepoprawne wygasło wygasłe słabe"
        " silne bezpieczne niebezpieczne puste wymagane obowiązkowe nowe stare takie same inne tymczasowe krótkie"
        " długie tajne zapomniane zablokowane zmienione nieznane znane proste trudne dobre za zbyt bardzo jeszcze"
        " nie już osobiste prywatne"
    ),
    "tr": (
        "yanlış hatalı geçersiz geçerli doğru yanlis hatali gecersiz gecerli dogru süresi dolmuş zayıf güçlü güvenli"
        " güvensiz boş zorunlu yeni eski aynı farklı geçici kısa uzun gizli unuttum unutuldu kilitli kilitlendi"
        " değişti değiştirildi bilinmeyen basit zor iyi kötü çok daha hala hâlâ değil kişisel özel ve çalışmıyor"
    ),
}

# Endings of participles, adverbs and adjectives ("changed", "lentamente", "geändert", "modifiée").
# Only applied to dictionary words whose stem is a word too, in the language the sentence is in.
# Spanish and Portuguese password words are feminine (contraseña, clave, senha): a participle describing one
# ends in -ada/-ida ("bloqueada"); "helado", "pescado", "soldado" are nouns, and as often passwords.
_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("ed", "ing", "ly", "able", "ible", "ive", "ous", "less", "ful"),
    "es": ("ada", "ida", "adas", "idas", "mente", "ble", "bles"),
    "de": ("lich", "ig", "bar", "los", "isch"),
    "fr": ("é", "ée", "és", "ées", "ment", "ble", "ive", "if"),
    "pt": ("ada", "ida", "mente", "vel"),
    "it": ("ata", "ato", "uta", "uto", "mente", "bile"),
    "nl": ("lijk", "baar", "loos", "ig"),
    "sv": ("ade", "at", "ig", "lig", "bar"),
    "cs": ("ené", "ané", "ný", "né", "ně"),
    "pl": ("one", "ony", "ane", "any", "ło"),
    "tr": (),
}

LANGUAGES = tuple(_DESCRIPTORS)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.es.stop_words import STOP_WORDS as ES
    from spacy.lang.fr.stop_words import STOP_WORDS as FR
    from spacy.lang.it.stop_words import STOP_WORDS as IT
    from spacy.lang.nl.stop_words import STOP_WORDS as NL
    from spacy.lang.pt.stop_words import STOP_WORDS as PT
    from spacy.lang.sv.stop_words import STOP_WORDS as SV

    # Czech stop words are left out: spaCy's list holds words short passwords are made of ("tak", "ano").
    return frozenset().union(EN, ES, DE, FR, PT, IT, NL, SV)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    # Chat drops accents ("es debil", "esta bloqueada"): both spellings describe.
    words = [word for words in _DESCRIPTORS.values() for word in words.split()]
    return frozenset(words) | {_unaccented(word) for word in words}


def is_function_word(word: str) -> bool:
    """A stop word of any of the languages ("see", "not", "la", "nicht")."""
    return word.casefold() in _stop_words()


# What a participle, adverb or adjective stem may be in the dictionary as: "chang|ed" -> "change",
# "happi|ly" -> "happy", "stopp|ed" -> "stop", "bloque|ada" -> "bloquear", "modifi|é" -> "modifier".
_STEM_ENDINGS = ("", "e", "ar", "er", "ir", "are", "ere", "ire", "en", "n")


def _has_dictionary_stem(stem: str) -> bool:
    from redaction.recognizers._word_lists import common_words

    if len(stem) < 3:
        return False
    words = common_words()
    candidates = [stem + ending for ending in _STEM_ENDINGS]
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")
    if len(stem) > 3 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    return any(candidate in words for candidate in candidates)


def describes_password(word: str, languages: tuple[str, ...], plain: bool) -> bool:
    """``word`` says something about a password in one of ``languages`` instead of being it.

    ``plain``: the word is a dictionary word, so its ending may be read as a participle or adverb, when
    what is left is a word too: "changed" describes, "butterfly", "olive", "ensalada" and "König" do not.
    """
    folded = word.casefold()
    if folded in _descriptors() or is_function_word(folded):
        return True
    if not plain:
        return False
    # geändert (ändern), gesperrt (sperren); Dutch gewijzigd, veranderd (ver- has no "ge": listed above)
    german = "de" in languages and folded.endswith(("t", "en"))
    germanic = german or ("nl" in languages and folded.endswith(("d", "t", "en")))
    if folded.startswith("ge") and germanic:
        if "nl" in languages and len(folded) > 5:
            return True  # Dutch stems are not in the dictionary: "gewijzigd", "gereset", "gehackt"
        if _has_dictionary_stem(folded[2:-2] if folded.endswith("en") else folded[2:-1]):
            return True
    for lang in languages:
        for ending in _ENDINGS[lang]:
            if folded.endswith(ending) and len(folded) > 4 and _has_dictionary_stem(folded[: -len(ending)]):
                return True
    return False
