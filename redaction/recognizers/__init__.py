"""Recognizers: Presidio's predefined ones tracecase uses, plus its own (one module each).

:data:`RECOGNIZERS` is the registry: entity-independent factories by name. The engine builds
every registered recognizer whose entities are not all disabled.
"""

from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    CryptoRecognizer,
    UkNinoRecognizer,
    UsItinRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)

from redaction.recognizers.access_codes import AccessCodeRecognizer
from redaction.recognizers.acting_names import ActingNameRecognizer
from redaction.recognizers.api_keys import api_key_recognizer
from redaction.recognizers.aws import aws_access_key_recognizer, aws_secret_key_recognizer
from redaction.recognizers.bearer import bearer_token_recognizer
from redaction.recognizers.command_line_secrets import CommandLineSecretRecognizer
from redaction.recognizers.date_of_birth import date_of_birth_recognizer
from redaction.recognizers.encoded_email import EncodedEmailRecognizer
from redaction.recognizers.github import github_token_recognizer
from redaction.recognizers.iban import CaseInsensitiveIbanRecognizer
from redaction.recognizers.ip_address import VersionAwareIpRecognizer
from redaction.recognizers.jwt import jwt_recognizer
from redaction.recognizers.name_pairs import NamePairRecognizer
from redaction.recognizers.national_ids import (
    cued_ssn_recognizer,
    es_nie_recognizer,
    es_nif_recognizer,
    it_fiscal_code_recognizer,
)
from redaction.recognizers.nhs import GroupedNhsRecognizer
from redaction.recognizers.offline_email import OfflineEmailRecognizer, offline_extractor
from redaction.recognizers.password_assignment import password_assignment_recognizer, secret_assignment_recognizer
from redaction.recognizers.password_calls import LoginCallPasswordRecognizer
from redaction.recognizers.password_later import LaterPasswordRecognizer
from redaction.recognizers.password_pairs import CredentialPairRecognizer
from redaction.recognizers.password_phrases import PassphraseRecognizer
from redaction.recognizers.password_prose import ProsePasswordRecognizer
from redaction.recognizers.password_world import WorldPasswordRecognizer, names_a_secret
from redaction.recognizers.payment_card import PaymentCardRecognizer
from redaction.recognizers.person_cues import PersonCueRecognizer
from redaction.recognizers.phone import PhoneNumberRecognizer
from redaction.recognizers.private_key import private_key_recognizer
from redaction.recognizers.script_names import ScriptNameRecognizer, is_cjk_service_talk
from redaction.recognizers.spelled_email import SpelledEmailRecognizer
from redaction.recognizers.spoken_numbers import SpokenNumberRecognizer
from redaction.recognizers.ssn_on_topic import SsnOnTopicRecognizer
from redaction.recognizers.street_address import street_address_recognizer
from redaction.recognizers.street_fields import StreetFieldRecognizer
from redaction.recognizers.structured_names import StructuredNameRecognizer
from redaction.recognizers.trailing_name import TrailingNameRecognizer
from redaction.recognizers.transcript_speakers import TranscriptSpeakerRecognizer, in_transcript, repeated_senders
from redaction.recognizers.url_credentials import url_credentials_recognizer
from redaction.recognizers.usernames import UsernameRecognizer
from redaction.recognizers.vanity_phone import VanityPhoneRecognizer
from redaction.recognizers.world_names import WorldNameRecognizer

RecognizerFactory = Callable[[tuple[str, ...]], EntityRecognizer]
"""Builds a recognizer; receives the configured cue languages."""

RECOGNIZERS: dict[str, RecognizerFactory] = {
    # Presidio's predefined recognizers (regex + checksum), English context words.
    "us_ssn": lambda _: UsSsnRecognizer(),
    "cued_ssn": lambda _: cued_ssn_recognizer(),
    "ssn_on_topic": lambda _: SsnOnTopicRecognizer(),
    "us_itin": lambda _: UsItinRecognizer(),
    "us_passport": lambda _: UsPassportRecognizer(),
    "uk_nhs": lambda _: GroupedNhsRecognizer(),
    "uk_nino": lambda _: UkNinoRecognizer(),
    "email": lambda _: OfflineEmailRecognizer(),
    "spelled_email": lambda _: SpelledEmailRecognizer(),
    "encoded_email": lambda _: EncodedEmailRecognizer(),
    "ip": lambda _: VersionAwareIpRecognizer(),
    "iban": lambda _: CaseInsensitiveIbanRecognizer(),
    "crypto": lambda _: CryptoRecognizer(),
    # Presidio's Spanish/Italian checksum-validated ids, run in the English pipeline.
    "es_nif": lambda _: es_nif_recognizer(),
    "es_nie": lambda _: es_nie_recognizer(),
    "it_fiscal_code": lambda _: it_fiscal_code_recognizer(),
    # tracecase's own.
    "credit_card": lambda _: PaymentCardRecognizer(),
    "phone": lambda _: PhoneNumberRecognizer(),
    "vanity_phone": lambda _: VanityPhoneRecognizer(),
    "spoken_numbers": lambda _: SpokenNumberRecognizer(),
    "aws_access_key": lambda _: aws_access_key_recognizer(),
    "aws_secret_key": lambda _: aws_secret_key_recognizer(),
    "github_token": lambda _: github_token_recognizer(),
    "api_key": lambda _: api_key_recognizer(),
    "jwt": lambda _: jwt_recognizer(),
    "bearer_token": lambda _: bearer_token_recognizer(),
    "private_key": lambda _: private_key_recognizer(),
    "url_credentials": lambda _: url_credentials_recognizer(),
    "password_assignment": lambda _: password_assignment_recognizer(),
    "secret_assignment": lambda _: secret_assignment_recognizer(),
    "password_prose": lambda _: ProsePasswordRecognizer(),
    "date_of_birth": lambda _: date_of_birth_recognizer(),
    "street_address": lambda _: street_address_recognizer(),
    "street_fields": lambda _: StreetFieldRecognizer(),
    "person_cues": PersonCueRecognizer,
    "trailing_name": lambda _: TrailingNameRecognizer(),
    "structured_names": lambda _: StructuredNameRecognizer(),
    "transcript_speakers": lambda _: TranscriptSpeakerRecognizer(),
    "script_names": lambda _: ScriptNameRecognizer(),
    "usernames": lambda _: UsernameRecognizer(),
    "name_pairs": lambda _: NamePairRecognizer(),
    "world_names": lambda _: WorldNameRecognizer(),
    "acting_names": lambda _: ActingNameRecognizer(),
    "command_line_secrets": lambda _: CommandLineSecretRecognizer(),
    "password_pairs": lambda _: CredentialPairRecognizer(),
    "password_phrases": lambda _: PassphraseRecognizer(),
    "access_codes": lambda _: AccessCodeRecognizer(),
    "password_later": lambda _: LaterPasswordRecognizer(),
    "password_world": lambda _: WorldPasswordRecognizer(),
    "password_calls": lambda _: LoginCallPasswordRecognizer(),
}

__all__ = [
    "RECOGNIZERS",
    "OfflineEmailRecognizer",
    "PersonCueRecognizer",
    "RecognizerFactory",
    "in_transcript",
    "is_cjk_service_talk",
    "names_a_secret",
    "offline_extractor",
    "repeated_senders",
]
