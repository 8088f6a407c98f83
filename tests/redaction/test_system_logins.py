"""A remote shell's system account at a host is no mailbox; a personal login and a mailbox still are."""

from __future__ import annotations

import pytest

from redaction import Redactor

KEPT = [
    " 1784  ssh deploy@grafana.ops.example.org",
    "scp build.tar.gz root@web-01.mad2.example.net:/tmp/",
    "ssh -i ~/.ssh/key.pem -p 2222 ubuntu@bastion.example.com uptime",
]
REDACTED = [
    ("ssh jsmith@bastion.acme.io", "jsmith@bastion.acme.io"),
    ("mail root@acme.io about the outage", "root@acme.io"),
    ("contact deploy@acme.io", "deploy@acme.io"),
]


@pytest.mark.parametrize("text", KEPT)
def test_system_account_at_a_host_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact_texts([text]) == [text]


@pytest.mark.parametrize(("text", "address"), REDACTED)
def test_personal_logins_and_mailboxes_are_redacted(redactor: Redactor, text: str, address: str) -> None:
    [out] = redactor.redact_texts([text])
    assert address not in out and "<EMAIL_ADDRESS_" in out, out
