"""Every Korean sentence the actions send (해요체, phone-sized), and the custom payloads.

Amounts, dates and reasons all come from the knowledge engine's Result or describe_program();
this module only words them. Long answers are split into messages of at most PHONE_LIMIT
characters so each fits a phone screen.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from knowledge.result import CAVEAT_GRADES, ELIGIBLE, NEEDS_INFO, NOT_ELIGIBLE, MonthlyAmount, ProgramResult, Result

PHONE_LIMIT = 400
"""Characters per chat bubble: about one phone screen."""

HOTLINE = "1350"
"""고용노동부 고객상담센터 (국번 없이): where every caveat and handoff points."""

AUDIENCES_FOR_ROLE = {"worker": ("worker", "service"), "employer": ("employer", "worker", "service")}
"""Which programs a person sees: a worker their own and services; HR also the employee's."""

# --- small formatters -------------------------------------------------------------------------


def won(amount: int | float) -> str:
    """An amount in exact won with separators ('2,500,000원'), never rounded for display."""
    return f"{int(amount):,}원"


def korean_date(day: date | str) -> str:
    """2026-11-24 → '2026년 11월 24일'."""
    value = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{value.year}년 {value.month}월 {value.day}일"


def as_of_line(as_of: date) -> str:
    return f"{korean_date(as_of)} 기준 법령으로 확인했어요."


def split_for_phone(lines: Iterable[str], limit: int = PHONE_LIMIT) -> list[str]:
    """Join lines into bubbles of at most `limit` characters, never cutting a line in two."""
    bubbles: list[str] = []
    current = ""
    for line in lines:
        candidate = f"{current}\n{line}" if current else line
        if current and len(candidate) > limit:
            bubbles.append(current)
            candidate = line
        current = candidate
    if current:
        bubbles.append(current)
    return bubbles


def month_ranges(monthly: Iterable[Any]) -> list[str]:
    """Month-by-month amounts grouped where equal: ['1~3개월 월 2,500,000원', '4~6개월 월 …']."""
    groups: list[list[Any]] = []
    for entry in monthly:
        if groups and groups[-1][-1].amount == entry.amount and groups[-1][-1].month + 1 == entry.month:
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return [_month_group(group) for group in groups]


def _month_group(group: list[Any]) -> str:
    first, last = group[0].month, group[-1].month
    months = f"{first}개월" if first == last else f"{first}~{last}개월"
    return f"{months} 월 {won(group[0].amount)}"


# --- one program ------------------------------------------------------------------------------


def benefit_line(program: ProgramResult) -> str | None:
    """'고용보험이 1~3개월 월 …, 총 …' or None for a right without money."""
    benefit = program.benefit
    if benefit is None:
        return None
    ranges = month_ranges(benefit.monthly)
    if len(benefit.monthly) <= 1:
        amount = f"{won(benefit.total)}"
    else:
        amount = ", ".join(ranges) + f" (총 {won(benefit.total)})"
    prefix = "최대 " if benefit.basis == "maximum" else ""
    return f"💰 {benefit.payer} 지급: {prefix}{amount}"


def apply_line(program: ProgramResult) -> str | None:
    apply = program.apply
    if apply is None:
        return None
    window = ""
    if apply.from_date and apply.until:
        window = f", {korean_date(apply.from_date)}부터 {korean_date(apply.until)}까지"
    elif apply.until:
        window = f", {korean_date(apply.until)}까지"
    return f"📝 신청: {apply.where}{window}"


def eligible_block(program: ProgramResult) -> list[str]:
    """The lines for a program that applies: amount, payer, employer share, deadline, caveat."""
    lines = [f"✅ {program.name}"]
    if program.reasons:
        lines.append(f"· {program.reasons[0].text}")
    for line in (benefit_line(program), apply_line(program)):
        if line:
            lines.append(line)
    if program.employer_cost:
        lines.append(f"🏢 회사 부담: {won(program.employer_cost)}")
    lines += [f"· {note}" for note in program.notes[:2]]
    if program.caveats:
        lines.append(caveat_line(program))
    return lines


def caveat_line(program: ProgramResult) -> str:
    """One caveat per program whose figures are graded C/UNVERIFIED."""
    return f"⚠️ 일부 금액·기준은 공식 확인 전이에요. 신청 전 {HOTLINE}에 확인해 주세요."


def not_eligible_line(program: ProgramResult) -> str:
    reason = program.reasons[0].text if program.reasons else "조건에 맞지 않아요"
    return f"❌ {program.name}: {reason}"


def needs_info_line(programs: list[ProgramResult]) -> str:
    return "❔ 더 알려 주시면 확인할 수 있어요: " + ", ".join(p.name for p in programs)


def services_line(programs: list[ProgramResult]) -> str:
    return "🤝 회사와 함께 이용할 수 있는 서비스: " + ", ".join(p.name for p in programs)


# --- whole result -----------------------------------------------------------------------------


def visible_programs(result: Result) -> list[ProgramResult]:
    """The programs shown to this person (by role), in the engine's order."""
    audiences = AUDIENCES_FOR_ROLE.get(result.role, AUDIENCES_FOR_ROLE["worker"])
    return [p for p in result.programs if p.audience in audiences]


def _by_status(result: Result, status: str) -> list[ProgramResult]:
    return [p for p in visible_programs(result) if p.status == status]


def _detailed(result: Result, status: str) -> list[ProgramResult]:
    """Programs shown in full: a worker's services are only named in one line."""
    return [p for p in _by_status(result, status) if result.role == "employer" or p.audience != "service"]


def summary_line(result: Result) -> str:
    eligible = len(_detailed(result, ELIGIBLE))
    if eligible == 0:
        return f"{as_of_line(result.as_of)} 지금 알려 주신 내용으로는 바로 받을 수 있는 제도가 없어요."
    return f"{as_of_line(result.as_of)} 받을 수 있는 제도가 {eligible}개 있어요."


def render_result(result: Result) -> list[str]:
    """The answer to 'what applies to me': phone-sized messages, eligible programs first."""
    bubbles = [summary_line(result)]
    for program in _detailed(result, ELIGIBLE):
        bubbles += split_for_phone(eligible_block(program))
    services = [p for p in _by_status(result, ELIGIBLE) if p not in _detailed(result, ELIGIBLE)]
    others = [services_line(services)] if services else []
    others += [not_eligible_line(p) for p in _detailed(result, NOT_ELIGIBLE)]
    if _detailed(result, NEEDS_INFO):
        others.append(needs_info_line(_detailed(result, NEEDS_INFO)))
    if others:
        bubbles += split_for_phone(["그 밖에 확인한 제도예요."] + others)
    bubbles.append(FOLLOW_UP)
    return bubbles


FOLLOW_UP = ("'왜 안 돼요?', '시기별 계획 짜 줘', '남편도 육아휴직 쓰면?'처럼 더 물어보셔도 돼요. "
             "내용을 고치려면 '아 40명이 아니라 400명이요'처럼 말해 주세요.")


def program_item(program: ProgramResult) -> dict[str, Any]:
    """One row of the `programs` custom payload (team brief, web ↔ bot contract)."""
    benefit, apply = program.benefit, program.apply
    return {
        "id": program.id, "name": program.name, "status": program.status,
        "headline": program.reasons[0].text if program.reasons else "",
        "amount_text": "; ".join(month_ranges(benefit.monthly)) if benefit else "",
        "total": benefit.total if benefit else None,
        "payer": benefit.payer if benefit else None,
        "apply_until": apply.until.isoformat() if apply and apply.until else None,
        "reason": "" if program.status == ELIGIBLE else (program.reasons[0].text if program.reasons else ""),
        "caveat": caveat_line(program) if program.caveats else "",
    }


def programs_payload(result: Result) -> dict[str, Any]:
    return {"kind": "programs", "as_of": result.as_of.isoformat(),
            "items": [program_item(p) for p in visible_programs(result)]}


# --- why not ----------------------------------------------------------------------------------


def render_why_not(result: Result, program_id: str | None = None) -> list[str]:
    """Reasons for each program that does not apply, each with its article."""
    chosen = [p for p in visible_programs(result)
              if p.status == NOT_ELIGIBLE and (program_id is None or p.id == program_id)]
    if not chosen:
        return [NOTHING_REFUSED if program_id is None else _why_not_single(result, program_id)]
    lines = [f"❌ {p.name}: {r.text} ({r.basis})" for p in chosen for r in p.reasons[:2]]
    return split_for_phone(["안 되는 이유예요."] + lines)


NOTHING_REFUSED = "알려 주신 내용으로는 '안 된다'고 나온 제도가 없어요. 더 알려 주시면 다시 확인할게요."


def _why_not_single(result: Result, program_id: str) -> str:
    matches = [p for p in result.programs if p.id == program_id]
    if not matches:
        return NOTHING_REFUSED
    program = matches[0]
    if program.status == ELIGIBLE:
        return f"{program.name}은(는) 받을 수 있는 걸로 나와요."
    return f"{program.name}은(는) 몇 가지를 더 알아야 판단할 수 있어요."


# --- direct questions -------------------------------------------------------------------------


def render_program_info(description: dict[str, Any]) -> list[str]:
    """describe_program() worded as an answer, with the article and the date."""
    lines = [f"📌 {description['name']}"] + list(description.get("summary", []))
    if description.get("basis"):
        lines.append(f"근거: {description['basis']}")
    lines.append(f"({korean_date(description['as_of'])} 기준)")
    return split_for_phone(lines)


def render_wage_estimate(estimate: dict[str, Any]) -> str:
    """knowledge.estimate_pay() worded: what the program pays this wage month by month, the
    articles, the date the newest value took effect, and that eligibility is still to check."""
    benefit = estimate["benefit"]
    rows = [MonthlyAmount(m["month"], m["amount"]) for m in benefit["monthly"]]
    parameters = estimate["parameters"]
    sources = ", ".join(dict.fromkeys(p["source"] for p in parameters))
    since = max(p["effective_from"] for p in parameters)
    given = f"월 통상임금 {won(estimate['monthly_wage'])}"
    if "reduced_weekly_hours" in estimate:
        given += f", 주 {estimate['weekly_hours']:g}시간 → {estimate['reduced_weekly_hours']:g}시간"
    amount = (f"{benefit['payer']}에서 월 {won(benefit['total'])}" if len(rows) == 1
              else f"{', '.join(month_ranges(rows))} (총 {won(benefit['total'])})")
    lines = [f"💰 {given}이면 → {amount}",
             f"근거: {sources} ({korean_date(since)} 시행)",
             WAGE_ESTIMATE_CONDITION]
    if any(p["confidence"] in CAVEAT_GRADES for p in parameters):
        lines.append(f"확인 등급이 낮은 값이 있어요. 신청 전 {HOTLINE}에서 확인해 주세요.")
    return "\n".join(lines)


WAGE_ESTIMATE_CONDITION = "자녀 나이와 고용보험 기간 요건을 채웠을 때 금액이에요."
OFFER_CHECK = "내 상황으로 받을 수 있는지, 얼마인지 확인해 볼까요?"
UNKNOWN_PROGRAM = ("어떤 제도가 궁금하세요? 예: 육아휴직, 출산전후휴가, 배우자 출산휴가, "
                   "육아기 근로시간 단축, 난임치료휴가, 가족돌봄휴가")


# --- what-if ----------------------------------------------------------------------------------


def _totals(result: Result) -> dict[str, tuple[str, int]]:
    return {p.id: (p.name, p.benefit.total if p.benefit else 0)
            for p in visible_programs(result) if p.status == ELIGIBLE}


def render_difference(before: Result, after: Result, change: str) -> list[str]:
    """Side by side: what each eligible program pays before and after the change."""
    old, new = _totals(before), _totals(after)
    lines = [f"🔁 {change} 다시 계산했어요 ({korean_date(after.as_of)} 기준)."]
    for program_id in list(dict.fromkeys([*old, *new])):
        name, then = old.get(program_id, (new.get(program_id, ("", 0))[0], 0))
        now = new.get(program_id, (name, 0))[1]
        if then != now:
            lines.append(f"· {name}: {won(then)} → {won(now)} ({_signed(now - then)})")
    if len(lines) == 1:
        lines.append("받는 금액은 달라지지 않아요.")
    changed = [p for p in after.programs if p.benefit and p.id in new and new[p.id][1] != old.get(p.id, ("", 0))[1]]
    for program in changed[:2]:
        line = benefit_line(program)
        if line:
            lines.append(f"{program.name} {line}")
    return split_for_phone(lines)


def _signed(amount: int) -> str:
    return f"+{won(amount)}" if amount > 0 else f"-{won(-amount)}"


WHAT_IF_NEEDS_CASE = "먼저 상황을 알려 주셔야 비교할 수 있어요. 예: '아이 6개월, 월급 300, 직원 50명 제조업이에요'"
WHAT_IF_UNCLEAR = "무엇을 바꿔 볼까요? 예: '남편도 육아휴직 6개월 쓰면?', '6개월만 쓰면?', '주 30시간으로 줄이면?'"

# --- plan ---------------------------------------------------------------------------------------


def plan_rows(result: Result, starts: dict[str, str]) -> list[dict[str, Any]]:
    """Rows of the `plan` payload: one per month of each eligible program with a known start."""
    from knowledge.dates import add_months
    rows: list[dict[str, Any]] = []
    for program in result.programs:
        start = starts.get(program.id)
        if not program.benefit or not start:
            continue
        first = date.fromisoformat(start)
        for entry in program.benefit.monthly:
            period = add_months(first, entry.month - 1).strftime("%Y-%m")
            rows.append({"period": period, "program_id": program.id, "program": program.name,
                         "amount": entry.amount, "note": getattr(entry, "label", None) or ""})
    return sorted(rows, key=lambda row: row["period"])


def plan_payload(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"kind": "plan", "title": "시기별 활용안", "rows": rows}


def render_plan(result: Result, starts: dict[str, str]) -> list[str]:
    """The plan in words: each step with its start date, monthly pay and application deadline."""
    steps = [p for p in result.programs if p.id in starts]
    steps.sort(key=lambda p: starts[p.id])
    if not steps:
        return [PLAN_NEEDS_CASE]
    lines = [f"🗓️ 시기별 활용안이에요 ({korean_date(result.as_of)} 기준)."]
    lines += [_plan_step(number, p, starts[p.id]) for number, p in enumerate(steps, 1)]
    return split_for_phone(lines)


def _plan_step(number: int, program: ProgramResult, start: str | None) -> str:
    when = f"{korean_date(start)}부터 " if start else ""
    parts = [f"{number}. {when}{program.name}"]
    if program.benefit:
        parts.append(", ".join(month_ranges(program.benefit.monthly)))
    if program.apply and program.apply.until:
        parts.append(f"신청 {korean_date(program.apply.until)}까지")
    return " · ".join(parts)


PLAN_NEEDS_CASE = ("계획을 짜려면 상황을 먼저 알아야 해요. 임신 주수나 출산 예정일(또는 아이 생일), "
                   "월급, 회사 규모를 알려 주세요.")

# --- the questionnaire --------------------------------------------------------------------------

RE_ASK = {
    "monthly_wage": "월급은 0보다 큰 금액으로 알려 주세요. 예: 월 300만원",  # law-data-ok: an input example
    "headcount": "직원 수는 1명 이상의 숫자로 알려 주세요. 예: 50명",
    "weekly_hours": "주당 근로시간은 1~80시간 사이로 알려 주세요. 예: 주 40시간",
    "pregnancy_weeks": "임신 주수는 1~45주 사이로 알려 주세요. 예: 10주",
    "due_date": "출산 예정일을 실제 날짜로 알려 주세요. 예: 2027년 5월 1일",
    "child_birth_date": "아이 생일은 오늘 이전의 실제 날짜로 알려 주세요. 예: 2025년 3월 1일",
    "child_age_months": "아이 나이를 개월 수로 알려 주세요. 예: 18개월",
    "child_grade": "초등학교 학년은 1~6 사이로 알려 주세요. 예: 초2",
    "insured_days": "고용보험 가입 기간을 개월 수로 알려 주세요. 예: 14개월",
    "tenure_months": "지금 회사 근무 기간을 개월 수로 알려 주세요. 예: 8개월",
    "leave_used_months": "이미 쓴 육아휴직 기간을 개월 수로 알려 주세요. 안 썼으면 '안 썼어요'라고 해 주세요.",
    "industry": "업종을 아래 버튼에서 골라 주세요.",
    "date": "날짜를 실제 있는 날짜로 알려 주세요. 예: 내년 3월 1일",
    "months": "기간을 개월 수로 알려 주세요. 예: 6개월",
    "hours": "줄인 뒤 근로시간을 주당 시간으로 알려 주세요. 예: 주 30시간",
}


def re_ask(slot: str) -> str:
    """A clear Korean re-ask for a value that cannot be true (negative wage, impossible date)."""
    return RE_ASK.get(slot, "값을 다시 확인해서 알려 주세요.")


def invalid_fact(field: str, message: str) -> str:
    return f"입력하신 내용 중 확인이 필요한 게 있어요 ({field}: {message}). 다시 알려 주세요."


def not_in_force(detail: str) -> str:
    return f"그 날짜는 제가 가진 법령 자료 범위 밖이라 답할 수 없어요. {detail}"


def engine_failed(detail: str) -> str:
    return f"지금은 계산을 할 수 없어요. 잠시 뒤 다시 시도하거나 {HOTLINE}에 문의해 주세요. ({detail})"


ASKED_UNKNOWN = "괜찮아요, 그 부분은 빼고 확인할게요."


INDUSTRY_NAMES = {
    "manufacturing": "제조업", "mining": "광업", "construction": "건설업", "transport_storage": "운수·창고업",
    "ict": "정보통신업", "business_support": "사업지원 서비스업", "professional_science": "전문·과학·기술 서비스업",
    "health_social": "보건·사회복지업", "wholesale_retail": "도매·소매업", "accommodation_food": "숙박·음식점업",
    "finance_insurance": "금융·보험업", "arts_sports": "예술·스포츠·여가업", "other": "그 밖의 업종",
}
"""Korean names of the industry codes of shared/API.md, as the agent view (bot/web/static/agent.js)
and the form's last button ("그 밖의 업종") name them."""


FACT_WORDS = {
    "child_age_months": lambda v: f"아이 {v}개월",
    "child_birth_date": lambda v: f"아이 {korean_date(v)}생",
    "child_grade": lambda v: f"아이 초{v}" if v else "아이 미취학",
    "pregnancy_weeks": lambda v: f"임신 {v}주",
    "due_date": lambda v: f"출산 예정일 {korean_date(v)}",
    "monthly_wage": lambda v: f"월급 {won(v)}",
    "headcount": lambda v: f"직원 {v}명",
    "industry": INDUSTRY_NAMES.get,
    "weekly_hours": lambda v: f"주 {v:g}시간",
    "plan_reduced_hours": lambda v: f"단축 후 주 {v:g}시간",
}
"""How each case fact is said back to the user."""


def heard_facts_line(facts: dict[str, Any]) -> str | None:
    """What the bot read from one message, in the user's terms ("아이 6개월 · 월급 3,000,000원 ·
    직원 45명"), so that a misread number is seen and corrected before any amount rests on it."""
    parts = [FACT_WORDS[name](value) for name, value in facts.items() if name in FACT_WORDS]
    parts = [part for part in parts if part]
    return f"이렇게 알아들었어요: {' · '.join(parts)}" if parts else None


YOUNGEST_CHILD_NOTICE = "아이가 둘 이상이라 막내 기준으로 확인할게요. 다른 아이 이야기라면 알려 주세요."
"""Said when a message names several children: the case follows the youngest one."""

# --- HR ------------------------------------------------------------------------------------------


def render_employer_rules(description: dict[str, Any], topic: str) -> list[str]:
    """HR: duties, refusal grounds or penalties for one kind of request, from describe_program."""
    facts = description.get("facts", {})
    lines = [f"🏢 {description['name']} — {TOPIC_TITLES[topic]}"]
    if topic == "obligation":
        lines += list(description.get("summary", []))
    if topic in ("obligation", "refusal"):
        lines += _refusal_lines(facts)
    penalties = _penalty_lines(facts.get("penalties") or {}, only_refusal=topic == "refusal")
    lines += penalties if topic != "obligation" else penalties[:1]
    if len(lines) == 1:
        lines += list(description.get("summary", [])) + [NO_HR_DATA]
    if description.get("basis"):
        lines.append(f"근거: {description['basis']}")
    lines.append(f"({korean_date(description['as_of'])} 기준)")
    return split_for_phone(lines)


def _refusal_lines(facts: dict[str, Any]) -> list[str]:
    grounds = facts.get("refusal_grounds")
    if isinstance(grounds, str):
        return [f"회사가 거부할 수 있는 경우: {grounds}"]
    if any(key.startswith("refuse") for key in facts.get("penalties") or {}):
        return [NO_REFUSAL_GROUNDS]
    return []


def _penalty_lines(penalties: dict[str, Any], only_refusal: bool) -> list[str]:
    lines = []
    for key, entry in penalties.items():
        kind = key.split("_")[0] if not key.startswith("no_return") else "no_return"
        if only_refusal and kind != "refuse":
            continue
        when = PENALTY_WHEN.get(kind, key)
        lines.append(f"· {when}: {entry.get('penalty')} ({entry.get('basis')})")
    return lines


PENALTY_WHEN = {
    "refuse": "허용하지 않으면",
    "disadvantage": "이를 이유로 해고·불이익을 주면",
    "no_return": "끝난 뒤 같은 업무(같은 임금 수준)로 복귀시키지 않으면",
    "overtime": "단축 근무 중 연장근로를 시키면",
    "unpaid": "급여를 주지 않으면",
}
NO_REFUSAL_GROUNDS = "지식베이스에 정리된 거부 사유는 없어요. 허용하지 않으면 아래 제재를 받을 수 있어요."
NO_HR_DATA = "이 항목은 지식베이스에 따로 정리된 내용이 없어요. 1350에 확인해 주세요."


TOPIC_TITLES = {"obligation": "회사가 해야 할 일", "refusal": "거부할 수 있는 경우",
                "penalty": "어기면 받는 제재"}
HR_ASK_PROGRAM = ("어떤 신청에 대해 알려 드릴까요? 예: 육아휴직, 육아기 근로시간 단축, 배우자 출산휴가, "
                  "임신기 근로시간 단축, 가족돌봄휴가")

# --- low confidence and handoff -----------------------------------------------------------------

INTENT_LABELS = {
    "ask_program_info": "제도 설명", "ask_eligibility": "받을 수 있는지 확인", "ask_amount": "금액 문의",
    "ask_how_to_apply": "신청 방법", "ask_deadline": "신청 기한", "ask_what_if": "조건 바꿔 비교",
    "ask_why_not": "안 되는 이유", "ask_plan": "시기별 계획", "check_my_case": "내 상황 확인하기",
    "ask_employer_obligation": "회사 의무", "ask_refusal_rule": "거부할 수 있는지",
    "ask_penalty": "위반 시 제재", "ask_employer_subsidy": "회사 지원금", "inform": "상황 설명",
    "correct": "내용 고치기", "human_handoff": "상담원 연결",
    "greet": "인사", "goodbye": "대화 끝내기", "restart": "처음부터 다시",
}
CLARIFY = "제가 정확히 이해했는지 모르겠어요. 이 중 어떤 건가요?"
CLARIFY_NOTHING = "제가 잘 이해하지 못했어요. 다른 말로 한 번만 더 말씀해 주시겠어요?"
HANDOFF_BUTTON = "상담원 연결"


def handoff_text(summary: str) -> str:
    return (f"제가 답하기 어려운 내용이라 상담원에게 연결할게요. 고용노동부 고객상담센터 {HOTLINE}"
            f"(국번 없이) 또는 회사 인사팀에 아래 요약을 보여 주세요.\n{summary}")


def case_summary(facts: list[dict[str, Any]], result: Result | None) -> str:
    """A short summary an agent can read: the facts given and what was found."""
    given = ", ".join(f"{f['path']}={f['value']}" for f in facts) or "입력한 정보 없음"
    lines = [f"[상황] {given}"]
    if result is not None:
        names = [p.name for p in _by_status(result, ELIGIBLE)]
        lines.append(f"[대상 제도] {', '.join(names) or '없음'} ({korean_date(result.as_of)} 기준)")
    return "\n".join(lines)


def handoff_payload(summary: str) -> dict[str, Any]:
    return {"kind": "handoff", "summary": summary, "phone": HOTLINE}
