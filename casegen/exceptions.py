"""Errors of case generation.

::

    TracecaseError
    ├── ConfigError
    │   ├── RuleConfigError      a rules file or rule setting is malformed (names the key)
    │   │   └── ExpressionError  a condition does not parse or names an unknown field / mismatched types
    │   └── TaxonomyError        a failure-taxonomy file is malformed
    └── CasegenError
        ├── UnknownRuleError     (also LookupError) no rule or rule kind of that name
        ├── RuleEvaluationError  a rule failed on one trace (the others still run)
        ├── ReviewError          a review operation is not allowed (unknown label, missing reason...)
        │   └── NoChangeError    the operation would change nothing: no new revision
        ├── CaseNotFoundError    (also LookupError) no case, case set, flag or containment version of that id
        ├── CaseConflictError    the case moved on since the caller read it (carries the current revision)
        ├── CaseClaimedError     another reviewer holds a running claim on the case (who, until when)
        ├── InputError           a request names an unknown field, a bad value or a malformed message
        ├── DatasetError         a dataset operation cannot be done (bad name, case twice in a version...)
        │   ├── QueryError       (also InputError) a ``--where FIELD=VALUE`` names an unknown field or bad value
        │   └── UnknownDatasetError  (also CaseNotFoundError) no dataset, version or case of that name
        └── ExportError          an export or import cannot be done (names the line, never its text)
            └── UnknownFormatError   (also LookupError) no export format of that name

Messages name rules, keys, fields and labels; never span text.
"""

from datetime import datetime

from schemas.errors import ConfigError, TracecaseError


class CasegenError(TracecaseError):
    """Base of case-generation errors that are not configuration errors."""


class RuleConfigError(ConfigError):
    """A rules file or one rule's settings is malformed; the message names the key."""


class ExpressionError(RuleConfigError):
    """A condition expression is invalid: syntax, unknown field, or a type mismatch."""


class TaxonomyError(ConfigError):
    """A failure-taxonomy file is malformed; the message names the key."""


class UnknownRuleError(CasegenError, LookupError):
    """No rule (or rule kind) is registered under that name."""


class RuleEvaluationError(CasegenError):
    """A rule raised while evaluating one trace."""

    def __init__(self, rule: str, trace_id: str, reason: str) -> None:
        super().__init__(f"rule {rule!r} failed on trace {trace_id}: {reason}")
        self.rule = rule
        self.trace_id = trace_id


class ReviewError(CasegenError):
    """A review operation cannot be applied to the case."""


class NoChangeError(ReviewError):
    """The operation would make a revision identical to the current one."""


class CaseNotFoundError(CasegenError, LookupError):
    """No case (or case set, containment version, token...) of that name or id."""


class CaseConflictError(CasegenError):
    """A write based on an older revision of a case: someone else changed it first."""

    def __init__(self, case_id: str, expected: int | None, current: int | None) -> None:
        based = f"revision {expected}" if expected is not None else "no revision (a new case)"
        super().__init__(f"case {case_id} is at revision {current}; the change was based on {based}")
        self.case_id = case_id
        self.expected = expected
        self.current = current


class CaseClaimedError(CasegenError):
    """Another reviewer claimed the case and the claim has not lapsed: only they may decide or edit it."""

    def __init__(self, case_id: str, reviewer: str, expires_at: datetime) -> None:
        super().__init__(f"case {case_id} is claimed by {reviewer} until {expires_at.isoformat(timespec='seconds')}")
        self.case_id = case_id
        self.reviewer = reviewer
        self.expires_at = expires_at


class InputError(CasegenError, ValueError):
    """A request, option or message is malformed; the message names the field."""


class DatasetError(CasegenError):
    """A dataset operation cannot be done."""


class QueryError(DatasetError, InputError):
    """A case query names an unknown field, or a value the field cannot take (an :class:`InputError`: the
    API answers 422)."""


class UnknownDatasetError(DatasetError, CaseNotFoundError):
    """No dataset, version or member case of that name (a :class:`CaseNotFoundError`: the API answers 404)."""


class ExportError(CasegenError):
    """An export or import cannot be done; messages name the file and line, never case text."""


class UnknownFormatError(ExportError, LookupError):
    """No export format is registered under that name."""
