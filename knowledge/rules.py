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
                              ParameterUse, ProgramResult, Reason, frozen_copy)


# A look-up entry is (value, key, ParameterUse): the value, a key identifying the DatedValue, and
# an immutable copy of its citation. Building the citation is the costliest part of a look-up, so
# each entry is built once per Law and (name, date), in `Law.entries`. The cap keeps a
# long-running server's memory bounded.
Entry = tuple[Any, int, ParameterUse]
ENTRY_LIMIT = 1 << 17
_USES: dict[int, tuple[DatedValue, ParameterUse]] = {}


def _use_of(name: str, dated: DatedValue) -> ParameterUse:
    entry = _USES.get(id(dated))
    if entry is None or entry[0] is not dated:
        entry = _USES[id(dated)] = (dated, ParameterUse(name, dated.value, dated.effective_from,
                                                        dated.source, dated.confidence))
    return entry[1]


class LawReader:
    """Reads law values by name and date, recording each one used.

    `shared` is a per-evaluation memo (see `memo`): programs evaluated for the same case may
    reuse one another's work, e.g. 6+6 and 한부모 특례 build on the 육아휴직 decision.
    """

    __slots__ = ("_law", "_entries", "_used", "_shared")  # created 30+ times per evaluation

    def __init__(self, law: Law, shared: dict[Any, Any] | None = None) -> None:
        self._law = law
        self._entries: dict[tuple[str, date], Entry] = law.entries
        self._used: dict[int, ParameterUse] = {}
        self._shared: dict[Any, Any] = {} if shared is None else shared

    def _entry(self, name: str, on: date) -> Entry:
        dated = self._law.at(name, on)
        entry = (dated.value, id(dated), _use_of(name, dated))
        if len(self._entries) < ENTRY_LIMIT:
            self._entries[(name, on)] = entry
        return entry

    def get(self, name: str, on: date) -> Any:
        """The value in force on `on`, recorded as used (first use first; never repeated)."""
        entry = self._entries.get((name, on)) or self._entry(name, on)
        # Re-assigning an existing key keeps its first position: the citation order is first use.
        self._used[entry[1]] = entry[2]
        return entry[0]

    def source(self, name: str, on: date) -> str:
        """The citation of a value (used as a reason's basis); also records it."""
        entry = self._entries.get((name, on)) or self._entry(name, on)
        self._used[entry[1]] = entry[2]
        return entry[2].source

    def defined_on(self, name: str, on: date) -> bool:
        """Whether the parameter has a value on `on` (the rule exists then); records nothing."""
        return self._law.parameter(name).first_date <= on

    def stable_until(self, names: Iterable[str], on: date) -> date:
        """The first date after `on` where any of the named parameters takes a new value
        (date.max when none does): a computation from these values holds until then."""
        return min((self._law.parameter(name).next_change(on) for name in names), default=date.max)

    def memo(self, key: Any, compute: Callable[["LawReader"], Any]) -> Any:
        """`compute(reader)` once per evaluation for `key`; every call records the same law values
        (in the same order) as running it again would."""
        held = self._shared.get(key)
        if held is None:
            reader = LawReader(self._law, self._shared)
            held = self._shared[key] = (compute(reader), reader._used)
        value, used = held
        # Keys already recorded keep their first position (and map to the same citation).
        self._used.update(used)
        return value

    def used(self) -> tuple[ParameterUse, ...]:
        return tuple(self._used.values())


@dataclass(frozen=True)
class PayBasis:
    """What a pay estimate knows before the rest of the case: the monthly 통상임금 and, for a
    reduction of hours, the weekly hours before and after it."""

    monthly_wage: int
    weekly_hours: float | None = None
    reduced_weekly_hours: float | None = None


@dataclass(frozen=True)
class ProgramSpec:
    """A program the knowledge base knows: its fixed id, Korean name, audience and rule."""

    id: str
    name: str
    audience: str
    evaluate: Callable[[Case, LawReader], "Decision"]
    describe: Callable[[LawReader, date], dict[str, Any]] | None = None
    # what the program would pay from a start date, before eligibility is known (None when the
    # basis lacks what its pay depends on)
    estimate: Callable[[LawReader, date, PayBasis], Benefit | None] | None = None


@dataclass(frozen=True, init=False)
class Decision:
    """What a rule decided; the engine turns it into a ProgramResult with the citations.

    `contact`: where to check weak figures when not the national hotline (local programs).
    `excludes`: ids of programs that cannot be paid together with this one for the same leave or
    period (a UI must not add their totals up).
    """

    status: str
    reasons: tuple[Reason, ...] = ()
    missing_facts: tuple[str, ...] = ()
    benefit: Benefit | None = None
    employer_cost: int = 0
    duration: Duration | None = None
    apply: Apply | None = None
    notes: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    contact: str | None = None

    def __init__(self, status: str, reasons: tuple[Reason, ...] = (), missing_facts: tuple[str, ...] = (),
                 benefit: Benefit | None = None, employer_cost: int = 0, duration: Duration | None = None,
                 apply: Apply | None = None, notes: tuple[str, ...] = (), excludes: tuple[str, ...] = (),
                 contact: str | None = None) -> None:
        # Frozen, filled in one step (see ProgramResult.__init__): one Decision per program.
        self.__dict__.update(status=status, reasons=reasons, missing_facts=missing_facts, benefit=benefit,
                             employer_cost=employer_cost, duration=duration, apply=apply, notes=notes,
                             excludes=excludes, contact=contact)

    def but(self, **changes: Any) -> "Decision":
        """A copy with some fields changed (cheaper than dataclasses.replace on the hot path)."""
        return frozen_copy(self, changes)


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
        notes=decision.notes, excludes=decision.excludes, contact=decision.contact,
    )


def truncate(amount: float, unit: int = 1) -> int:
    """Round down to `unit` won (급여는 원 단위 미만, 고시 상한은 10원 미만 절사)."""
    return int(amount // unit) * unit
