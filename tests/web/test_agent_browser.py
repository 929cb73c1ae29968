"""The agent console in a real headless Chromium against the real web front's routes.

Conversations reach Rasa's tracker table through the real `POST /api/v1/chat`; a handoff is
recorded with the storage function actions call. What the console must show (amounts, rule
citations, parameter dates, the suggested answer) is computed here with the real knowledge
engine and the conversation helper's wording, then compared to the page.
"""
from __future__ import annotations

import json
import urllib.request
from typing import Any

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from bot.web.messages import AGENT_TOKEN_REQUIRED
from tests.web.browser_harness import (  # noqa: F401  (fake_stack is a fixture)
    DESKTOP, FAKE_SLOTS, chromium, fake_stack, page_errors, running_fake_stack, save_screenshot,
)

WAIT_SECONDS = 20
CHAT_SENDER = "agent-console-chat"
HANDOFF_SENDER = "agent-console-handoff"
HANDOFF_SUMMARY = "육아휴직을 회사가 거부해서 상담을 원해요"
AGENT_TOKEN = "console-token-for-the-test"


def post_chat(base_url: str, sender: str, message: str) -> dict[str, Any]:
    request = urllib.request.Request(
        f"{base_url}/api/v1/chat", method="POST",
        data=json.dumps({"sender": sender, "message": message}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=20) as response:
        return json.loads(response.read())


def record_handoff(db_url: str, sender: str, summary: str) -> None:
    from sqlalchemy import create_engine

    from bot.storage import create_tables
    from bot.storage import record_handoff as store_handoff

    engine = create_engine(db_url)
    create_tables(engine)
    store_handoff(sender, summary, engine)
    engine.dispose()


def console_case() -> dict[str, Any]:
    """The case the web front builds from the fake bot's slots (as of today, as it does)."""
    from actions.case_builder import case_from_slots

    return case_from_slots(dict(FAKE_SLOTS))


def evaluated(case: dict[str, Any]) -> Any:
    from knowledge import evaluate

    return evaluate(case)


def waiter(driver: Any) -> WebDriverWait:
    """Waits that retry while the console redraws a panel under the test's feet."""
    return WebDriverWait(driver, WAIT_SECONDS, ignored_exceptions=(StaleElementReferenceException,))


def program_block(driver: Any, program_id: str) -> Any:
    return driver.find_element(By.CSS_SELECTOR, f"#programs-panel [data-program='{program_id}']")


def test_console_lists_handoff_first_and_shows_the_case_with_its_sources(
        fake_stack: dict[str, Any]) -> None:
    from actions.messages import render_result

    base_url = fake_stack["base_url"]
    post_chat(base_url, CHAT_SENDER, "월급 300만원이고 육아휴직 얼마나 받아요?")
    post_chat(base_url, HANDOFF_SENDER, "상담원 연결해 주세요")
    record_handoff(fake_stack["db_url"], HANDOFF_SENDER, HANDOFF_SUMMARY)
    result = evaluated(console_case())
    parental = next(program for program in result.programs if program.id == "parental_leave")

    with chromium(DESKTOP, mobile=False) as driver:
        driver.get(f"{base_url}/agent")
        wait = waiter(driver)
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "body[data-ready='true']")))
        rows = driver.find_elements(By.CSS_SELECTOR, "#conversations > li")
        assert "is-handoff" in rows[0].get_attribute("class")
        assert rows[0].find_element(By.CSS_SELECTOR, ".conv").get_attribute("title") == HANDOFF_SENDER
        assert "상담 요청" in rows[0].text
        chat_row = driver.find_element(By.CSS_SELECTOR, f".conv[title='{CHAT_SENDER}']")
        assert "월급 300만원이고 육아휴직 얼마나 받아요?" in chat_row.text

        chat_row.click()
        wait.until(EC.visibility_of_element_located((By.ID, "programs-panel")))
        block = program_block(driver, "parental_leave")
        assert block.find_element(By.CSS_SELECTOR, ".program-total").text == f"{parental.benefit.total:,}원"
        citations = [cite.text for cite in block.find_elements(By.CSS_SELECTOR, ".reasons cite")]
        assert citations == [reason.basis for reason in parental.reasons]
        cells = block.find_elements(By.CSS_SELECTOR, ".params tbody td:nth-child(3)")  # folded: read the DOM
        dates = [cell.get_attribute("textContent") for cell in cells]
        assert dates == [parameter.effective_from.isoformat() for parameter in parental.parameters]

        facts = driver.find_element(By.ID, "facts-panel").text
        assert "worker.monthly_wage" in facts and "3,000,000원" in facts
        assert "월급 300만원이고 육아휴직 얼마나 받아요?" in facts  # where the fact came from
        answer = driver.find_element(By.ID, "answer").get_attribute("value")
        assert answer == "\n\n".join(render_result(result))
        assert "월급 300만원이고" in driver.find_element(By.ID, "transcript-panel").text
        save_screenshot(driver, "agent-desktop")
        assert page_errors(driver) == []


def test_agent_edits_the_case_and_the_console_re_evaluates(fake_stack: dict[str, Any]) -> None:
    base_url = fake_stack["base_url"]
    post_chat(base_url, CHAT_SENDER, "육아휴직 급여가 궁금해요")
    edited_case = console_case()
    edited_case["worker"]["monthly_wage"] = 2000000
    edited = next(program for program in evaluated(edited_case).programs if program.id == "parental_leave")

    with chromium(DESKTOP, mobile=False) as driver:
        driver.get(f"{base_url}/agent#{CHAT_SENDER}")
        wait = waiter(driver)
        wait.until(EC.visibility_of_element_located((By.ID, "programs-panel")))
        wage = driver.find_element(By.ID, "field-worker-monthly_wage")
        wage.clear()
        wage.send_keys("2000000")
        driver.find_element(By.ID, "case-json").click()  # leaving the field updates the JSON
        assert json.loads(driver.find_element(By.ID, "case-json").get_attribute("value")) == edited_case
        driver.find_element(By.ID, "evaluate").click()
        wait.until(lambda page: program_block(page, "parental_leave").find_element(
            By.CSS_SELECTOR, ".program-total").text == f"{edited.benefit.total:,}원")

        case_json = driver.find_element(By.ID, "case-json")
        driver.execute_script("arguments[0].value = arguments[1]", case_json,
                              json.dumps({**edited_case, "worker": {"monthly_wage": -5}}))
        driver.find_element(By.ID, "evaluate").click()
        error = wait.until(EC.visibility_of_element_located((By.ID, "case-error")))
        assert error.text.startswith("worker.monthly_wage:")
        save_screenshot(driver, "agent-edit-error")


def test_new_case_without_conversation_is_evaluated_through_the_api(
        fake_stack: dict[str, Any]) -> None:
    case = console_case()
    expected = next(program for program in evaluated(case).programs if program.id == "parental_leave")
    with chromium(DESKTOP, mobile=False) as driver:
        driver.get(f"{fake_stack['base_url']}/agent")
        wait = waiter(driver)
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "body[data-ready='true']")))
        driver.find_element(By.ID, "new-case").click()
        case_json = wait.until(EC.visibility_of_element_located((By.ID, "case-json")))
        driver.execute_script(
            "arguments[0].value = arguments[1];"
            "arguments[0].dispatchEvent(new Event('change'));", case_json, json.dumps(case))
        assert driver.find_element(By.ID, "field-worker-monthly_wage").get_attribute("value") == str(
            case["worker"]["monthly_wage"])
        driver.find_element(By.ID, "evaluate").click()
        wait.until(lambda page: page.find_elements(By.CSS_SELECTOR, "#programs-panel [data-program='parental_leave']"))
        assert program_block(driver, "parental_leave").find_element(
            By.CSS_SELECTOR, ".program-total").text == f"{expected.benefit.total:,}원"
        assert page_errors(driver) == []


def test_with_an_agent_token_the_console_asks_for_it_once_and_then_shows_the_list(
        tmp_path_factory: Any) -> None:
    """AGENT_TOKEN set: the page asks for the token when the API answers 401, sends it as a
    bearer header from then on, and shows the conversations; a wrong one is asked again."""
    with running_fake_stack(tmp_path_factory.mktemp("agent-token"), {"AGENT_TOKEN": AGENT_TOKEN}) as stack:
        base_url = stack["base_url"]
        post_chat(base_url, CHAT_SENDER, "월급 300만원이고 육아휴직 얼마나 받아요?")
        with chromium(DESKTOP, mobile=False) as driver:
            driver.get(f"{base_url}/agent")
            wait = waiter(driver)
            for typed in ("wrong-token", AGENT_TOKEN):
                prompt = wait.until(EC.alert_is_present())
                assert prompt.text == AGENT_TOKEN_REQUIRED
                prompt.send_keys(typed)
                prompt.accept()
                if typed != AGENT_TOKEN:  # the wrong one is refused: the list says so
                    wait.until(EC.text_to_be_present_in_element((By.ID, "list-status"), AGENT_TOKEN_REQUIRED))
                    driver.find_element(By.ID, "refresh").click()
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, f".conv[title='{CHAT_SENDER}']")))
            assert driver.execute_script("return sessionStorage.getItem('worklife-agent-token')") == AGENT_TOKEN
            assert all("401" in error for error in page_errors(driver))  # only the refused requests
