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
        assert len(fake_stack["rasa"].received) == received
        save_screenshot(driver, "widget-error")


def test_desktop_layout_shows_the_room_as_a_centred_panel(fake_stack: dict[str, Any]) -> None:
    with chromium(DESKTOP, mobile=False) as driver:
        wait = open_widget(driver, fake_stack["base_url"])
        send(driver, QUESTION)
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".programs-card")))
        room = driver.find_element(By.CSS_SELECTOR, ".room").rect
        assert room["width"] <= 480 and abs((room["x"] * 2 + room["width"]) - DESKTOP[0]) <= 2
        save_screenshot(driver, "widget-desktop")
        assert page_errors(driver) == []
