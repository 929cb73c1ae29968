"""Evaluate a case against every program the knowledge base knows."""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case, parse_case
from knowledge.errors import InvalidCaseError
from knowledge.exclusions import settle
from knowledge.fact_order import FACT_ORDER
from knowledge.law import Law, default_law
from knowledge.programs import all_programs, program
from knowledge.result import Result
from knowledge.rules import LawReader, PayBasis, ProgramSpec, to_result


def _as_case(case: Case | dict[str, Any]) -> Case:
    return case if isinstance(case, Case) else parse_case(case)


def evaluate(case: Case | dict[str, Any], law: Law | None = None) -> Result:
    """Every program's decision for the case, in API order, with the law values that fired.

    Raises InvalidCaseError for bad input and NotInForceError for a date the knowledge base
    does not model (never a guess).
    """
    parsed = _as_case(case)
    law = law or default_law()
    _check_coverage(parsed, law)
    results = []
    shared: dict = {}  # one evaluation's memo: programs reuse each other's work (LawReader.memo)
    for spec in all_programs():
        reader = LawReader(law, shared)
        results.append(to_result(spec, spec.evaluate(parsed, reader), reader))
    return Result(parsed.as_of, parsed.role, settle(results), FACT_ORDER[parsed.role])


def _check_coverage(case: Case, law: Law) -> None:
    """A case dated before the modelled period is refused (coverage.modelled_from)."""
    law.at("coverage.modelled_from", case.as_of)


def estimate_pay(program_id: str, monthly_wage: int, as_of: date | None = None, law: Law | None = None,
                 weekly_hours: float | None = None, reduced_weekly_hours: float | None = None) -> dict[str, Any] | None:
    """What one program would pay from `as_of`, before eligibility is known.

    Returns ``{id, name, as_of, monthly_wage, [weekly_hours, reduced_weekly_hours,] benefit,
    parameters}``, or None for a program whose pay needs more than it is given (육아휴직: the
    wage; 육아기 근로시간 단축: the wage and the weekly hours before and after).
    The inputs are checked as the case's ``worker.monthly_wage``, ``worker.weekly_hours`` and
    ``plan.reduced_weekly_hours`` are (InvalidCaseError naming the field)."""
    spec = _spec(program_id)
    if spec.estimate is None:
        return None
    basis = _checked_basis(monthly_wage, weekly_hours, reduced_weekly_hours)
    on = as_of or date.today()
    reader = LawReader(law or default_law())
    benefit = spec.estimate(reader, on, basis)
    if benefit is None:
        return None
    hours = {"weekly_hours": basis.weekly_hours, "reduced_weekly_hours": basis.reduced_weekly_hours}
    return {"id": spec.id, "name": spec.name, "as_of": on.isoformat(), "monthly_wage": basis.monthly_wage,
            **{key: value for key, value in hours.items() if value is not None},
            "benefit": benefit.to_dict(), "parameters": [p.to_dict() for p in reader.used()]}


def _checked_basis(monthly_wage: Any, weekly_hours: Any, reduced_weekly_hours: Any) -> PayBasis:
    """The inputs as a case would take them, with the same checks; a wage must be above 0."""
    worker = {"monthly_wage": monthly_wage, **({"weekly_hours": weekly_hours} if weekly_hours is not None else {})}
    plan = {"reduced_weekly_hours": reduced_weekly_hours} if reduced_weekly_hours is not None else {}
    parsed = parse_case({"role": "worker", "worker": worker, "plan": plan})
    if not parsed.worker.monthly_wage:
        raise InvalidCaseError("worker.monthly_wage", "0보다 커야 합니다")
    return PayBasis(parsed.worker.monthly_wage, parsed.worker.weekly_hours, parsed.plan.reduced_weekly_hours)


def list_programs() -> list[dict[str, str]]:
    """Every program id with its Korean name and audience, in API order."""
    return [{"id": spec.id, "name": spec.name, "audience": spec.audience} for spec in all_programs()]


def describe_program(program_id: str, as_of: date | None = None, law: Law | None = None) -> dict[str, Any]:
    """A direct answer about one program as in force on `as_of`: summary lines and cited values."""
    spec = _spec(program_id)
    on = as_of or date.today()
    reader = LawReader(law or default_law())
    described = spec.describe(reader, on) if spec.describe else {"summary": [], "facts": {}, "basis": ""}
    parameters = [p.to_dict() for p in reader.used()]
    return {"id": spec.id, "name": spec.name, "audience": spec.audience, "as_of": on.isoformat(),
            **described, "parameters": parameters}


def _spec(program_id: str) -> ProgramSpec:
    try:
        return program(program_id)
    except KeyError as error:
        raise InvalidCaseError("program", f"'{program_id}'는 알 수 없는 제도예요") from error
