"""Normalisers of the rule layer: turn a regex match into an entity's normalised value.

Each rule of nlu_data/patterns/quantities.yml names one of :data:`NORMALISERS` and its params.
A normaliser returns ``None`` when the match is not a plausible value (a 300-month child,
2월 30일), and the rule layer then drops the match.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any, Callable, Dict, Mapping, Optional, Union

from bot.components.korean_dates import FUTURE, resolve_date
from bot.components.korean_numbers import parse_korean_number

Value = Union[int, float, str]
MAN = 10_000  # law-data-ok: the numeral 만; a bare amount under it is read as 만원
MONTHS_PER_YEAR = 12


@dataclass(frozen=True)
class MatchContext:
    """What a normaliser sees: the regex groups, the rule's params and the message date."""

    groups: Mapping[str, Optional[str]]
    params: Mapping[str, Any]
    message_date: dt.date


def _as_int_if_whole(value: float) -> Union[int, float]:
    """3.0 → 3, 1.5 stays 1.5 (durations may be fractional)."""
    return int(value) if float(value).is_integer() else value


def number(context: MatchContext) -> Optional[Value]:
    """``n`` × factor + add (+ group ``m``), kept within [min, max]: 18개월 → 18, 하루 6시간 → 30,
    1년 6개월 → 18."""
    parsed = parse_korean_number(context.groups.get("n") or "")
    extra = parse_korean_number(context.groups.get("m") or "0")
    if parsed is None or extra is None:
        return None
    value = parsed * context.params.get("factor", 1) + context.params.get("add", 0) + extra
    if not context.params.get("min", 0) <= value <= context.params.get("max", math.inf):
        return None
    return _as_int_if_whole(value)


def constant(context: MatchContext) -> Optional[Value]:
    """The rule's fixed value: 돌 → 12, 유치원 → 0."""
    return context.params["value"]


def money(context: MatchContext) -> Optional[Value]:
    """Won per month. A bare amount under 만 is in 만원 (월 300 → 3 000 000); yearly ÷ 12, floored."""
    parsed = parse_korean_number(context.groups.get("n") or "")
    if parsed is None or parsed <= 0:
        return None
    won = parsed * MAN if parsed < MAN else parsed
    if context.params.get("period") == "year":
        won = won / MONTHS_PER_YEAR
    if won < context.params.get("min", 0):
        return None
    return int(math.floor(won))


def headcount(context: MatchContext) -> Optional[Value]:
    """People in the company; ``N인 미만`` means at most N − 1 (5인 미만 → 4)."""
    parsed = parse_korean_number(context.groups.get("n") or "")
    if parsed is None or parsed < 1 or not float(parsed).is_integer():
        return None
    return int(parsed) - 1 if context.groups.get("q") == "미만" else int(parsed)


def date(context: MatchContext) -> Optional[Value]:
    """ISO date resolved against the message date (korean_dates.resolve_date)."""
    resolved = resolve_date(context.groups, context.message_date, context.params.get("direction", FUTURE))
    return resolved.isoformat() if resolved else None


NORMALISERS: Dict[str, Callable[[MatchContext], Optional[Value]]] = {
    "number": number,
    "constant": constant,
    "money": money,
    "headcount": headcount,
    "date": date,
}
