"""Dated law parameters: a strict loader and look-up by name and date.

Every law value (rate, cap, day count, age, threshold, effective date) lives in a YAML file under
`knowledge/parameters/`. A parameter is `<file stem>.<key>`; each of its values is in force from
its date until the next value's date (`[effective_from, next)`). A date before the first value is
outside the modelled range: `NotInForceError`, never a silent 0 (the Catala habit).

File format (one mapping per parameter)::

    period_months:
      description: 육아휴직 기간
      unit: months
      values:
        2025-01-01: {value: 12, source: 남녀고용평등법 제19조 제2항, confidence: A}
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from knowledge.errors import LawDataError, NotInForceError
from knowledge.strict_yaml import read_yaml

PARAMETERS_DIR = Path(__file__).parent / "parameters"
CONFIDENCE_GRADES = ("A", "B", "C", "UNVERIFIED")
UNITS = ("KRW", "rate", "days", "months", "weeks", "hours", "years", "count", "date", "bool",
         "text", "table")
PARAMETER_KEYS = {"description": True, "unit": True, "values": True, "reference": False}
VALUE_KEYS = {"value": True, "source": True, "confidence": True, "note": False}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class DatedValue:
    """One value of a parameter, in force from `effective_from`."""

    value: Any
    effective_from: date
    source: str
    confidence: str
    note: str | None = None


@dataclass(frozen=True)
class Parameter:
    """A named law parameter with its dated values, oldest first."""

    name: str
    description: str
    unit: str
    values: tuple[DatedValue, ...]

    def __post_init__(self) -> None:
        # Effective dates computed once: `at` runs hundreds of times per evaluation.
        object.__setattr__(self, "_starts", tuple(v.effective_from for v in self.values))

    def at(self, on: date) -> DatedValue:
        """The value in force on `on`; `NotInForceError` before the first value."""
        index = bisect.bisect_right(self._starts, on) - 1  # type: ignore[attr-defined]
        if index < 0:
            raise NotInForceError(self.name, on, self.values[0].effective_from)
        return self.values[index]

    def next_change(self, on: date) -> date:
        """The first effective date after `on` (date.max when the value never changes again)."""
        index = bisect.bisect_right(self._starts, on)  # type: ignore[attr-defined]
        return self._starts[index] if index < len(self.values) else date.max  # type: ignore[attr-defined]

    @property
    def first_date(self) -> date:
        return self.values[0].effective_from


def _read_yaml(path: Path) -> dict:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise LawDataError(str(path), "-", "파일 최상위는 매개변수 이름의 매핑이어야 해요")
    return data


def _check_keys(path: str, key: str, found: dict, allowed: dict[str, bool]) -> None:
    for name in found:
        if name not in allowed:
            raise LawDataError(path, key, f"알 수 없는 항목 '{name}'")
    for name, required in allowed.items():
        if required and found.get(name) in (None, "") and not (name == "value" and name in found):
            raise LawDataError(path, key, f"'{name}' 항목이 없어요")


def _parse_date(path: str, key: str, text: object) -> date:
    if not isinstance(text, str) or not ISO_DATE.match(text):
        raise LawDataError(path, key, f"날짜 '{text}'는 YYYY-MM-DD 형식이 아니에요")
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise LawDataError(path, key, f"날짜 '{text}'는 없는 날짜예요") from error


def _parse_value(path: str, key: str, day: date, raw: object) -> DatedValue:
    if not isinstance(raw, dict):
        raise LawDataError(path, key, f"{day}의 값은 value/source/confidence 매핑이어야 해요")
    _check_keys(path, f"{key}@{day}", raw, VALUE_KEYS)
    if raw["confidence"] not in CONFIDENCE_GRADES:
        raise LawDataError(path, f"{key}@{day}", f"confidence '{raw['confidence']}'는 A/B/C/UNVERIFIED 중 하나여야 해요")
    return DatedValue(raw["value"], day, str(raw["source"]), raw["confidence"], raw.get("note"))


def _parse_parameter(path: str, stem: str, key: str, raw: object) -> Parameter:
    if not isinstance(raw, dict):
        raise LawDataError(path, key, "매개변수는 description/unit/values 매핑이어야 해요")
    _check_keys(path, key, raw, PARAMETER_KEYS)
    if raw["unit"] not in UNITS:
        raise LawDataError(path, key, f"unit '{raw['unit']}'는 알 수 없는 단위예요")
    if not isinstance(raw["values"], dict) or not raw["values"]:
        raise LawDataError(path, key, "values에 날짜별 값이 하나 이상 있어야 해요")
    dated = [_parse_value(path, key, _parse_date(path, key, day), value)
             for day, value in raw["values"].items()]
    dated.sort(key=lambda item: item.effective_from)
    return Parameter(f"{stem}.{key}", str(raw["description"]), raw["unit"], tuple(dated))


def load_file(path: Path) -> dict[str, Parameter]:
    """Load one parameter file strictly; errors name the file and the key."""
    data = _read_yaml(path)
    return {f"{path.stem}.{key}": _parse_parameter(str(path), path.stem, str(key), raw)
            for key, raw in data.items()}


def load_directory(directory: Path) -> dict[str, Parameter]:
    """Load every `*.yaml` file of a directory (recursively) into one name → Parameter map."""
    parameters: dict[str, Parameter] = {}
    for path in sorted(directory.rglob("*.yaml")):
        parameters.update(load_file(path))
    return parameters


class Law:
    """All parameters of the knowledge base, looked up by name and date."""

    # Look-ups are memoised by (name, date): an evaluation reads about 300 values, mostly the same
    # few on the same few dates. The cap keeps a long-running server's memory bounded.
    MEMO_LIMIT = 1 << 17

    def __init__(self, parameters: dict[str, Parameter]) -> None:
        self._parameters = parameters
        self._memo: dict[tuple[str, date], DatedValue] = {}
        # Readers' memo of (value, key, citation) entries by (name, date); see rules.LawReader.
        self.entries: dict[tuple[str, date], Any] = {}

    def parameter(self, name: str) -> Parameter:
        try:
            return self._parameters[name]
        except KeyError as error:
            raise LawDataError("knowledge/parameters", name, "정의되지 않은 매개변수예요") from error

    def at(self, name: str, on: date) -> DatedValue:
        key = (name, on)
        dated = self._memo.get(key)
        if dated is None:
            dated = self.parameter(name).at(on)
            if len(self._memo) < self.MEMO_LIMIT:
                self._memo[key] = dated
        return dated

    def names(self) -> Iterable[str]:
        return self._parameters.keys()

    @property
    def first_date(self) -> date:
        """The earliest date any parameter models."""
        return min(p.first_date for p in self._parameters.values())


@lru_cache(maxsize=1)
def default_law() -> Law:
    """The knowledge base's own parameters, loaded once per process."""
    return Law(load_directory(PARAMETERS_DIR))
