"""Law figures inside rule-question answers, read from the dated parameters by name.

An answer writes `{spouse_birth_leave.days}일` instead of `20일`; the figure is filled in from
`knowledge/parameters/` for the date asked (or for a fixed date: `{spouse_birth_leave.days@2025-01-01}`,
used for the old rule in "예전에는 …"). So a figure lives once, with its source and grade, and an
answer graded A never shows a C figure without the 1350 caveat.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from knowledge.errors import LawDataError
from knowledge.law import Law

PLACEHOLDER = re.compile(r"\{([a-z0-9_]+\.[a-z0-9_]+)(?:@(\d{4}-\d{2}-\d{2}))?\}")
NUMBER_UNITS = ("days", "months", "weeks", "hours", "years", "count")
FILLABLE_UNITS = NUMBER_UNITS + ("KRW", "rate", "text")
GRADE_ORDER = ("A", "B", "C", "UNVERIFIED")
MAN = 10_000  # 만: Korean amounts are written in units of ten thousand won


@dataclass(frozen=True)
class FilledText:
    """Text with every placeholder replaced, and the weakest grade of the figures used."""

    text: str
    weakest_grade: str | None


def format_won(value: int) -> str:
    """Whole 만 units as "220만" or "2,310만", anything else digit-grouped ("1,684,210"); the text adds 원."""
    if value >= MAN and value % MAN == 0:
        return f"{value // MAN:,}만"
    return f"{value:,}"


def format_value(value: object, unit: str) -> str:
    """A parameter value as written in Korean text, without its unit word."""
    if unit == "KRW":
        return format_won(int(value))
    if unit == "rate":
        return f"{round(float(value) * 100)}"
    if unit in NUMBER_UNITS:
        return f"{value:,}" if isinstance(value, int) else f"{value:g}"
    return str(value)


def weaker(first: str | None, second: str | None) -> str | None:
    """The weaker of two confidence grades (None means "no figure")."""
    grades = [grade for grade in (first, second) if grade]
    return max(grades, key=GRADE_ORDER.index) if grades else None


def fill(text: str, as_of: date, law: Law) -> FilledText:
    """Replace each `{parameter}` by its value on `as_of` (or on its own `@date`)."""
    grades: list[str] = []

    def replace(match: re.Match) -> str:
        name, fixed_day = match.group(1), match.group(2)
        day = date.fromisoformat(fixed_day) if fixed_day else as_of
        dated = law.at(name, day)
        grades.append(dated.confidence)
        return format_value(dated.value, law.parameter(name).unit)

    filled = PLACEHOLDER.sub(replace, text)
    weakest = None
    for grade in grades:
        weakest = weaker(weakest, grade)
    return FilledText(filled, weakest)


def check_references(path: str, key: str, text: str, days: list[date], law: Law) -> None:
    """Every placeholder names a fillable parameter that has a value on each of `days`."""
    for match in PLACEHOLDER.finditer(text):
        name = match.group(1)
        if name not in set(law.names()):
            raise LawDataError(path, key, f"매개변수 '{name}'가 knowledge/parameters에 없어요")
        if law.parameter(name).unit not in FILLABLE_UNITS:
            raise LawDataError(path, key, f"매개변수 '{name}'는 문장에 넣을 수 없는 단위예요")
        checked = [date.fromisoformat(match.group(2))] if match.group(2) else days
        _check_in_force(path, key, name, checked, law)


def _check_in_force(path: str, key: str, name: str, days: list[date], law: Law) -> None:
    first = law.parameter(name).first_date
    missing = [day for day in days if day < first]
    if missing:
        raise LawDataError(path, key, f"매개변수 '{name}'는 {first}부터라 {missing[0]}의 답변에 쓸 수 없어요")
