"""The questionnaire: asks only what the engine still needs, in its order; re-asks bad values."""
from __future__ import annotations

import pytest
from knowledge import evaluate
from rasa_sdk.events import SlotSet

from actions.case_builder import UNKNOWN, case_from_slots, slot_for_fact
from actions.evaluation import advice_date
from actions.form import ValidateCaseForm, missing_slots
from tests.conversation.helpers import entity, make_tracker, texts

DOMAIN = {"forms": {"case_form": {"required_slots": ["gender", "monthly_wage"]}}, "slots": {}}
VOLUNTEERED = {"pregnancy_weeks": "10", "headcount": "50", "industry": "manufacturing",
               "monthly_wage": "2800000"}


def test_facts_given_at_once_are_not_asked_again():
    asked = missing_slots(VOLUNTEERED)
    assert not {"pregnancy_weeks", "headcount", "industry", "monthly_wage"} & set(asked)
    assert "gender" in asked and "due_date" in asked


def test_questions_follow_the_engine_order():
    result = evaluate(case_from_slots(VOLUNTEERED, advice_date()))
    engine_order = [slot_for_fact(f) for f in result.missing_facts if slot_for_fact(f)]
    asked = missing_slots(VOLUNTEERED)
    assert asked == [slot for slot in engine_order if slot in asked]


def test_a_worker_is_not_asked_about_the_company_plan_of_a_subsidy():
    asked = missing_slots({**VOLUNTEERED, "gender": "female", "child_birth_date": UNKNOWN})
    assert "plan_leave_start" not in asked


def test_an_employer_is_asked_about_the_company_first():
    assert missing_slots({"role": "employer"})[:2] == ["headcount", "industry"]


async def run_form(tracker, dispatcher):
    return await ValidateCaseForm().run(dispatcher, tracker, DOMAIN)


@pytest.mark.asyncio
async def test_a_negative_wage_is_cleared_and_re_asked(dispatcher):
    events = [{"event": "slot", "name": "monthly_wage", "value": "-3000000"}]
    tracker = make_tracker({"monthly_wage": "-3000000"}, entities=[entity("monthly_wage", "-3000000")],
                           events=[], active_loop="case_form")
    tracker.events.extend(events)
    result = await run_form(tracker, dispatcher)
    assert SlotSet("monthly_wage", None) in result
    assert texts(dispatcher)[0] == "월급은 0보다 큰 금액으로 알려 주세요. 예: 월 300만원"
    assert result[-1] == SlotSet("requested_slot", missing_slots({})[0])


@pytest.mark.asyncio
async def test_an_impossible_birth_date_is_re_asked(dispatcher):
    tracker = make_tracker({"child_birth_date": "2026-02-30"}, active_loop="case_form")
    tracker.events.append({"event": "slot", "name": "child_birth_date", "value": "2026-02-30"})
    result = await run_form(tracker, dispatcher)
    assert SlotSet("child_birth_date", None) in result
    assert "아이 생일은 오늘 이전의 실제 날짜로" in texts(dispatcher)[0]


@pytest.mark.asyncio
async def test_a_wage_over_the_plausible_limit_is_re_asked(dispatcher):
    tracker = make_tracker({"monthly_wage": "3000000000"}, active_loop="case_form")
    tracker.events.append({"event": "slot", "name": "monthly_wage", "value": "3000000000"})
    result = await run_form(tracker, dispatcher)
    assert SlotSet("monthly_wage", None) in result


@pytest.mark.asyncio
async def test_valid_values_are_kept_as_numbers_and_the_next_fact_is_requested(dispatcher):
    tracker = make_tracker(VOLUNTEERED, active_loop="case_form")
    tracker.events.extend({"event": "slot", "name": k, "value": v} for k, v in VOLUNTEERED.items())
    result = await run_form(tracker, dispatcher)
    assert result == [SlotSet("pregnancy_weeks", 10), SlotSet("headcount", 50),
                      SlotSet("industry", "manufacturing"), SlotSet("monthly_wage", 2800000),
                      SlotSet("requested_slot", missing_slots(VOLUNTEERED)[0])]
    assert dispatcher.messages == []


@pytest.mark.asyncio
async def test_dont_know_skips_the_question(dispatcher):
    tracker = make_tracker({**VOLUNTEERED, "requested_slot": "gender"}, text="잘 모르겠어요",
                           active_loop="case_form")
    result = await run_form(tracker, dispatcher)
    assert result[0] == SlotSet("gender", UNKNOWN)
    assert texts(dispatcher) == ["괜찮아요, 그 부분은 빼고 확인할게요."]
    assert SlotSet("requested_slot", "gender") not in result


@pytest.mark.asyncio
async def test_no_child_yet_skips_the_birth_date(dispatcher):
    tracker = make_tracker({"pregnancy_weeks": 10, "requested_slot": "child_birth_date"},
                           text="아직 없어요", active_loop="case_form")
    result = await run_form(tracker, dispatcher)
    assert result[0] == SlotSet("child_birth_date", UNKNOWN)


@pytest.mark.asyncio
async def test_a_date_answers_the_date_question(dispatcher):
    tracker = make_tracker({"requested_slot": "plan_leave_start"}, entities=[entity("date", "2027-03-01")],
                           text="내년 3월이요", active_loop="case_form")
    result = await run_form(tracker, dispatcher)
    assert result[0] == SlotSet("plan_leave_start", "2027-03-01")


@pytest.mark.asyncio
@pytest.mark.parametrize("answer,text,birth_date", [
    (entity("child_age_months", "6"), "아이는 6개월이에요", "2026-05-24"),
    (entity("child_grade", "2"), "초2예요", "2018-01-01"),
], ids=["age", "school_grade"])
async def test_an_age_or_school_grade_answers_the_birth_date_question(dispatcher, answer, text, birth_date):
    tracker = make_tracker({"requested_slot": "child_birth_date"}, entities=[answer], text=text,
                           active_loop="case_form")
    result = await run_form(tracker, dispatcher)
    assert advice_date().isoformat() == "2026-11-24"
    assert result[0] == SlotSet("child_birth_date", birth_date)


def test_a_first_pregnancy_is_not_asked_for_a_childs_birth_date():
    slots = {"pregnancy_weeks": "10", "headcount": "50", "industry": "manufacturing",
             "monthly_wage": "2800000"}  # law-data-ok
    asked = missing_slots(slots)
    assert "child_birth_date" not in asked
    assert asked, "the engine still needs facts (e.g. the due date or gender)"


def test_a_pregnant_parent_with_an_older_child_keeps_the_child_facts():
    slots = {"pregnancy_weeks": "10", "child_age_months": "30"}
    assert "child_birth_date" not in missing_slots(slots)
    assert case_from_slots(slots, advice_date())["children"][0]["birth_date"] == "2024-05-24"
