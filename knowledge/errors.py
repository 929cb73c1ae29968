"""One error family for the knowledge base.

Every message is written for the person who reads it: Korean, one line, naming the field or the
file and key at fault.
"""
from __future__ import annotations


class KnowledgeError(Exception):
    """Base class of every error the knowledge base raises on purpose."""


class InvalidCaseError(KnowledgeError):
    """A case field is missing, of the wrong type or out of range.

    `field` is the case path (`worker.monthly_wage`, `children[0].birth_date`).
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotInForceError(KnowledgeError):
    """The knowledge base has no value for a date (before the first modelled value)."""

    def __init__(self, parameter: str, on: object, first: object) -> None:
        super().__init__(
            f"{on}은(는) 지식베이스가 다루는 기간 밖이에요: {parameter}는 {first}부터 모델링되어 있어요."
        )
        self.parameter = parameter
        self.on = on
        self.first = first


class LawDataError(KnowledgeError):
    """A law data file is malformed; the message names the file and the key."""

    def __init__(self, path: str, key: str, message: str) -> None:
        super().__init__(f"{path}: {key}: {message}")
        self.path = path
        self.key = key
        self.message = message
