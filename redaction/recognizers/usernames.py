"""Handles built from a person's name: ``user=siobhan.nibhriain``, ``login nguyen.thi.lan``, ``@umit.dogan``,
``CORP\\hkim``, ``ssh kwabena.mensah@bastion``, ``linkedin.com/in/umit-dogan``.

Logins and chat mentions are often the e-mail local part without the domain, so no e-mail or name
recognizer sees them. After a user cue (or an ``@`` mention), two or three letter runs joined by a dot
or an underscore are a name unless every part is a plain dictionary word ("order.service",
``feature_flags``); after a login label (``username:``) a single non-dictionary word is one too; and
anywhere a lower-case ``first.last`` pair of non-dictionary words is a handle ("umit.dogan").
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._name_words import words
from redaction.recognizers._word_lists import common_words, is_plain_word, world_names

# "zeynep.celik", "s.ramachandran", "lena-fischer", "nguyen.thi.lan"; after a cue a single word too ("oadeyemi").
_HANDLE = (
    r"(?P<handle>(?:\p{L}{2,}|\p{L}(?=[._]\p{L}{3}))(?:[._\-]\p{L}{1,}){1,2}\d{0,4}|(?P<single>\p{L}{5,20}\d{0,4}))"
    r"(?![\p{L}\d@/(]|[.\-]\p{L})"
)
_CUED = regex.compile(
    r"(?i:\b(?:user(?:name)?|login|(?:logged|signed)\s+(?:in|on)\s+as|uid|account|assignee|owner|author|reviewer"
    r"|usuario|benutzer|utilisateur|utente|by|for\s+user))(?!\p{L})[ \t]*[=:]?[ \t]*[\"']?" + _HANDLE
)
# A mention inside a line ("ping @oadeyemi"); at a line's start "@dataclass" is a decorator.
_MENTION = regex.compile(r"(?:(?<=\S[ \t]{1,4})|(?<=[(\[]))@" + _HANDLE)
# A chat message opening with a mention ("@hope can you review the PR"); not a decorator ("@dataclass\n",
# "@app.route(...)"): words follow it. A single word there is a person unless it is a plain word ("@team").
_LINE_MENTION = regex.compile(r"(?m)^[ \t]*@(?P<handle>\p{L}[\p{L}\d._\-]{1,30}?)(?=[ \t]*[,:]?[ \t]+\p{Ll})")
_PLAIN_HANDLE = r"(?P<handle>\p{L}{4,20}\d{0,4})(?![\p{L}\d@/(._\-])"
# After a login label a handle need not be dotted: "username: kmensah", "login=udogan", "reporter=tchen",
# and a JSON key's closing quote may come first ('"username": "mhernandez88"').
_LOGIN = regex.compile(
    r"(?i:\b(?:user(?:[ _]?name)?|login|handle|usuario|benutzer(?:name)?|utilisateur|assignee|reporter|requester"
    r"|owner|author|reviewer|approver|actor|(?:created|updated|modified|uploaded|submitted|requested|closed|opened"
    r"|assigned|approved|deleted)_?by)[\"']?[ \t]*[=:][ \t]*[\"']?)" + _PLAIN_HANDLE
)
# Log lines name the account without a separator: "invalid user tnguyen", "session opened for user okafor".
_ACCOUNT = regex.compile(r"(?i:\b(?:invalid|for|as|sudo\s+-u)\s+user[ \t]+)" + _PLAIN_HANDLE)
# "ssh kwabena.mensah@bastion-01": a login at a host name with no domain, which no e-mail rule reads.
_AT_HOST = regex.compile(
    r"(?<![\w.@/\-])(?P<handle>(?:\p{L}{2,}|\p{L}(?=\.))(?:[._\-]\p{L}{1,}){0,2}\d{0,4})@[\p{L}\d\-]+"
    r"(?![\p{L}\d\-]|\.[\p{L}\d])"
)
# A Windows account: "CORP\\hkim", "ACME-EU\\adeyemi.o".
_DOMAIN_ACCOUNT = regex.compile(r"\b[A-Z][A-Z\d\-]{1,14}\\(?P<handle>\p{L}[\p{L}\d._\-]{2,30})(?![\p{L}\d\\])")
# A home directory names its owner: "/home/umit.dogan/", "/Users/kmensah/", "C:\\Users\\adeyemi.o\\".
_HOME = regex.compile(r"(?i:/home/|/Users/|\\Users\\)(?P<handle>[\p{L}][\p{L}\d._\-]{2,40})(?=[/\\\s\"'`]|$)")
# Anywhere, a lower-case first.last or f.last handle whose parts are out of the dictionary ("umit.dogan",
# "j.oconnor"); not a module after import ("from app.models import").
_BARE = regex.compile(
    r"(?<![\w.@/\-`])(?<!\b(?:import|pip\s+install)\s+)"
    r"(?P<handle>(?:\p{Ll}{3,12}[._]\p{Ll}{3,14}(?:[._]\p{Ll}{2,14})?|\p{Ll}[._]\p{Ll}{4,14})\d{0,4})"
    r"(?![\w@/(\-`]|\.\w)(?!\s+import\b)"
)
# A social profile's address names its owner: "linkedin.com/in/umit-dogan-123", "github.com/kmensah",
# "x.com/lan_nguyen"; a repository ("github.com/openai/openai-python") names a project, so a code host's
# handle counts only as the path's last part.
_PROFILE = regex.compile(
    r"(?i:\b(?:linkedin\.com/in|(?:twitter|x|facebook|instagram|threads)\.(?:com|net)|(?:medium|tiktok|youtube)\.com/@"
    r"|t\.me))/@?(?P<handle>[\p{L}\d][\p{L}\d._\-]{2,60})(?=[/?#\s\"'<>)\]]|$)"
    r"|(?i:\b(?:github|gitlab|bitbucket)\.(?:com|org))/(?P<handle>[\p{L}\d][\p{L}\d._\-]{2,39})/?(?=[?#\s\"'<>)\]]|$)"
)
_PART = regex.compile(r"\p{L}+")
# A single word is a login after a user word or as a mention, not after "by" or "account" ("approved by
# oadeyemi" is left to the name recognizers: "by kubectl", "account holder" are not people), unless it runs a
# given name and a surname together ("by kmensah2", "my account zeynepcelik").
_CUE_WORD_ONLY = regex.compile(r"(?i:\b(?:by|account)\b)")
# A file name ("config.yaml") or a module path ("app.models") is no handle.
_FILE_EXTENSIONS = words(
    """
    yaml yml json jsonl py pyc js ts tsx jsx md txt csv tsv log cfg conf ini toml xml html htm css sh bash sql env
    lock exe dll so pdf png jpg jpeg gif svg webp docx xlsx pptx zip gz tgz tar bz2 parquet proto go rs java rb php
    """
)

# Parts of service accounts' logins ("svc_deploy", "etl-bot", "sa.backup"), which name no one.
_SERVICE_ACCOUNT_PARTS = words(
    "svc srv sa bot bots ci cd sys daemon noreply qa ops prod stg uat etl cron sftp ftp"
    # and the words a tracker writes where no one is named ("assignee: unassigned")
    " unassigned unowned nobody anyone someone everyone anonymous automation"
)

_WHOLE_HANDLE = regex.compile(r"\p{L}[\p{L}._\-]{2,40}\d{0,4}")


def is_personal_handle(value: str) -> bool:
    """A whole value that is a login made of a name: "mhernandez88", "umit.dogan"; not "admin", "svc-deploy"."""
    return bool(_WHOLE_HANDLE.fullmatch(value)) and _names_someone(value)


def _names_someone(handle: str) -> bool:
    from redaction._lookalikes import TECH_TERMS  # here: _lookalikes imports this package

    parts = [p.lower() for p in _PART.findall(handle)]
    if parts[-1] in _FILE_EXTENSIONS or any(p in TECH_TERMS or p in _SERVICE_ACCOUNT_PARTS for p in parts):
        return False
    return not all(is_plain_word(p) for p in parts if len(p) > 1)


def _joins_names(word: str) -> bool:
    """ "zeynepcelik", "kmensah2": a given name and a surname, or an initial and a surname, run together."""
    letters = word.rstrip("0123456789").casefold()
    names = world_names()
    return any((cut == 1 or letters[:cut] in names) and letters[cut:] in names for cut in range(1, len(letters) - 3))


class UsernameRecognizer(CodeRecognizer):
    """PERSON: name-shaped handles after a user cue or as an @mention."""

    ENTITY = "PERSON"
    NAME = "UsernameRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for pattern in (_CUED, _MENTION, _LOGIN, _ACCOUNT, _AT_HOST, _DOMAIN_ACCOUNT, _HOME, _PROFILE):
            for match in pattern.finditer(text):
                single = "single" in pattern.groupindex and match.group("single")
                if single and (
                    single.casefold() in common_words()
                    or (_CUE_WORD_ONLY.search(match.group()) and not _joins_names(single))
                ):
                    continue  # "by legal", "account holder", "owner: platform": a word, not a login
                if _names_someone(match.group("handle")):
                    results.append(make_result(self, self.NAME, self.ENTITY, match.span("handle"), 0.6))
        for match in _LINE_MENTION.finditer(text):
            handle = match.group("handle")
            if "." in handle or "_" in handle or "-" in handle or not is_plain_word(handle):
                results.append(make_result(self, self.NAME, self.ENTITY, match.span("handle"), 0.6))
        for match in _BARE.finditer(text):
            parts = _PART.findall(match.group("handle"))
            if _names_someone(match.group("handle")) and not any(is_plain_word(p) for p in parts):
                results.append(make_result(self, self.NAME, self.ENTITY, match.span("handle"), 0.5))
        return results
