"""Employer subsidies that cannot be paid together (출산육아기 고용안정장려금 지급규정, worklife.kr).

- 대체인력 지원금 ↔ 육아휴직 지원금 특례: no 대체인력 support for an employee whose employer took
  the 특례, for the whole period.
- 대체인력 지원금 ↔ 업무분담 지원금: not both for the same leave and period.
- 육아기 10시 출근제 지원 ↔ 육아기 근로시간 단축 지원금: not for the same period.

Each program states the rule itself (a reason citing its parameter, and `excludes`: the other
program's id). Once every program is evaluated, `settle` keeps `excludes` only where the other
program is also payable, and then tells both which one this case should take: the larger total
(on a tie, it says both pay the same). A UI must never add up the totals of programs that exclude
each other.
"""
from __future__ import annotations

from typing import Iterable

from knowledge.korean_text import subject_particle
from knowledge.result import ELIGIBLE, ProgramResult, Reason

PROGRAM_NAMES = {"replacement_worker_subsidy": "대체인력 지원금", "parental_leave_subsidy": "육아휴직 지원금 특례",
                 "work_sharing_subsidy": "업무분담 지원금", "late_start_support": "육아기 10시 출근제 지원",
                 "reduced_hours_subsidy": "육아기 근로시간 단축 지원금"}


def exclusion_reason(other_id: str, scope: str, basis: str) -> Reason:
    """The reason a program carries when the law bars it together with `other_id`."""
    return Reason(f"함께 받을 수 없어요: {PROGRAM_NAMES[other_id]}({scope})", basis)


def _payable(result: ProgramResult | None) -> bool:
    return result is not None and result.status == ELIGIBLE and result.benefit is not None


def _choice_note(result: ProgramResult, rivals: list[ProgramResult]) -> str:
    """'함께 받을 수 없어요: …' naming the rivals' totals and the one this case should take."""
    best = max([result] + rivals, key=lambda r: r.benefit.total)  # type: ignore[union-attr]
    others = ", ".join(f"{r.name}(총 {r.benefit.total:,}원)" for r in rivals)  # type: ignore[union-attr]
    if all(r.benefit.total == result.benefit.total for r in rivals):  # type: ignore[union-attr]
        verdict = "총액이 같아 어느 쪽을 골라도 돼요"
    elif best is result:
        verdict = f"이 지원금(총 {result.benefit.total:,}원)이 더 많아 이쪽을 권해요"  # type: ignore[union-attr]
    else:
        verdict = f"{best.name}{subject_particle(best.name)} 더 많아 그쪽을 권해요"
    return f"함께 받을 수 없어요: {others}. 하나만 골라야 하고, {verdict}"


def settle(results: Iterable[ProgramResult]) -> tuple[ProgramResult, ...]:
    """Keep `excludes` only between payable programs, and add the choice note to both."""
    results = tuple(results)
    by_id = {r.id: r for r in results}
    settled = []
    for result in results:
        if not result.excludes:
            settled.append(result)
            continue
        rivals = [by_id[pid] for pid in result.excludes if _payable(by_id.get(pid))]
        if not _payable(result) or not rivals:
            settled.append(result.but(excludes=()))
            continue
        settled.append(result.but(excludes=tuple(r.id for r in rivals),
                               notes=result.notes + (_choice_note(result, rivals),)))
    return tuple(settled)
