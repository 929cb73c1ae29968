"""Facts whose slot depends on the message: conditions, the spouse's leave, what-if hours, HR."""
from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet

from actions.messages import YOUNGEST_CHILD_NOTICE
from actions.slot_mappings import ValidateSlotMappings
from tests.conversation.helpers import entity, make_tracker


async def extract(tracker, dispatcher):
    return await ValidateSlotMappings().run(dispatcher, tracker, {})


@pytest.mark.asyncio
async def test_twins_and_single_parent_switch_on_their_facts(dispatcher):
    tracker = make_tracker(intent="correct", entities=[entity("condition", "multiple_pregnancy"),
                                                        entity("condition", "single_parent")])
    assert await extract(tracker, dispatcher) == [SlotSet("multiple_pregnancy", True),
                                                  SlotSet("single_parent", True)]


@pytest.mark.asyncio
async def test_a_wife_pregnant_makes_the_user_the_father(dispatcher):
    tracker = make_tracker(entities=[entity("relation", "spouse"), entity("condition", "spouse_pregnant")])
    assert await extract(tracker, dispatcher) == [SlotSet("gender", "male")]


@pytest.mark.asyncio
async def test_a_miscarriage_records_how_the_pregnancy_ended(dispatcher):
    tracker = make_tracker(entities=[entity("condition", "miscarriage")])
    assert await extract(tracker, dispatcher) == [SlotSet("pregnancy_ended", "miscarriage")]


@pytest.mark.asyncio
async def test_the_husbands_six_months_are_the_spouses_leave(dispatcher):
    tracker = make_tracker(intent="ask_what_if", entities=[entity("relation", "spouse"),
                                                          entity("duration_months", "6")])
    assert await extract(tracker, dispatcher) == [SlotSet("spouse_leave_months", "6")]


@pytest.mark.asyncio
async def test_my_own_leave_length_and_start_are_the_plan(dispatcher):
    tracker = make_tracker(intent="inform", entities=[entity("duration_months", "12"),
                                                     entity("date", "2027-03-01")])
    assert await extract(tracker, dispatcher) == [SlotSet("plan_leave_months", "12"),
                                                  SlotSet("plan_leave_start", "2027-03-01")]


@pytest.mark.asyncio
async def test_reduced_hours_named_with_a_length_go_to_the_reduction_plan(dispatcher):
    tracker = make_tracker(intent="inform", entities=[entity("program", "childcare_reduced_hours"),
                                                     entity("duration_months", "6")])
    assert await extract(tracker, dispatcher) == [SlotSet("plan_reduced_months", "6")]


@pytest.mark.asyncio
async def test_hours_in_a_what_if_are_the_planned_reduced_hours(dispatcher):
    tracker = make_tracker(intent="ask_what_if", entities=[entity("weekly_hours", "30")])
    assert await extract(tracker, dispatcher) == [SlotSet("plan_reduced_hours", "30")]


@pytest.mark.asyncio
async def test_during_the_questionnaire_a_duration_answers_the_question_not_the_plan(dispatcher):
    tracker = make_tracker({"requested_slot": "tenure_months"}, entities=[entity("duration_months", "8")],
                           active_loop="case_form")
    assert await extract(tracker, dispatcher) == []


@pytest.mark.asyncio
async def test_an_hr_question_makes_the_speaker_an_employer(dispatcher):
    tracker = make_tracker(intent="ask_employer_subsidy")
    assert await extract(tracker, dispatcher) == [SlotSet("role", "employer")]


@pytest.mark.asyncio
async def test_a_clear_message_resets_the_low_confidence_count(dispatcher):
    tracker = make_tracker({"fallback_count": 1}, intent="greet")
    assert await extract(tracker, dispatcher) == [SlotSet("fallback_count", 0)]


@pytest.mark.asyncio
@pytest.mark.parametrize("ages", [(84, 6), (6, 84)])
async def test_of_several_children_the_youngest_is_kept_whatever_the_order(dispatcher, ages):
    """"첫째 7살 둘째 6개월" / "둘째 6개월 첫째 7살": Rasa keeps the last age it read; the case
    gets the 6-month-old (born 2026-05-24 on the advice date 2026-11-24)."""
    tracker = make_tracker({"child_age_months": ages[-1]}, intent="inform",
                           entities=[entity("child_age_months", ages[0]), entity("child_age_months", ages[1])])
    assert await extract(tracker, dispatcher) == [SlotSet("child_birth_date", "2026-05-24"),
                                                  SlotSet("child_age_months", None)]
    assert [m["text"] for m in dispatcher.messages] == [YOUNGEST_CHILD_NOTICE]  # so an older child's case can be put right


@pytest.mark.asyncio
async def test_the_youngest_already_in_the_case_is_not_announced_again(dispatcher):
    """The same two children told again ("첫째 7살 둘째 6개월이라니까요") change nothing: no notice."""
    tracker = make_tracker({"child_birth_date": "2026-05-24", "child_age_months": 6}, intent="inform",
                           entities=[entity("child_age_months", 84), entity("child_age_months", 6)])
    assert await extract(tracker, dispatcher) == [SlotSet("child_age_months", None)]
    assert dispatcher.messages == []


@pytest.mark.asyncio
async def test_a_school_grade_and_an_age_in_one_message_are_two_children(dispatcher):
    """"큰애는 초3이고 작은애는 돌 지났어요": the one-year-old, born 2025-11-24."""
    tracker = make_tracker({"child_grade": 3, "child_age_months": 12}, intent="inform",
                           entities=[entity("child_grade", 3), entity("child_age_months", 12)])
    assert await extract(tracker, dispatcher) == [SlotSet("child_birth_date", "2025-11-24"),
                                                  SlotSet("child_age_months", None), SlotSet("child_grade", None)]


@pytest.mark.asyncio
async def test_one_child_is_left_to_the_plain_mapping(dispatcher):
    tracker = make_tracker({"child_age_months": 6}, intent="inform", entities=[entity("child_age_months", 6)])
    assert await extract(tracker, dispatcher) == []
    assert dispatcher.messages == []


@pytest.mark.asyncio
@pytest.mark.parametrize("intent,values", [("ask_amount", ("40", "30")), ("inform", ("30", "40")),
                                           ("ask_what_if", ("40", "30"))])
async def test_two_weekly_hours_are_todays_and_the_reduced_ones_whatever_the_order(dispatcher, intent, values):
    """"주 40시간인데 30시간으로 줄이려고요": Rasa would keep 30 as today's hours."""
    tracker = make_tracker({"weekly_hours": values[-1]}, intent=intent,
                           entities=[entity("weekly_hours", values[0]), entity("weekly_hours", values[1])])
    events = await extract(tracker, dispatcher)
    assert SlotSet("plan_reduced_hours", "30") in events
    assert (SlotSet("weekly_hours", "40") in events) == (values[-1] != "40")  # unchanged slots are not set again


@pytest.mark.asyncio
async def test_the_same_hours_twice_are_one_fact(dispatcher):
    """"주 40시간, 하루 8시간": both read as 40 a week."""
    tracker = make_tracker({"weekly_hours": "40"}, intent="inform",
                           entities=[entity("weekly_hours", "40"), entity("weekly_hours", "40")])
    assert await extract(tracker, dispatcher) == []


@pytest.mark.asyncio
@pytest.mark.parametrize("before,restored", [("40", "40"), (None, None)])
async def test_hours_a_reduction_goes_down_to_are_the_plan_not_todays_hours(dispatcher, before, restored):
    """"35시간으로 단축하고 싶어요": Rasa's mapping made 35 today's hours; it is the plan, and
    today's hours go back to what the person said before (or to unknown)."""
    text = "35시간으로 단축하고 싶어요"
    hours = {"entity": "weekly_hours", "value": 35, "start": 0, "end": 4}
    events = [{"event": "slot", "name": "weekly_hours", "value": before}] if before else []
    tracker = make_tracker({"weekly_hours": 35}, intent="inform", entities=[hours], text=text, events=events)
    assert await extract(tracker, dispatcher) == [SlotSet("plan_reduced_hours", 35), SlotSet("weekly_hours", restored)]


@pytest.mark.asyncio
async def test_hours_worked_today_stay_todays_hours(dispatcher):
    text = "주 35시간 일해요"
    hours = {"entity": "weekly_hours", "value": 35, "start": 0, "end": 6}
    tracker = make_tracker({"weekly_hours": 35}, intent="inform", entities=[hours], text=text)
    assert await extract(tracker, dispatcher) == []


HEARD_BACK = [
    # "아이가 6개월이고 월급 300이에요. 회사는 직원 45명 제조업이에요": the wage in exact won
    pytest.param({}, "inform", [("child_age_months", 6), ("monthly_wage", "3000000"), ("headcount", "45"),
                                ("industry", "manufacturing")],
                 ["이렇게 알아들었어요: 아이 6개월 · 월급 3,000,000원 · 직원 45명 · 제조업"], id="several-facts"),
    # "월급이 이백이 아니고 삼백이에요": the last value is the case's, and the user sees it
    pytest.param({"monthly_wage": "3000000"}, "correct", [("monthly_wage", "2000000"), ("monthly_wage", "3000000")],
                 ["이렇게 알아들었어요: 월급 3,000,000원"], id="corrected-wage"),
    # "하루 8시간인데 6시간으로 줄이려고요" → 40 and 30 a week, as the hours rules placed them
    pytest.param({"weekly_hours": "30"}, "inform", [("weekly_hours", "40"), ("weekly_hours", "30")],
                 ["이렇게 알아들었어요: 주 40시간 · 단축 후 주 30시간"], id="todays-and-reduced-hours"),
    # "첫째 7살 둘째 6개월, 월급 250": the youngest, in the words the user used
    pytest.param({"child_age_months": 6}, "inform", [("child_age_months", 84), ("child_age_months", 6),
                                                     ("monthly_wage", "2500000")],
                 [YOUNGEST_CHILD_NOTICE, "이렇게 알아들었어요: 아이 6개월 · 월급 2,500,000원"], id="youngest-child"),
]


@pytest.mark.asyncio
@pytest.mark.parametrize("slots,intent,entities,said", HEARD_BACK)
async def test_facts_are_repeated_back_as_the_case_keeps_them(dispatcher, slots, intent, entities, said):
    """A message with two facts or more, or a correction, is repeated back in the user's terms:
    a misread number shows before any amount rests on it."""
    tracker = make_tracker(slots, intent=intent, entities=[entity(name, value) for name, value in entities])
    await extract(tracker, dispatcher)
    assert [m["text"] for m in dispatcher.messages] == said


@pytest.mark.asyncio
async def test_a_single_answer_is_not_repeated_back(dispatcher):
    """"50명이요" answering the headcount question: the next question is the acknowledgement."""
    tracker = make_tracker(intent="inform", entities=[entity("headcount", "50")])
    await extract(tracker, dispatcher)
    assert dispatcher.messages == []
