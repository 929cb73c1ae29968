"""The case: one person's (or one employee's and company's) situation, parsed and checked.

Input follows `shared/API.md` §1. Every field is optional except `role`. Parsing rejects unknown
fields, wrong types, impossible dates and out-of-range numbers with a Korean message naming the
field, so nothing downstream has to guess.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from knowledge.errors import InvalidCaseError
from knowledge.input_limits import limit

INDUSTRIES = (
    "manufacturing", "mining", "construction", "transport_storage", "ict", "business_support",
    "professional_science", "health_social", "wholesale_retail", "accommodation_food",
    "finance_insurance", "arts_sports", "other",
)
ROLES = ("worker", "employer")
GENDERS = ("female", "male")
PREGNANCY_ENDINGS = ("miscarriage", "stillbirth")


@dataclass(frozen=True)
class Worker:
    insured_days: int | None = None
    tenure_months: float | None = None
    monthly_wage: int | None = None
    weekly_hours: float | None = None
    single_parent: bool | None = None
    gender: str | None = None
    parental_leave_used_months: float | None = None
    fertility_treatment: bool | None = None
    family_care: bool | None = None


@dataclass(frozen=True)
class Pregnancy:
    weeks: int | None = None
    high_risk: bool | None = None
    multiple: bool | None = None
    due_date: date | None = None
    ended: str | None = None
    ended_on: date | None = None
    ended_week: int | None = None


@dataclass(frozen=True)
class Child:
    birth_date: date | None = None
    disabled: bool | None = None
    premature: bool | None = None


@dataclass(frozen=True)
class Spouse:
    parental_leave_months: float | None = None
    parental_leave_start: date | None = None


@dataclass(frozen=True)
class Company:
    headcount: int | None = None
    industry: str | None = None
    priority_support: bool | None = None
    region: str | None = None
    industrial_complex: str | None = None


@dataclass(frozen=True)
class Plan:
    parental_leave_months: float | None = None
    parental_leave_start: date | None = None
    reduced_weekly_hours: float | None = None
    reduced_hours_months: float | None = None
    reduced_hours_start: date | None = None
    maternity_leave_start: date | None = None
    replacement_hire_months_before: float | None = None
    replacement_kept_months_after: float | None = None
    replacement_monthly_wage: int | None = None


@dataclass(frozen=True)
class Case:
    role: str
    as_of: date
    worker: Worker = field(default_factory=Worker)
    pregnancy: Pregnancy | None = None
    children: tuple[Child, ...] = ()
    spouse: Spouse = field(default_factory=Spouse)
    company: Company = field(default_factory=Company)
    plan: Plan = field(default_factory=Plan)

    def __post_init__(self) -> None:
        # Chosen once: most programs ask for it, several times each.
        object.__setattr__(self, "_youngest_child", self._find_youngest_child())

    @property
    def youngest_child(self) -> Child | None:
        """The child with the latest known birth date (the one most programs are about)."""
        return self._youngest_child  # type: ignore[attr-defined]

    def _find_youngest_child(self) -> Child | None:
        dated = [c for c in self.children if c.birth_date is not None]
        if dated:
            return max(dated, key=lambda c: c.birth_date)
        return self.children[0] if self.children else None


# --- field checkers: each returns the parsed value or raises InvalidCaseError -----------------

def _as_bool(path: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidCaseError(path, "true 또는 false여야 해요")
    return value


def _as_date(path: str, value: Any) -> date:
    if not isinstance(value, str):
        raise InvalidCaseError(path, "날짜는 YYYY-MM-DD 형식의 문자열이어야 해요")
    try:
        parsed = date.fromisoformat(value)
    except ValueError as error:
        raise InvalidCaseError(path, f"'{value}'는 없는 날짜이거나 YYYY-MM-DD 형식이 아니에요") from error
    if len(value) != 10:
        raise InvalidCaseError(path, "날짜는 YYYY-MM-DD 형식이어야 해요")
    return parsed


def _number(path: str, value: Any, integral: bool) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidCaseError(path, "숫자여야 해요")
    if value != value or value in (float("inf"), float("-inf")):
        raise InvalidCaseError(path, "유한한 숫자여야 해요")
    if integral and value != int(value):
        raise InvalidCaseError(path, "정수여야 해요")
    if value < 0:
        raise InvalidCaseError(path, "음수일 수 없습니다")
    upper = limit(path)
    if upper is not None and value > upper:
        raise InvalidCaseError(path, f"{upper:,}보다 클 수 없어요 (값을 다시 확인해 주세요)")
    return int(value) if integral else value


def _as_int(path: str, value: Any) -> int:
    return int(_number(path, value, integral=True))


def _as_float(path: str, value: Any) -> float:
    return _number(path, value, integral=False)


def _one_of(choices: tuple[str, ...]) -> Callable[[str, Any], str]:
    def check(path: str, value: Any) -> str:
        if value not in choices:
            raise InvalidCaseError(path, f"다음 중 하나여야 해요: {', '.join(choices)}")
        return value
    return check


def _as_text(path: str, value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidCaseError(path, "문자열이어야 해요")
    return value


SCHEMAS: dict[str, dict[str, Callable[[str, Any], Any]]] = {
    "worker": {"insured_days": _as_int, "tenure_months": _as_float, "monthly_wage": _as_int,
               "weekly_hours": _as_float, "single_parent": _as_bool, "gender": _one_of(GENDERS),
               "parental_leave_used_months": _as_float, "fertility_treatment": _as_bool,
               "family_care": _as_bool},
    "pregnancy": {"weeks": _as_int, "high_risk": _as_bool, "multiple": _as_bool,
                  "due_date": _as_date, "ended": _one_of(PREGNANCY_ENDINGS),
                  "ended_on": _as_date, "ended_week": _as_int},
    "child": {"birth_date": _as_date, "disabled": _as_bool, "premature": _as_bool},
    "spouse": {"parental_leave_months": _as_float, "parental_leave_start": _as_date},
    "company": {"headcount": _as_int, "industry": _one_of(INDUSTRIES),
                "priority_support": _as_bool, "region": _as_text, "industrial_complex": _as_text},
    "plan": {"parental_leave_months": _as_float, "parental_leave_start": _as_date,
             "reduced_weekly_hours": _as_float, "reduced_hours_months": _as_float,
             "reduced_hours_start": _as_date, "maternity_leave_start": _as_date,
             "replacement_hire_months_before": _as_float,
             "replacement_kept_months_after": _as_float, "replacement_monthly_wage": _as_int},
}
TOP_LEVEL = ("as_of", "role", "worker", "pregnancy", "children", "spouse", "company", "plan")


def _parse_section(path: str, raw: Any, schema_name: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise InvalidCaseError(path, "객체({...})여야 해요")
    schema = SCHEMAS[schema_name]
    parsed: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in schema:
            raise InvalidCaseError(f"{path}.{key}", "알 수 없는 항목이에요")
        if value is not None:
            parsed[key] = schema[key](f"{path}.{key}", value)
    return parsed


def _parse_children(raw: Any) -> tuple[Child, ...]:
    if not isinstance(raw, list):
        raise InvalidCaseError("children", "목록([...])이어야 해요")
    upper = limit("children")
    if upper is not None and len(raw) > upper:
        raise InvalidCaseError("children", f"자녀는 {upper}명까지 입력할 수 있어요")
    return tuple(Child(**_parse_section(f"children[{i}]", item, "child")) for i, item in enumerate(raw))


def _check_dates(case: Case) -> None:
    """Dates that cannot be true for this case (a child born after the advice date…)."""
    for index, child in enumerate(case.children):
        if child.birth_date and child.birth_date > case.as_of:
            raise InvalidCaseError(f"children[{index}].birth_date",
                                   "기준일(as_of)보다 뒤의 출생일이에요. 출산 예정이면 pregnancy.due_date에 적어 주세요")
    pregnancy = case.pregnancy
    if pregnancy and pregnancy.weeks is not None and pregnancy.weeks > limit("pregnancy.weeks"):
        raise InvalidCaseError("pregnancy.weeks", "임신 주수가 너무 커요")
    if pregnancy and pregnancy.ended and pregnancy.ended_on and pregnancy.ended_on > case.as_of:
        raise InvalidCaseError("pregnancy.ended_on", "기준일보다 뒤의 날짜예요")


def parse_case(raw: Any, today: date | None = None) -> Case:
    """Parse a Case JSON object (shared/API.md §1); raises InvalidCaseError naming the field."""
    if not isinstance(raw, dict):
        raise InvalidCaseError("case", "케이스는 JSON 객체여야 해요")
    for key in raw:
        if key not in TOP_LEVEL:
            raise InvalidCaseError(key, "알 수 없는 항목이에요")
    if raw.get("role") not in ROLES:
        raise InvalidCaseError("role", "worker 또는 employer여야 해요")
    as_of = _as_date("as_of", raw["as_of"]) if raw.get("as_of") is not None else (today or date.today())
    pregnancy = raw.get("pregnancy")
    case = Case(
        role=raw["role"],
        as_of=as_of,
        worker=Worker(**_parse_section("worker", raw.get("worker") or {}, "worker")),
        pregnancy=Pregnancy(**_parse_section("pregnancy", pregnancy, "pregnancy")) if pregnancy else None,
        children=_parse_children(raw.get("children") or []),
        spouse=Spouse(**_parse_section("spouse", raw.get("spouse") or {}, "spouse")),
        company=Company(**_parse_section("company", raw.get("company") or {}, "company")),
        plan=Plan(**_parse_section("plan", raw.get("plan") or {}, "plan")),
    )
    _check_dates(case)
    return case
