"""What a program rule is and the small toolkit every rule uses.

A rule is a pure function `evaluate(case, law) -> ProgramResult`. It reads law values only
through `LawReader`, which remembers every value that fired so the result can cite it
(`parameters`: name, value, effective date, source, grade).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Iterable

from knowledge.case import Case
from knowledge.law import DatedValue, Law
from knowledge.result import (ELIGIBLE, NEEDS_INFO, NOT_ELIGIBLE, Apply, Benefit, Duration,
                              ParameterUse, ProgramResult, Reason)


# A ParameterUse is an immutable copy of one DatedValue's citation. Building it is the costliest
# part of a look-up, so each is built once per process, keyed by the DatedValue object (the entry
# keeps that object alive, so its id cannot be reused by another value).
_USES: dict[int, tuple[DatedValue, ParameterUse]] = {}


def _use_of(name: str, dated: DatedValue) -> ParameterUse:
    entry = _USES.get(id(dated))
    if entry is None or entry[0] is not dated:
        entry = _USES[id(dated)] = (dated, ParameterUse(name, dated.value, dated.effective_from,
                                                        dated.source, dated.confidence))
    return entry[1]


class LawReader:
    """Reads law values by name and date, recording each one used."""

    def __init__(self, law: Law) -> None:
        self._law = law
        self._used: dict[int, ParameterUse] = {}

    def _read(self, name: str, on: date) -> DatedValue:
        """Look a value up and record it (first use first; a value read again is not repeated)."""
        dated = self._law.at(name, on)
        if id(dated) not in self._used:
            self._used[id(dated)] = _use_of(name, dated)
        return dated

    def get(self, name: str, on: date) -> Any:
        return self._read(name, on).value

    def source(self, name: str, on: date) -> str:
        """The citation of a value (used as a reason's basis); also records it."""
        return self._read(name, on).source

    def used(self) -> tuple[ParameterUse, ...]:
        return tuple(self._used.values())


@dataclass(frozen=True)
class ProgramSpec:
    """A program the knowledge base knows: its fixed id, Korean name, audience and rule."""

    id: str
    name: str
    audience: str
    evaluate: Callable[[Case, LawReader], "Decision"]
    describe: Callable[[LawReader, date], dict[str, Any]] | None = None


@dataclass(frozen=True)
class Decision:
    """What a rule decided; the engine turns it into a ProgramResult with the citations."""

    status: str
    reasons: tuple[Reason, ...] = ()
    missing_facts: tuple[str, ...] = ()
    benefit: Benefit | None = None
    employer_cost: int = 0
    duration: Duration | None = None
    apply: Apply | None = None
    notes: tuple[str, ...] = ()


def eligible(reasons: Iterable[Reason], **details: Any) -> Decision:
    return Decision(ELIGIBLE, tuple(reasons), **details)


def not_eligible(reasons: Iterable[Reason], **details: Any) -> Decision:
    return Decision(NOT_ELIGIBLE, tuple(reasons), **details)


def needs_info(missing: Iterable[str], reasons: Iterable[Reason] = (), **details: Any) -> Decision:
    return Decision(NEEDS_INFO, tuple(reasons), tuple(missing), **details)


def to_result(spec: ProgramSpec, decision: Decision, reader: LawReader) -> ProgramResult:
    return ProgramResult(
        id=spec.id, name=spec.name, audience=spec.audience, status=decision.status,
        reasons=decision.reasons, missing_facts=decision.missing_facts,
        benefit=decision.benefit, employer_cost=decision.employer_cost,
        duration=decision.duration, apply=decision.apply, parameters=reader.used(),
        notes=decision.notes,
    )


def truncate(amount: float, unit: int = 1) -> int:
    """Round down to `unit` won (급여는 원 단위 미만, 고시 상한은 10원 미만 절사)."""
    return int(amount // unit) * unit
