"""End to end: the real Rasa server and action server, a Korean conversation over HTTP.

A mother of a 6-month-old (월 통상임금 300만원, 45-person manufacturer) describes her situation,
answers whatever the engine still needs, and gets 육아휴직 month by month; "6개월만 쓰면?"
recomputes; the Rasa server is restarted and the conversation continues from the database.
Expected amounts follow 고용보험법 시행령 제95조 as in force on 2026-11-24 (1~3개월 cap 250만,
4~6개월 200만, 7개월~ 80% cap 160만).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.paths import DOMAIN
from tests.support.stack import Stack

SENDER = "e2e-mother"
# How this mother answers each question the form may ask (by slot).
ANSWERS = {
    "child_birth_date": "2026년 5월 24일생이에요",
    "gender": "엄마예요",
    "insured_days": "고용보험은 14개월 됐어요",
    "tenure_months": "지금 회사는 14개월 다녔어요",
    "monthly_wage": "월 300이에요",
    "weekly_hours": "주 40시간 일해요",
    "headcount": "직원 45명이에요",
}
DEFAULT_ANSWER = "몰라요"
YES_NO_ANSWER = "아니요"
MAX_QUESTIONS = 25


def question_texts() -> dict[str, str]:
    """utter_ask_<slot> text (every variant: a worker's, an employer's) → slot, read from the
    domain (the test follows the engine's order)."""
    responses = yaml.safe_load((Path(DOMAIN) / "case_form.yml").read_text(encoding="utf-8"))["responses"]
    return {variant["text"]: name.removeprefix("utter_ask_") for name, variants in responses.items()
            for variant in variants}


def asked_slot(messages: list[dict[str, Any]], questions: dict[str, str]) -> str | None:
    for message in reversed(messages):
        if message.get("text") in questions:
            return questions[message["text"]]
    return None


def answer_for(slot: str, messages: list[dict[str, Any]]) -> str:
    buttons = next((m["buttons"] for m in reversed(messages) if m.get("buttons")), [])
    if slot in ANSWERS:
        return ANSWERS[slot]
    if any(b["payload"] == "/deny" for b in buttons):
        return YES_NO_ANSWER
    return DEFAULT_ANSWER


def converse_until_result(stack: Stack, first: str) -> list[dict[str, Any]]:
    """Send `first`, answer every question, return all bot messages up to the programs payload."""
    questions, transcript = question_texts(), []
    reply = stack.send(SENDER, first)
    for _ in range(MAX_QUESTIONS):
        transcript += reply
        if any((m.get("custom") or {}).get("kind") == "programs" for m in reply):
            return transcript
        slot = asked_slot(reply, questions)
        assert slot is not None, f"neither a question nor a result: {reply}"
        reply = stack.send(SENDER, answer_for(slot, reply))
    raise AssertionError(f"no result after {MAX_QUESTIONS} answers: {transcript[-3:]}")


def all_text(messages: list[dict[str, Any]]) -> str:
    return "\n".join(m.get("text", "") for m in messages)


def programs(messages: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    payload = next(m["custom"] for m in reversed(messages) if (m.get("custom") or {}).get("kind") == "programs")
    return {item["id"]: item for item in payload["items"]}


def test_a_mother_gets_her_parental_leave_amounts_over_http(rasa_stack: Stack):
    greeting = rasa_stack.send(SENDER, "안녕하세요")
    assert greeting[0]["text"].startswith("안녕하세요! 워라밸 길잡이예요.")

    result = converse_until_result(rasa_stack, "아이가 6개월이고 월급 300이에요. 회사는 직원 45명 제조업이에요")
    text = all_text(result)
    assert "2026년 11월 24일 기준" in text
    assert "1~3개월 월 2,500,000원, 4~6개월 월 2,000,000원, 7~12개월 월 1,600,000원 (총 23,100,000원)" in text
    leave = programs(result)["parental_leave"]
    assert (leave["status"], leave["total"], leave["payer"]) == ("eligible", 23100000, "고용보험")

    what_if = rasa_stack.send(SENDER, "6개월만 쓰면?")
    assert "· 육아휴직: 23,100,000원 → 13,500,000원 (-9,600,000원)" in all_text(what_if)

    rasa_stack.restart_rasa()
    plan = rasa_stack.send(SENDER, "시기별 계획 짜 줘")
    rows = next(m["custom"]["rows"] for m in plan if (m.get("custom") or {}).get("kind") == "plan")
    leave_rows = [row["amount"] for row in rows if row["program_id"] == "parental_leave"]
    assert leave_rows == [2500000] * 3 + [2000000] * 3


def test_rule_questions_are_answered_from_the_faq_over_http(rasa_stack: Stack):
    """A rule question gets the dated FAQ answer; a "did you mean" button names the entry itself."""
    days = all_text(rasa_stack.send("e2e-father", "배우자 출산휴가 며칠이에요?"))
    assert "배우자 출산전후휴가는 20일이고 모두 유급이에요." in days
    assert "근거: 남녀고용평등법 제18조의2" in days

    clicked = all_text(rasa_stack.send("e2e-father", '/ask_program_info{"faq_key": "spouse_leave_weekend_split"}'))
    assert "배우자 출산휴가 20일은 근무일로 세요." in clicked


def test_an_amount_question_with_a_wage_gets_that_wages_amount_over_http(rasa_stack: Stack):
    """One message with a wage and no child: the amount for that wage, before any question."""
    answer = all_text(rasa_stack.send("e2e-wage-only", "육휴 쓰면 얼마 나와요? 월급 300이에요"))
    assert ("💰 월 통상임금 3,000,000원이면 → 1~3개월 월 2,500,000원, 4~6개월 월 2,000,000원, "
            "7~12개월 월 1,600,000원 (총 23,100,000원)") in answer
    assert "자녀 나이와 고용보험 기간 요건을 채웠을 때 금액이에요." in answer


def test_rasas_api_asks_for_the_token_which_is_on_no_command_line(rasa_stack: Stack):
    import urllib.error
    import urllib.request

    with urllib.request.urlopen(f"{rasa_stack.rasa_url}/status?token={rasa_stack.rasa_token}", timeout=30) as ok:
        assert ok.status == 200
    try:
        urllib.request.urlopen(f"{rasa_stack.rasa_url}/status", timeout=30)
        raise AssertionError("the API answered without the token")
    except urllib.error.HTTPError as error:
        assert error.code == 401
    command_line = Path(f"/proc/{rasa_stack.processes['rasa'].pid}/cmdline").read_bytes().decode()
    assert "bot.rasa_server" in command_line and rasa_stack.rasa_token not in command_line


def test_an_employer_is_asked_about_the_employee_over_http(rasa_stack: Stack):
    """HR asking about a subsidy gets the questions worded about the employee, not "you"."""
    questions = {text: slot for text, slot in question_texts().items() if text.startswith("직원")}
    reply = rasa_stack.send("e2e-hr", "우리 회사 직원 40명 제조업인데 대체인력 지원금 되나")
    asked = [m["text"] for m in reply if m.get("text") in question_texts()]
    assert asked and asked[-1] in questions, reply
    assert rasa_stack.tracker("e2e-hr")["slots"]["role"] == "employer"
