"""The result of evaluating a case: one entry per program, shaped as in shared/API.md §1."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from typing import Any

ELIGIBLE = "eligible"
NOT_ELIGIBLE = "not_eligible"
NEEDS_INFO = "needs_info"
CAVEAT_GRADES = ("C", "UNVERIFIED")
NATIONAL_CONTACT = "고용노동부 고객상담센터(1350)"


@dataclass(frozen=True)
class Reason:
    """Why a program applies or not, with the article it rests on."""

    text: str
    basis: str

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "basis": self.basis}


@dataclass(frozen=True)
class MonthlyAmount:
    month: int
    amount: int
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"month": self.month, "amount": self.amount}
        if self.label:
            data["label"] = self.label
        return data


# Rows are immutable and repeat across cases (month 3, same amount): share them.
month_row = lru_cache(maxsize=4096)(MonthlyAmount)


@dataclass(frozen=True)
class Benefit:
    """What the public payer pays (won). `basis` is `plan` or `maximum` (no wage or plan given)."""

    payer: str
    monthly: tuple[MonthlyAmount, ...]
    total: int
    basis: str = "plan"

    def to_dict(self) -> dict[str, Any]:
        monthly = [{"month": m.month, "amount": m.amount} for m in self.monthly]  # inline: hot path
        for row, month in zip(monthly, self.monthly):
            if month.label:
                row["label"] = month.label
        return {"payer": self.payer, "monthly": monthly, "total": self.total, "basis": self.basis}


@dataclass(frozen=True)
class Duration:
    max_months: float | None = None
    max_days: int | None = None
    paid_days: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"max_months": self.max_months, "max_days": self.max_days, "paid_days": self.paid_days}


@dataclass(frozen=True)
class Apply:
    """Where and how to apply; `from_date`/`until` is the 급여 claim window. `usage_window` is the
    period the leave itself may be used in (extra key `usage_window` in JSON, only when set)."""

    where: str
    from_date: date | None = None
    until: date | None = None
    steps: tuple[str, ...] = ()
    usage_window: tuple[date, date] | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"where": self.where,
                                "from": self.from_date.isoformat() if self.from_date else None,
                                "until": self.until.isoformat() if self.until else None,
                                "steps": list(self.steps)}
        if self.usage_window:
            data["usage_window"] = {"from": self.usage_window[0].isoformat(),
                                    "until": self.usage_window[1].isoformat()}
        return data


@dataclass(frozen=True)
class ParameterUse:
    """A law value that fired, with the date it took effect, its source and grade."""

    name: str
    value: Any
    effective_from: date
    source: str
    confidence: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.as_json)  # a copy: callers may change their dict

    @cached_property
    def caveat(self) -> str | None:
        """The caveat for a value graded C or UNVERIFIED (built once per value), else None."""
        if self.confidence not in CAVEAT_GRADES:
            return None
        return self.caveat_for(NATIONAL_CONTACT)

    def caveat_for(self, contact: str) -> str:
        """The caveat naming where to check (the local body for a local program)."""
        return f"{self.source} 값({self.name})은 확인 등급 {self.confidence}예요. 신청 전 {contact}에서 확인해 주세요."

    @cached_property
    def as_json(self) -> dict[str, Any]:
        """The JSON form, built once per value (do not edit it: `to_dict` gives a copy)."""
        # Built once per value: the same few dozen values are cited by every result.
        return {"name": self.name, "value": self.value,
                "effective_from": self.effective_from.isoformat(),
                "source": self.source, "confidence": self.confidence}



def frozen_copy(instance: Any, changes: dict[str, Any]) -> Any:
    """A copy of a frozen result object with some fields changed, without re-running __init__
    (results and decisions are copied on the engine's hot path). Unknown field names raise."""
    unknown = changes.keys() - instance.__dict__.keys()
    if unknown:
        raise TypeError(f"unknown {type(instance).__name__} fields: {sorted(unknown)}")
    copy = object.__new__(type(instance))
    copy.__dict__.update(instance.__dict__, **changes)
    return copy

@dataclass(frozen=True, init=False)
class ProgramResult:
    id: str
    name: str
    audience: str
    status: str
    reasons: tuple[Reason, ...] = ()
    missing_facts: tuple[str, ...] = ()
    benefit: Benefit | None = None
    employer_cost: int = 0
    duration: Duration | None = None
    apply: Apply | None = None
    parameters: tuple[ParameterUse, ...] = ()
    notes: tuple[str, ...] = ()
    # Programs that cannot be paid together with this one for the same leave or period: a UI
    # must not add their totals up (extra field of the Result JSON, key "excludes").
    excludes: tuple[str, ...] = ()
    # Where to check a weak figure, when not the national hotline (a local program's own body).
    contact: str | None = None

    def __init__(self, id: str, name: str, audience: str, status: str,  # noqa: A002 (API name)
                 reasons: tuple[Reason, ...] = (), missing_facts: tuple[str, ...] = (),
                 benefit: Benefit | None = None, employer_cost: int = 0,
                 duration: Duration | None = None, apply: Apply | None = None,
                 parameters: tuple[ParameterUse, ...] = (), notes: tuple[str, ...] = (),
                 excludes: tuple[str, ...] = (), contact: str | None = None) -> None:
        # Still frozen (assignment raises), but filled in one step: the generated frozen
        # __init__ pays one object.__setattr__ per field, and 32 results are built per evaluation.
        self.__dict__.update(id=id, name=name, audience=audience, status=status, reasons=reasons,
                             missing_facts=missing_facts, benefit=benefit, employer_cost=employer_cost,
                             duration=duration, apply=apply, parameters=parameters, notes=notes,
                             excludes=excludes, contact=contact)

    def but(self, **changes: Any) -> "ProgramResult":
        """A copy with some fields changed (dataclasses.replace re-runs __init__; this is hot)."""
        return frozen_copy(self, changes)

    @property
    def caveats(self) -> tuple[str, ...]:
        """A caveat for every figure graded C or UNVERIFIED (the bot adds 1350)."""
        if self.contact:
            return tuple(p.caveat_for(self.contact) for p in self.parameters if p.caveat)
        return tuple(p.caveat for p in self.parameters if p.caveat)

    def to_dict(self) -> dict[str, Any]:
        # Built inline (no per-item method calls, no comprehension for an empty field): this runs
        # for 32 programs per evaluation.
        parameters = self.parameters
        return {
            "id": self.id, "name": self.name, "audience": self.audience, "status": self.status,
            "reasons": [{"text": r.text, "basis": r.basis} for r in self.reasons] if self.reasons else [],
            "missing_facts": list(self.missing_facts),
            "benefit": self.benefit.to_dict() if self.benefit else None,
            "employer_cost": self.employer_cost,
            "duration": self.duration.to_dict() if self.duration else None,
            "apply": self.apply.to_dict() if self.apply else None,
            "parameters": [p.as_json.copy() for p in parameters] if parameters else [],  # copies: callers may edit
            "caveats": (list(self.caveats) if self.contact else
                        [p.caveat for p in parameters if p.caveat] if parameters else []),
            "notes": list(self.notes),
            "excludes": list(self.excludes),
        }


@dataclass(frozen=True)
class Result:
    as_of: date
    role: str
    programs: tuple[ProgramResult, ...] = field(default_factory=tuple)
    fact_order: tuple[str, ...] = ()

    def program(self, program_id: str) -> ProgramResult:
        for program in self.programs:
            if program.id == program_id:
                return program
        raise KeyError(program_id)

    @property
    def missing_facts(self) -> list[str]:
        """Missing case fields across programs, once each, in the order a conversation asks them."""
        seen = list(dict.fromkeys(fact for program in self.programs for fact in program.missing_facts))
        rank = {fact: index for index, fact in enumerate(self.fact_order)}
        last = len(rank)
        # sorted() is stable: facts outside the fixed order keep the order programs listed them.
        return sorted(seen, key=lambda fact: rank.get(fact, last))

    def to_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "role": self.role,
                "missing_facts": self.missing_facts,
                "programs": [p.to_dict() for p in self.programs]}
