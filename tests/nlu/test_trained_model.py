"""A trained model (the session's small CI model) parses real Korean sentences.

Intent and normalised entity values are checked on messages dated 2026-11-24, so relative
dates have one right answer.
"""
from __future__ import annotations

import pytest

MESSAGE_DATE = "2026-11-24"

# (text, intent, entities that must be found)
CASES = [
    ("안녕하세요", "greet", set()),
    ("고마워요", "thanks", set()),
    ("상담원 연결해 주세요", "human_handoff", set()),
    ("애가 18개월이고 월급 300이에요", "inform", {("child_age_months", 18), ("monthly_wage", 3000000)}),
    ("작년 3월생 아들 있어요", "inform", {("child_birth_date", "2025-03-01")}),
    # a greeting that gives a fact is telling (the entity-type features), a date "as of" a day
    ("안녕하세요 애가 14개월이에요", "inform", {("child_age_months", 14)}),
    ("내년 1월 15일자로 복직하는데 육휴 급여 신청은 언제까지 해요?", "ask_deadline",
     {("date", "2027-01-15"), ("program", "parental_leave")}),
    ("육휴 쓰면 얼마 나와요?", "ask_amount", {("program", "parental_leave")}),
    ("와이프 출산예정일이 3월인데 배출휴가 며칠이에요?", "ask_program_info",
     {("relation", "spouse"), ("due_date", "2027-03-01"), ("program", "spouse_birth_leave")}),
    ("우리 회사 직원 40명 제조업인데 대체인력 지원금 받을 수 있나요?", "ask_employer_subsidy",
     {("role", "employer"), ("headcount", 40), ("industry", "manufacturing"),
      ("program", "replacement_worker_subsidy")}),
]


@pytest.fixture(scope="module")
def agent(ci_model):
    from rasa.core.agent import Agent

    return Agent.load(str(ci_model))


async def parse(agent, text: str) -> dict:
    from rasa.core.channels.channel import UserMessage

    return await agent.processor.parse_message(UserMessage(text, metadata={"message_date": MESSAGE_DATE}))


# (text, FAQ entry the actions answer with); none of these texts is a training example
FAQ_CASES = [
    ("배우자 출산휴가 며칠이에요?", "spouse_leave_days"),
    ("계약직도 육아휴직 쓸 수 있어요?", "parental_leave_contract_worker"),
    ("출산휴가 나눠서 쓰는 거 돼요?", "maternity_leave_split"),
    ("팀장이 육아휴직 안된대요 거절해도 되는 거예요?", "parental_leave_refusal"),
]


def classified_intent(parsed: dict) -> str:
    """The classifier's best intent (an unsure message is still classified; the bot then asks
    which of the likeliest meanings was meant)."""
    return next(item["name"] for item in parsed["intent_ranking"] if item["name"] != "nlu_fallback")


@pytest.mark.parametrize("text,intent,entities", CASES)
async def test_model_understands(agent, text, intent, entities):
    parsed = await parse(agent, text)
    found = {(e["entity"], e["value"]) for e in parsed["entities"]}
    assert entities <= found
    assert classified_intent(parsed) == intent


@pytest.mark.parametrize("text,key", FAQ_CASES)
async def test_model_picks_the_faq_entry_the_actions_answer_with(agent, text, key):
    from actions.faq import confident_faq_key

    parsed = await parse(agent, text)
    assert parsed["faq_topic"]["key"] == key
    assert confident_faq_key(parsed) == key


STORY = ("안녕하세요. 폰으로 써서 두서없어도 이해해 주세요. 저는 물류 회사에서 일하는 엄마이고 첫째는 작년 "
         "9월생이에요. 남편은 교대 근무라 평일 낮에는 거의 혼자 아이를 봐요. 친정은 부산이라 도움 받기가 "
         "어렵고 어린이집은 대기만 걸어 둔 상태예요. 회사는 직원이 60명쯤 되고 저는 입사한 지 3년 됐어요. "
         "월급은 세전 280 정도 받아요. 내년 봄부터 쉬어 볼까 고민 중인데요, 그러면 육아휴직 급여는 한 달에 "
         "얼마씩 나오나요?")


async def test_a_long_story_is_classified_by_its_question_and_keeps_its_facts(agent):
    parsed = await parse(agent, STORY)
    assert classified_intent(parsed) == "ask_amount"
    found = {(e["entity"], e["value"]) for e in parsed["entities"]}
    assert {("industry", "transport_storage"), ("child_birth_date", "2025-09-01"), ("headcount", 60),
            ("monthly_wage", 2800000), ("program", "parental_leave")} <= found


async def test_unrelated_message_gets_no_faq_answer(agent):
    from actions.faq import confident_faq_key

    assert confident_faq_key(await parse(agent, "안녕하세요")) is None


async def test_entities_come_from_the_rule_layer_with_spans(agent):
    text = "연봉 4200이고 주 40시간 일해요"
    parsed = await parse(agent, text)
    wage = next(e for e in parsed["entities"] if e["entity"] == "monthly_wage")
    assert (wage["value"], text[wage["start"]:wage["end"]], wage["extractor"]) == (
        3500000, "연봉 4200", "KoreanRuleEntityExtractor")


async def test_emoji_only_and_empty_messages_parse_without_entities(agent):
    for text in ["😀😀", " "]:
        parsed = await parse(agent, text)
        assert parsed["entities"] == []
