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
from knowledge.rules import LawReader, to_result


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


def list_programs() -> list[dict[str, str]]:
    """Every program id with its Korean name and audience, in API order."""
    return [{"id": spec.id, "name": spec.name, "audience": spec.audience} for spec in all_programs()]


def describe_program(program_id: str, as_of: date | None = None, law: Law | None = None) -> dict[str, Any]:
    """A direct answer about one program as in force on `as_of`: summary lines and cited values."""
    try:
        spec = program(program_id)
    except KeyError as error:
        raise InvalidCaseError("program", f"'{program_id}'는 알 수 없는 제도예요") from error
    on = as_of or date.today()
    reader = LawReader(law or default_law())
    described = spec.describe(reader, on) if spec.describe else {"summary": [], "facts": {}, "basis": ""}
    parameters = [p.to_dict() for p in reader.used()]
    return {"id": spec.id, "name": spec.name, "audience": spec.audience, "as_of": on.isoformat(),
            **described, "parameters": parameters}
