"""The chat widget in a real headless Chromium, served by the real web front.

The fake Rasa answers with the conversation helper's real `programs` payload for a case the
real knowledge engine evaluates, so the amounts the page must show are computed here the same
way and compared to what the browser displays.
"""
from __future__ import annotations

import json
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from tests.web.browser_harness import (  # noqa: F401  (fake_stack is a fixture)
    DESKTOP, PHONE, chromium, fake_case, fake_stack, page_errors, save_screenshot,
)

QUESTION = "육아휴직 급여가 얼마예요? 월급 300만원이에요"
WAIT_SECONDS = 20


def expected_items() -> dict[str, dict[str, Any]]:
    """The programs payload items the fake bot sends, by program id."""
    from actions.messages import programs_payload
    from knowledge import evaluate

    return {item["id"]: item for item in programs_payload(evaluate(fake_case()))["items"]}


def open_widget(driver: Any, base_url: str) -> Any:
    driver.get(f"{base_url}/")
    wait = WebDriverWait(driver, WAIT_SECONDS)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "body[data-ready='true']")))
    return wait


def send(driver: Any, text: str) -> None:
    box = driver.find_element(By.ID, "message")
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def log_text(driver: Any) -> str:
    return driver.find_element(By.ID, "log").text


def stored_sender(driver: Any) -> str:
    return driver.execute_script("return localStorage.getItem('worklife.sender')")


def stored_feedback(db_url: str, sender: str) -> list[dict[str, Any]]:
    from sqlalchemy import create_engine

    from bot.storage import list_feedback

    engine = create_engine(db_url)
    try:
        return list_feedback(engine, sender)
    finally:
        engine.dispose()


def test_question_gets_answer_with_program_amounts_on_a_phone(fake_stack: dict[str, Any]) -> None:
    items = expected_items()
    parental = items["parental_leave"]
    assert parental["status"] == "eligible" and parental["total"] > 0
    with chromium(PHONE, mobile=True) as driver:
        wait = open_widget(driver, fake_stack["base_url"])
        assert driver.switch_to.active_element.get_attribute("id") == "message"
        send(driver, QUESTION)
        card = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".programs-card")))
        program = card.find_element(By.CSS_SELECTOR, "[data-program='parental_leave']")
        assert program.find_element(By.CSS_SELECTOR, ".amount").text.startswith(f"{parental['total']:,}원")
        assert program.find_element(By.CSS_SELECTOR, ".badge").text == "받을 수 있어요"
        assert "말씀하신 상황으로 확인해 봤어요." in log_text(driver)
        user_bubbles = driver.find_elements(By.CSS_SELECTOR, ".msg.user .bubble")
        assert [bubble.text for bubble in user_bubbles] == [QUESTION]
        chips = [chip.text for chip in driver.find_elements(By.CSS_SELECTOR, "#chips .chip")]
        assert chips == ["신청 방법", "상담원 연결"]
        last = fake_stack["rasa"].received[-1]
        assert (last["sender"], last["message"]) == (stored_sender(driver), QUESTION)
        save_screenshot(driver, "widget-phone")
        card.find_element(By.XPATH, ".//button[normalize-space()='도움이 됐어요']").click()
        wait.until(lambda page: "의견 고마워요" in card.text)
        assert [row["helpful"] for row in stored_feedback(fake_stack["db_url"], stored_sender(driver))] == [True]
        assert page_errors(driver) == []


def test_conversation_and_sender_survive_a_reload_and_restart_clears_them(
        fake_stack: dict[str, Any]) -> None:
    with chromium(PHONE, mobile=True) as driver:
        wait = open_widget(driver, fake_stack["base_url"])
        sender = stored_sender(driver)
        send(driver, QUESTION)
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".programs-card")))
        driver.refresh()
        wait = open_widget(driver, fake_stack["base_url"])
        assert stored_sender(driver) == sender
        assert driver.find_elements(By.CSS_SELECTOR, ".programs-card")
        assert QUESTION in log_text(driver)
        driver.find_element(By.ID, "restart").click()
        wait.until(lambda page: QUESTION not in log_text(page)
                   and page.find_elements(By.CSS_SELECTOR, ".msg.bot .bubble"))
        assert fake_stack["rasa"].received[-1]["message"] == "/restart"
        assert fake_stack["rasa"].received[-1]["sender"] == sender
        history = json.loads(driver.execute_script("return localStorage.getItem('worklife.history.v1')"))
        assert [entry["who"] for entry in history] == ["bot"]  # only the new welcome
        assert driver.switch_to.active_element.get_attribute("id") == "message"


def test_quick_reply_is_reachable_by_keyboard(fake_stack: dict[str, Any]) -> None:
    with chromium(PHONE, mobile=True) as driver:
        wait = open_widget(driver, fake_stack["base_url"])
        send(driver, QUESTION)
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".programs-card")))
        box = driver.find_element(By.ID, "message")
        box.send_keys(Keys.SHIFT, Keys.TAB)  # the composer comes right after the chips
        focused = driver.switch_to.active_element
        assert focused.get_attribute("class") == "chip" and focused.text == "상담원 연결"
        focused.send_keys(Keys.ENTER)
        wait.until(lambda page: fake_stack["rasa"].received[-1]["message"] == "/human_handoff")
        wait.until(lambda page: [b.text for b in page.find_elements(By.CSS_SELECTOR, ".msg.user .bubble")][-1:] == ["상담원 연결"])


def test_too_long_message_gets_korean_error_and_keeps_the_text(fake_stack: dict[str, Any]) -> None:
    too_long = "육아휴직 " * 500  # well over the web front's message limit
    with chromium(PHONE, mobile=True) as driver:
        wait = open_widget(driver, fake_stack["base_url"])
        received = len(fake_stack["rasa"].received)
        driver.execute_script("document.getElementById('message').value = arguments[0]", too_long)
        driver.find_element(By.ID, "message").send_keys(Keys.ENTER)
        alert = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".msg.error [role='alert']")))
        assert "메시지가 너무 길어요" in alert.text
        assert driver.find_element(By.ID, "message").get_attribute("value") == too_long
        assert driver.find_elements(By.CSS_SELECTOR, ".msg.user") == []  # not shown as sent
        assert len(fake_stack["rasa"].received) == received
        save_screenshot(driver, "widget-error")


def test_bot_failure_shows_korean_error_and_retry_sends_the_message_once(
        fake_stack: dict[str, Any]) -> None:
    with chromium(PHONE, mobile=True) as driver:
        wait = open_widget(driver, fake_stack["base_url"])
        fake_stack["rasa"].fail_next = 1
        send(driver, QUESTION)
        alert = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".msg.error [role='alert']")))
        assert "잠시 후 다시" in alert.text
        assert driver.find_elements(By.CSS_SELECTOR, ".msg.user.failed")
        save_screenshot(driver, "widget-bot-down")
        alert.find_element(By.XPATH, ".//button[normalize-space()='다시 보내기']").click()
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".programs-card")))
        assert driver.find_elements(By.CSS_SELECTOR, ".msg.error, .msg.failed") == []
        history = json.loads(driver.execute_script("return localStorage.getItem('worklife.history.v1')"))
        assert [entry["text"] for entry in history if entry["who"] == "user"] == [QUESTION]


def test_desktop_layout_shows_the_room_as_a_centred_panel(fake_stack: dict[str, Any]) -> None:
    with chromium(DESKTOP, mobile=False) as driver:
        wait = open_widget(driver, fake_stack["base_url"])
        send(driver, QUESTION)
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".programs-card")))
        room = driver.find_element(By.CSS_SELECTOR, ".room").rect
        assert room["width"] <= 480 and abs((room["x"] * 2 + room["width"]) - DESKTOP[0]) <= 2
        save_screenshot(driver, "widget-desktop")
        assert page_errors(driver) == []


# ---------- the real bot: trained CI model, Rasa server and action server ----------

from tests.support.stack import ADVICE_DATE, rasa_stack  # noqa: E402,F401  (session fixture)
from tests.web.browser_harness import web_front  # noqa: E402

REAL_ANSWERS = ("아이는 6개월이에요", "월급은 300만원이에요", "여자예요", "몰라요", "몰라요", "몰라요")
REAL_TURN_SECONDS = 60  # the first answers of a cold Rasa model are slow on 2 CI cores


def bot_message_count(driver: Any) -> int:
    return len(driver.find_elements(By.CSS_SELECTOR, "#log .msg.bot:not(.typing)"))


def wait_for_reply(driver: Any, before: int) -> None:
    """Wait until the typing indicator is gone and at least one new bot message is drawn."""
    WebDriverWait(driver, REAL_TURN_SECONDS).until(
        lambda page: not page.find_elements(By.CSS_SELECTOR, ".msg.typing")
        and bot_message_count(page) > before)


def expected_real_items(stack: Any, sender: str) -> dict[str, dict[str, Any]]:
    """The programs payload for the slots the real bot collected, as the real actions build it."""
    from datetime import date

    from actions.case_builder import case_from_slots
    from actions.messages import programs_payload
    from knowledge import evaluate

    slots = stack.tracker(sender)["slots"]
    case = case_from_slots(slots, date.fromisoformat(ADVICE_DATE))
    return {item["id"]: item for item in programs_payload(evaluate(case))["items"]}


def test_real_bot_answers_a_korean_question_in_the_widget(
        rasa_stack: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    log = tmp_path_factory.mktemp("real_web") / "web.log"
    with web_front(rasa_stack.rasa_url, rasa_stack.db_url, log, {"RASA_TOKEN": rasa_stack.rasa_token}) as base_url, \
            chromium(PHONE, mobile=True) as driver:
        open_widget(driver, base_url)
        before = bot_message_count(driver)
        send(driver, "육아휴직 받을 수 있는지 확인하고 싶어요")
        wait_for_reply(driver, before)
        assert driver.find_elements(By.CSS_SELECTOR, ".msg.error") == []
        for answer in REAL_ANSWERS:
            if driver.find_elements(By.CSS_SELECTOR, ".programs-card"):
                break
            before = bot_message_count(driver)
            send(driver, answer)
            wait_for_reply(driver, before)
        save_screenshot(driver, "widget-real-bot")
        cards = driver.find_elements(By.CSS_SELECTOR, ".programs-card")
        assert cards, f"no programs card after the questionnaire:\n{log_text(driver)}"
        expected = expected_real_items(rasa_stack, stored_sender(driver))
        shown = {item.get_attribute("data-program"): item
                 for item in cards[-1].find_elements(By.CSS_SELECTOR, ".program")}
        amounts = {key: item for key, item in expected.items()
                   if item["status"] == "eligible" and item["total"]}
        assert amounts, "the collected case should give at least one paid program"
        for program_id, item in amounts.items():
            amount = shown[program_id].find_element(By.CSS_SELECTOR, ".amount").text
            assert amount.startswith(f"{item['total']:,}원")
