"""Turn a rule-question entry into the answer a person reads on the date they ask.

The text is the dated answer, then "근거: <article>, 시행일 <date>", then "예전에는 …" when the
rule changed from one people still quote, then a 1350 caveat for figures graded C/UNVERIFIED.
"""
from __future__ import annotations

from datetime import date

from knowledge.errors import KnowledgeError
from knowledge.faq.figures import fill, weaker
from knowledge.faq.model import FaqAnswer, FaqEntry
from knowledge.law import Law, default_law

# Grades from the fact sheet that must never be presented as settled fact.
CAVEAT_BY_GRADE = {
    "C": "※ 공식 문서로 최종 확인되지 않은 내용이 있어요. 고용노동부 고객상담센터(국번없이 1350)에 꼭 확인해 주세요.",
    "UNVERIFIED": "※ 아직 공식 근거를 확인하지 못한 내용이에요. 고용노동부 고객상담센터(국번없이 1350)에 꼭 확인해 주세요.",
}


class UnknownFaqKeyError(KnowledgeError):
    """The FAQ key names no rule question in `knowledge/faq/data/`."""

    def __init__(self, key: str) -> None:
        super().__init__(f"'{key}'에 해당하는 질문을 찾지 못했어요")
        self.key = key


def korean_date(day: date) -> str:
    """2025-02-23 → "2025년 2월 23일"."""
    return f"{day.year}년 {day.month}월 {day.day}일"


def effective_text(entry: FaqEntry, valid_from: date) -> str:
    """"시행일 2025년 2월 23일"; for a rule whose start lies before the modelled range (or is not
    documented) only what is known: "2025년 1월 1일 기준 시행 중"."""
    if valid_from == entry.effective_from and not entry.effective_exact:
        return f"{korean_date(valid_from)} 기준 시행 중"
    return f"시행일 {korean_date(valid_from)}"


def caveat_for(confidence: str) -> str | None:
    """The 1350 caveat required for C/UNVERIFIED answers, else None."""
    return CAVEAT_BY_GRADE.get(confidence)


def render_answer(entry: FaqEntry, as_of: date, law: Law | None = None) -> FaqAnswer:
    """The answer in force on `as_of` (NotInForceError before the first modelled date).

    Figures written as parameter names are filled in for `as_of`; the answer's grade is the
    weaker of the entry's grade and the grades of the figures it shows.
    """
    law = law or default_law()
    version = entry.version_at(as_of)
    answer = fill(version.answer, as_of, law)
    changed = fill(version.changed_from, as_of, law) if version.changed_from else None
    confidence = weaker(weaker(version.confidence, answer.weakest_grade),
                        changed.weakest_grade if changed else None)
    caveat = caveat_for(confidence)
    lines = [answer.text, f"근거: {version.basis}, {effective_text(entry, version.valid_from)}"]
    if changed:
        lines.append(f"예전에는 {changed.text}")
    if caveat:
        lines.append(caveat)
    return FaqAnswer(
        key=entry.key, text="\n".join(lines), basis=version.basis,
        effective_from=version.valid_from, changed_from=changed.text if changed else None,
        caveat=caveat, confidence=confidence, programs=entry.programs,
    )
