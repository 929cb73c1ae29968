"""The fact all three 가족돌봄 programs start from (남녀고용평등법 제22조의2, 제22조의3)."""
from __future__ import annotations

from knowledge.case import Case
from knowledge.result import Reason
from knowledge.rules import Decision, LawReader, needs_info, not_eligible


def care_need(case: Case, law: LawReader, article: str) -> Decision | None:
    """No decision yet when the worker cares for family; else needs_info or not_eligible."""
    need = case.worker.family_care
    if need is None:
        return needs_info(("worker.family_care",))
    if not need:
        members = law.get("family_care.family_members", case.as_of)
        return not_eligible([Reason(f"돌봐야 할 가족({members})이 있을 때 쓰는 제도예요", article)])
    return None
