"""Direct questions: describe_program without a questionnaire, then an offer; HR rules."""
from __future__ import annotations

import pytest

from actions.programs import ActionEmployerRules, ActionProgramInfo
from tests.conversation.helpers import entity, make_tracker, texts


@pytest.mark.asyncio
async def test_spouse_birth_leave_days_are_answered_directly_with_an_offer(dispatcher):
    tracker = make_tracker(intent="ask_program_info", entities=[entity("program", "spouse_birth_leave")],
                           text="배우자 출산휴가 며칠이에요?")
    assert await ActionProgramInfo().run(dispatcher, tracker, {}) == []
    answer = texts(dispatcher)[0]
    assert answer.startswith("📌 배우자 출산(전후)휴가\n")
    assert "20일" in answer and "120일" in answer and "1,684,210원" in answer
    assert "(2026년 11월 24일 기준)" in answer
    offer = dispatcher.messages[-1]
    assert offer["text"] == "내 상황으로 받을 수 있는지, 얼마인지 확인해 볼까요?"
    assert [b["payload"] for b in offer["buttons"]] == ["/affirm", "/deny"]


@pytest.mark.asyncio
async def test_an_amount_question_adds_the_persons_own_amount(dispatcher):
    slots = {"child_birth_date": "2026-03-01", "monthly_wage": 3000000, "insured_days": 14,
             "plan_leave_months": 12, "plan_leave_start": "2026-12-01", "gender": "female"}
    tracker = make_tracker(slots, intent="ask_amount", entities=[entity("program", "parental_leave")])
    await ActionProgramInfo().run(dispatcher, tracker, {})
    assert ("알려 주신 상황이면 → 💰 고용보험 지급: 1~3개월 월 2,500,000원, 4~6개월 월 2,000,000원, "
            "7~12개월 월 1,600,000원 (총 23,100,000원)") in texts(dispatcher)


@pytest.mark.asyncio
async def test_a_wage_alone_gets_what_the_program_pays_that_wage(dispatcher):
    """"육휴 쓰면 얼마 나와요? 월급 300이에요": the child and the insured period are unknown, so
    the amount for the wage under the general rule, its articles, and the condition."""
    tracker = make_tracker({"monthly_wage": 3000000}, intent="ask_amount",
                           entities=[entity("program", "parental_leave"), entity("monthly_wage", 3000000)],
                           text="육휴 쓰면 얼마 나와요? 월급 300이에요")
    await ActionProgramInfo().run(dispatcher, tracker, {})
    assert ("💰 월 통상임금 3,000,000원이면 → 1~3개월 월 2,500,000원, 4~6개월 월 2,000,000원, "
            "7~12개월 월 1,600,000원 (총 23,100,000원)\n"
            "근거: 남녀고용평등법 제19조 제2항, 고용보험법 시행령 제95조 제1항, 고용보험법 시행령 제95조 제3항 "
            "(2025년 1월 1일 시행)\n"
            "자녀 나이와 고용보험 기간 요건을 채웠을 때 금액이에요.") in texts(dispatcher)
    assert dispatcher.messages[-1]["text"] == "내 상황으로 받을 수 있는지, 얼마인지 확인해 볼까요?"


@pytest.mark.asyncio
async def test_a_wage_and_two_weekly_hours_get_the_monthly_reduction_pay(dispatcher):
    """"단축근무 하면 얼마 받아요? 월급 300 주40시간인데 30시간으로": 2,500,000 × 10 ÷ 40."""
    slots = {"monthly_wage": 3000000, "weekly_hours": "40", "plan_reduced_hours": "30"}
    tracker = make_tracker(slots, intent="ask_amount", entities=[entity("program", "childcare_reduced_hours")])
    await ActionProgramInfo().run(dispatcher, tracker, {})
    line = next(text for text in texts(dispatcher) if text.startswith("💰"))
    assert line.startswith("💰 월 통상임금 3,000,000원, 주 40시간 → 30시간이면 → 고용보험에서 월 625,000원\n근거: ")
    assert "고용보험법 시행령 제104조의2" in line and "(2026년 1월 1일 시행)" in line


@pytest.mark.asyncio
async def test_no_wage_estimate_when_the_program_does_not_apply_or_pays_by_more_than_the_wage(dispatcher):
    too_old = {"monthly_wage": 3000000, "child_birth_date": "2015-01-01"}  # 초등 5학년
    await ActionProgramInfo().run(dispatcher, make_tracker(too_old, intent="ask_amount",
                                                           entities=[entity("program", "parental_leave")]), {})
    await ActionProgramInfo().run(dispatcher, make_tracker({"monthly_wage": 3000000}, intent="ask_amount",
                                                           entities=[entity("program", "maternity_leave")]), {})
    assert not any("💰 월 통상임금" in text for text in texts(dispatcher))
    assert len(texts(dispatcher)) > 2  # the program descriptions and the offers were sent


@pytest.mark.asyncio
async def test_a_question_without_a_program_asks_which_one(dispatcher):
    await ActionProgramInfo().run(dispatcher, make_tracker(intent="ask_program_info"), {})
    assert texts(dispatcher)[0].startswith("어떤 제도가 궁금하세요?")


@pytest.mark.asyncio
async def test_hr_refusal_rule_for_reduced_hours_gives_the_narrowed_grounds(dispatcher):
    tracker = make_tracker(intent="ask_refusal_rule", entities=[entity("program", "childcare_reduced_hours")])
    await ActionEmployerRules().run(dispatcher, tracker, {})
    answer = texts(dispatcher)[0]
    assert answer.startswith("🏢 육아기 근로시간 단축 — 거부할 수 있는 경우")
    assert "대체인력 채용 불가는 더 이상 거부 사유가 아니에요" in answer
    assert "500만원 이하 과태료 (남녀고용평등법 제39조 제3항" in answer


@pytest.mark.asyncio
async def test_hr_penalties_for_spouse_birth_leave(dispatcher):
    tracker = make_tracker(intent="ask_penalty", entities=[entity("program", "spouse_birth_leave")])
    await ActionEmployerRules().run(dispatcher, tracker, {})
    answer = texts(dispatcher)[0]
    assert "· 허용하지 않으면: 500만원 이하 과태료 (남녀고용평등법 제39조 제3항 제3호)" in answer
    assert "· 이를 이유로 해고·불이익을 주면: 3년 이하 징역 또는 3천만원 이하 벌금" in answer


@pytest.mark.asyncio
async def test_hr_question_remembers_the_program_asked_before(dispatcher):
    tracker = make_tracker({"focus_program": "spouse_birth_leave"}, intent="ask_employer_obligation")
    await ActionEmployerRules().run(dispatcher, tracker, {})
    assert texts(dispatcher)[0].startswith("🏢 배우자 출산(전후)휴가 — 회사가 해야 할 일")
