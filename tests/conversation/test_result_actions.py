"""Result, why-not, what-if and plan actions: exact events, exact won amounts, exact dates."""
from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet

from actions.results import ActionPlan, ActionShowResult, ActionWhatIf, ActionWhyNot
from tests.conversation.helpers import customs, entity, make_tracker, texts

# A mother, child born 2026-03-01, 월 통상임금 300만원, 14 months insured, 12 months of 육아휴직
# from 2026-12-01 at a 45-person manufacturer.
MOTHER = {"child_birth_date": "2026-03-01", "monthly_wage": 3000000, "insured_days": 14,
          "plan_leave_months": 12, "plan_leave_start": "2026-12-01", "gender": "female",
          "single_parent": False, "headcount": 45, "industry": "manufacturing"}


def slot_events(slots: dict) -> list[dict]:
    return [{"event": "slot", "name": name, "value": value} for name, value in slots.items()]


async def run(action, tracker, dispatcher):
    return await action.run(dispatcher, tracker, {})


@pytest.mark.asyncio
async def test_the_result_gives_month_by_month_amounts_payer_deadline_and_date(dispatcher):
    events = await run(ActionShowResult(), make_tracker(MOTHER), dispatcher)
    assert events == []
    answer = "\n".join(texts(dispatcher))
    assert texts(dispatcher)[0].startswith("2026년 11월 24일 기준 법령으로 확인했어요.")
    assert ("💰 고용보험 지급: 1~3개월 월 2,500,000원, 4~6개월 월 2,000,000원, "
            "7~12개월 월 1,600,000원 (총 23,100,000원)") in answer
    assert "2027년 1월 1일부터" in answer
    assert "❌ 출산전후휴가:" in answer


@pytest.mark.asyncio
async def test_each_message_fits_a_phone_screen(dispatcher):
    await run(ActionShowResult(), make_tracker(MOTHER), dispatcher)
    assert len(texts(dispatcher)) >= 4
    assert all(len(text) <= 400 for text in texts(dispatcher))


@pytest.mark.asyncio
async def test_the_result_sends_the_programs_payload(dispatcher):
    await run(ActionShowResult(), make_tracker(MOTHER), dispatcher)
    payload = customs(dispatcher)[0]
    assert payload["kind"] == "programs" and payload["as_of"] == "2026-11-24"
    leave = next(item for item in payload["items"] if item["id"] == "parental_leave")
    assert leave["status"] == "eligible"
    assert leave["total"] == 23100000
    assert leave["payer"] == "고용보험"
    assert leave["amount_text"].startswith("1~3개월 월 2,500,000원")
    assert set(leave) == {"id", "name", "status", "headline", "amount_text", "total", "payer",
                          "apply_until", "reason", "caveat"}
    assert all(item["id"] != "parental_leave_subsidy" for item in payload["items"])


@pytest.mark.asyncio
async def test_an_employer_sees_the_subsidies_for_the_employee(dispatcher):
    await run(ActionShowResult(), make_tracker({**MOTHER, "role": "employer"}), dispatcher)
    ids = [item["id"] for item in customs(dispatcher)[0]["items"]]
    assert "parental_leave_subsidy" in ids and "parental_leave" in ids


@pytest.mark.asyncio
async def test_a_case_the_engine_refuses_gets_a_korean_message(dispatcher):
    await run(ActionShowResult(), make_tracker({"child_birth_date": "2027-01-01"}), dispatcher)
    assert texts(dispatcher)[0].startswith("입력하신 내용 중 확인이 필요한 게 있어요 (children[0].birth_date:")
    assert customs(dispatcher) == []


@pytest.mark.asyncio
async def test_why_not_gives_the_reason_with_the_article(dispatcher):
    tracker = make_tracker(MOTHER, intent="ask_why_not", entities=[entity("program", "maternity_leave")])
    assert await run(ActionWhyNot(), tracker, dispatcher) == []
    answer = texts(dispatcher)[0]
    assert answer.startswith("안 되는 이유예요.\n❌ 출산전후휴가: ")
    assert "근로기준법 제74조" in answer


@pytest.mark.asyncio
async def test_what_if_the_husband_also_takes_leave_shows_the_6_plus_6_difference(dispatcher):
    tracker = make_tracker(MOTHER, intent="ask_what_if", events=slot_events(MOTHER),
                           entities=[entity("relation", "spouse"), entity("program", "parental_leave")])
    events = await run(ActionWhatIf(), tracker, dispatcher)
    assert events == [SlotSet("spouse_leave_months", 12)]
    answer = "\n".join(texts(dispatcher))
    assert answer.startswith("🔁 배우자 육아휴직 12개월을 넣어서 다시 계산했어요 (2026년 11월 24일 기준).")
    # 6+6: months 1–6 at 100% of 3,000,000 under caps 250/250/300/350/400/450만 → 17,000,000;
    # months 7–12 general rule 1,600,000 × 6 → 9,600,000; total 26,600,000 (+3,500,000).
    assert "· 육아휴직: 23,100,000원 → 26,600,000원 (+3,500,000원)" in answer


@pytest.mark.asyncio
async def test_what_if_six_months_only_recomputes_the_total(dispatcher):
    before = {**MOTHER}
    after = {**MOTHER, "plan_leave_months": "6"}
    tracker = make_tracker(after, intent="ask_what_if", events=slot_events(before),
                           entities=[entity("duration_months", "6")])
    assert await run(ActionWhatIf(), tracker, dispatcher) == []
    answer = "\n".join(texts(dispatcher))
    # 2,500,000 × 3 + 2,000,000 × 3 = 13,500,000
    assert "· 육아휴직: 23,100,000원 → 13,500,000원 (-9,600,000원)" in answer
    assert customs(dispatcher)[0]["kind"] == "programs"


@pytest.mark.asyncio
async def test_what_if_without_a_change_asks_what_to_change(dispatcher):
    tracker = make_tracker(MOTHER, intent="ask_what_if", events=slot_events(MOTHER))
    await run(ActionWhatIf(), tracker, dispatcher)
    assert texts(dispatcher) == ["무엇을 바꿔 볼까요? 예: '남편도 육아휴직 6개월 쓰면?', '6개월만 쓰면?', '주 30시간으로 줄이면?'"]


@pytest.mark.asyncio
async def test_the_plan_lists_each_month_with_its_amount(dispatcher):
    await run(ActionPlan(), make_tracker(MOTHER, intent="ask_plan"), dispatcher)
    plan = customs(dispatcher)[0]
    assert plan["kind"] == "plan"
    leave_rows = [row for row in plan["rows"] if row["program_id"] == "parental_leave"]
    assert [row["period"] for row in leave_rows[:2]] == ["2026-12", "2027-01"]
    assert [row["amount"] for row in leave_rows] == [2500000] * 3 + [2000000] * 3 + [1600000] * 6
    assert "2026년 12월 1일부터 육아휴직" in "\n".join(texts(dispatcher))
