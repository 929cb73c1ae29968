"""What the browser tests need: a real headless Chromium, the real web front, a fake Rasa.

- Chromium is Debian's `chromium` + `chromedriver` (`.ci/run` installs them). Without them a
  test fails in CI (`CI=true`) and is skipped with the reason on a developer's machine.
- The web front runs as `python -m bot.web` on a free port, exactly as `make run` starts it.
- `FakeRasa` speaks Rasa's REST channel and tracker API and writes Rasa's `events` table, so
  the web front's conversation list and agent view read it as they read a real tracker store.
  Its answers are built by the conversation helper's own payload builders from the real
  knowledge engine, so the browser sees the payload shapes the real bot sends.
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import pytest
from aiohttp import web

from bot.paths import ROOT

SCREENSHOT_DIR = ROOT / "test-output"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)
PHONE = (390, 844)
DESKTOP = (1366, 900)
START_TIMEOUT_SECONDS = 60.0

# The conversation the fake bot has collected: the slots the conversation helper's form fills.
FAKE_SLOTS: dict[str, Any] = {
    "role": "worker", "gender": "female", "monthly_wage": 3000000, "insured_days": 14,
    "child_birth_date": "2026-03-01", "plan_leave_months": 12, "plan_leave_start": "2026-12-01",
}
FAKE_AS_OF = "2026-11-24"
RASA_EVENTS_DDL = """CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT, sender_id VARCHAR(255) NOT NULL,
    type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255),
    action_name VARCHAR(255), data TEXT)"""


# ---------- Chromium ----------

def chromium_binaries() -> tuple[str, str]:
    """Paths of chromium and chromedriver; fail in CI, skip locally when they are missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if browser and driver:
        return browser, driver
    reason = ("Debian's chromium and chromium-driver are not installed "
              "(apt-get install -y chromium chromium-driver)")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser test cannot run in CI: {reason}")
    pytest.skip(reason)


@contextmanager
def chromium(size: tuple[int, int], mobile: bool) -> Iterator[Any]:
    """A fresh headless Chromium (own profile dir) with an exact CSS viewport."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver_path = chromium_binaries()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="worklife-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={size[0]},{size[1]}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": mobile})
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def save_screenshot(driver: Any, name: str) -> Path:
    """Save a PNG under test-output/ (git-ignored) and return its path."""
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


def page_errors(driver: Any) -> list[str]:
    """JavaScript errors the page logged (SEVERE console entries)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


# ---------- processes and ports ----------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, process: subprocess.Popen | None = None, log: Path | None = None) -> None:
    """Poll until `url` answers 200 (or fail with the process's log)."""
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            output = log.read_text(errors="replace") if log else ""
            pytest.fail(f"web front exited early ({process.returncode}):\n{output[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    pytest.fail(f"{url} did not answer within {START_TIMEOUT_SECONDS:.0f} s")


@contextmanager
def web_front(rasa_url: str, db_url: str, log: Path, extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """`python -m bot.web` on a free port in front of `rasa_url`; yields its base URL.

    Its output goes to `log` (a file, so a chatty server can never block on a full pipe);
    `extra_env` adds settings (AGENT_TOKEN …).
    """
    port = free_port()
    env = {**os.environ, "WEB_HOST": "127.0.0.1", "WEB_PORT": str(port), "RASA_URL": rasa_url,
           "WORKLIFE_DB_URL": db_url, "ACTION_SERVER_URL": f"{rasa_url}/webhook", **(extra_env or {})}
    with log.open("w") as output:
        process = subprocess.Popen([sys.executable, "-m", "bot.web"], cwd=ROOT, env=env,
                                   stdout=output, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(f"{base_url}/", process, log)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


# ---------- fake Rasa ----------

class FakeRasa:
    """Rasa's REST webhook + tracker API on a thread, answering from the real knowledge engine."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.port = free_port()
        self.received: list[dict[str, Any]] = []
        self.fail_next = 0  # how many coming webhook calls answer 500, as a crashed Rasa would
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        with sqlite3.connect(db_path) as connection:
            connection.execute(RASA_EVENTS_DDL)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "FakeRasa":
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._serve(), self._loop).result(timeout=10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _serve(self) -> None:
        app = web.Application()
        app.router.add_get("/", self._hello)
        app.router.add_get("/health", self._hello)
        app.router.add_post("/webhooks/rest/webhook", self._webhook)
        app.router.add_get("/conversations/{sender}/tracker", self._tracker)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def _hello(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def _webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        if self.fail_next > 0:
            self.fail_next -= 1
            return web.Response(status=500, text="simulated Rasa failure")
        self.received.append(body)
        answer = fake_answer(body["sender"], body["message"])
        self._store(body["sender"], body["message"], answer)
        return web.json_response(answer)

    async def _tracker(self, request: web.Request) -> web.Response:
        sender = request.match_info["sender"]
        return web.json_response({"sender_id": sender, "slots": dict(FAKE_SLOTS),
                                  "events": self._events(sender)})

    def _store(self, sender: str, text: str, answer: list[dict[str, Any]]) -> None:
        """Write the turn as Rasa's SQL tracker store does: user, slot and bot events."""
        now = time.time()
        rows = [("user", {"event": "user", "text": text, "timestamp": now})]
        rows += [("slot", {"event": "slot", "name": name, "value": value, "timestamp": now})
                 for name, value in FAKE_SLOTS.items()]
        rows += [("bot", {"event": "bot", "text": item.get("text"), "timestamp": now,
                          "data": {key: item[key] for key in ("buttons", "custom") if key in item}})
                 for item in answer]
        with sqlite3.connect(self.db_path) as connection:
            connection.executemany(
                "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, ?, ?, ?)",
                [(sender, kind, data["timestamp"], json.dumps(data, ensure_ascii=False))
                 for kind, data in rows])

    def _events(self, sender: str) -> list[dict[str, Any]]:
        with sqlite3.connect(self.db_path) as connection:
            rows = connection.execute("SELECT data FROM events WHERE sender_id = ? ORDER BY id",
                                      (sender,)).fetchall()
        return [json.loads(row[0]) for row in rows]


def fake_case() -> dict[str, Any]:
    """The Case JSON the conversation helper builds from FAKE_SLOTS."""
    from datetime import date

    from actions.case_builder import case_from_slots

    return case_from_slots(dict(FAKE_SLOTS), date.fromisoformat(FAKE_AS_OF))


def fake_answer(sender: str, message: str) -> list[dict[str, Any]]:
    """What the bot answers: a restart is acknowledged; anything else gets the programs card."""
    from actions.messages import programs_payload
    from knowledge import evaluate

    if message == "/restart":
        return [{"recipient_id": sender, "text": "처음부터 다시 시작할게요."}]
    payload = programs_payload(evaluate(fake_case()))
    return [
        {"recipient_id": sender, "text": "말씀하신 상황으로 확인해 봤어요.",
         "buttons": [{"title": "신청 방법", "payload": "/ask_how_to_apply"},
                     {"title": "상담원 연결", "payload": "/human_handoff"}]},
        {"recipient_id": sender, "custom": payload},
    ]


@contextmanager
def running_fake_stack(folder: Path, extra_env: dict[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """A fake Rasa and the real web front in front of it, sharing one SQLite database in
    `folder`; `extra_env` adds web front settings (AGENT_TOKEN …)."""
    db_path = folder / "worklife.db"
    rasa = FakeRasa(db_path).start()
    db_url = f"sqlite:///{db_path}"
    try:
        with web_front(rasa.url, db_url, folder / "web.log", extra_env) as base_url:
            yield {"base_url": base_url, "rasa": rasa, "db_url": db_url}
    finally:
        rasa.stop()


@pytest.fixture(scope="module")
def fake_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The fake stack shared by a test module's browser tests."""
    with running_fake_stack(tmp_path_factory.mktemp("browser")) as stack:
        yield stack
