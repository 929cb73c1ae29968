"""Value objects of the rule-question (FAQ) knowledge: an entry, its dated versions, an answer."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date

from knowledge.errors import NotInForceError


@dataclass(frozen=True)
class FaqVersion:
    """The answer in force from `valid_from` until the next version of the same entry."""

    valid_from: date
    answer: str
    basis: str
    changed_from: str | None
    confidence: str


@dataclass(frozen=True)
class FaqEntry:
    """One rule question with its dated answers, legal basis and confidence grade.

    `effective_exact` is False when the rule's start lies before the modelled range (or is not
    documented in the sources): `effective_from` is then a date the rule is known to be in force
    and the answer says "2025년 1월 1일 기준 시행 중" instead of a 시행일.
    """

    key: str
    topic: str
    question: str
    programs: tuple[str, ...]
    effective_exact: bool
    versions: tuple[FaqVersion, ...]
    source_file: str

    @property
    def effective_from(self) -> date:
        """The date the (first modelled) rule took effect."""
        return self.versions[0].valid_from

    @property
    def confidence(self) -> str:
        """The grade of the first modelled answer (each version carries its own)."""
        return self.versions[0].confidence

    @property
    def latest(self) -> FaqVersion:
        """The newest enacted version (also used for the Rasa domain response)."""
        return self.versions[-1]

    def version_at(self, as_of: date) -> FaqVersion:
        """The version in force on `as_of`; `NotInForceError` before the first one."""
        starts = [version.valid_from for version in self.versions]
        index = bisect.bisect_right(starts, as_of) - 1
        if index < 0:
            raise NotInForceError(f"faq.{self.key}", as_of, self.effective_from)
        return self.versions[index]


@dataclass(frozen=True)
class FaqAnswer:
    """A rendered answer: full phone text plus its parts for other front ends."""

    key: str
    text: str
    basis: str
    effective_from: date
    changed_from: str | None
    caveat: str | None
    confidence: str
    programs: tuple[str, ...]
