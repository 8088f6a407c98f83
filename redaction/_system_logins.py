"""``ssh deploy@grafana.ops.example.org``: a system account at a host, which only looks like an e-mail address.

A remote shell's target names a machine and the account on it. Service and distribution accounts (``root``,
``deploy``, ``ec2-user``, ``git``) belong to no one, and the host is an operator's look-alike to keep; a personal
login (``ssh jsmith@bastion``) stays redacted as the e-mail finding it was.
"""

from __future__ import annotations

import regex

# The commands that take user@host, with their options before it ("ssh -i key.pem -p 2222 root@host").
_REMOTE_COMMAND = regex.compile(
    r"(?<![\w\-])(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id|autossh|sshpass(?:[ \t]+-p[ \t]*\S+)?[ \t]+ssh)"
    r"(?:[ \t]+(?:-{1,2}[\w\-]+(?:[ \t=]+(?![\w.\-]+@)[^\s@]+)?|[^\s@]+:[^\s@]*|[^\s@]+))*[ \t]+$"
)
_SYSTEM_ACCOUNTS = frozenset(
    """
    root admin administrator deploy deployer ubuntu debian centos fedora ec2-user azureuser opc core pi git
    www-data nginx apache jenkins ansible vagrant postgres oracle mysql redis elastic hadoop ops devops ci runner
    build backup sync svc service app user bitnami alpine rocky almalinux
    """.split()  # noqa: SIM905
)


def system_login(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is ``account@host`` after a remote-shell command, the account a system one."""
    value = text[start:end]
    account = value.split("@", 1)[0]
    if account.casefold() not in _SYSTEM_ACCOUNTS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _REMOTE_COMMAND.search(text, max(line_start, start - 200), start) is not None
