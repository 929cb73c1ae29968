"""Start the real bot for end-to-end tests: the Rasa server and the action server on free ports.

`running_stack(model, workdir)` is a context manager; the session fixture `rasa_stack` (import it
into a conftest.py) yields a `Stack` with the URLs. Both servers share one SQLite database
(`WORKLIFE_DB_URL`) through the project's SQL tracker store, so a test can stop the Rasa server,
start it again and find the conversation where it was. Rasa starts as `make run` starts it
(`bot.run.rasa_command`): its HTTP API on loopback only, behind the stack's `rasa_token`.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pytest

from bot.run import rasa_command

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 240  # a cold TensorFlow model load on 2 busy CI cores
ADVICE_DATE = "2026-11-24"
"""The date whose law the end-to-end conversations are checked against (WORKLIFE_AS_OF)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_json(url: str, payload: Any | None = None, timeout: float = 60) -> Any:
    """GET (payload None) or POST JSON; returns the decoded JSON answer."""
    data = None if payload is None else json.dumps(payload).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8") or "null")


def _answers(url: str) -> bool:
    try:
        http_json(url, timeout=5)
        return True
    except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError):
        return False


@dataclass
class Stack:
    """A running Rasa + action server pair and what a test needs to talk to it."""

    rasa_url: str
    action_url: str
    db_url: str
    model: Path
    workdir: Path
    env: dict[str, str]
    rasa_token: str = "e2e-rasa-token"
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    def send(self, sender: str, message: str) -> list[dict[str, Any]]:
        """One user message over Rasa's REST channel; the bot's messages in order."""
        return http_json(self.webhook, {"sender": sender, "message": message})

    def tracker(self, sender: str) -> dict[str, Any]:
        return http_json(f"{self.rasa_url}/conversations/{sender}/tracker?token={self.rasa_token}")

    def restart_rasa(self) -> None:
        """Stop the Rasa server and start it again (same model, same database)."""
        _stop(self.processes.pop("rasa"))
        self.processes["rasa"] = _start_rasa(self)


def _spawn(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    handle = log.open("ab")
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT,
                            start_new_session=True)


def _wait_until(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited ({process.returncode}):\n{log.read_text()[-3000:]}")
        if _answers(url):
            return
        time.sleep(1)
    raise RuntimeError(f"server did not answer {url} within {STARTUP_SECONDS}s:\n{log.read_text()[-3000:]}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _endpoints_file(workdir: Path, action_url: str) -> Path:
    path = workdir / "endpoints.yml"
    path.write_text(
        f'action_endpoint:\n  url: "{action_url}"\n'
        "tracker_store:\n  type: bot.tracker_store.UrlSQLTrackerStore\n", encoding="utf-8")
    return path


def _start_actions(stack: Stack) -> subprocess.Popen:
    port = stack.action_url.rsplit(":", 1)[1].split("/")[0]
    command = [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", port]
    process = _spawn(command, stack.env, stack.workdir / "actions.log")
    _wait_until(stack.action_url.replace("/webhook", "/health"), process, stack.workdir / "actions.log")
    return process


def _start_rasa(stack: Stack) -> subprocess.Popen:
    port = stack.rasa_url.rsplit(":", 1)[1]
    endpoints = _endpoints_file(stack.workdir, stack.action_url)
    command = rasa_command(stack.model, port, endpoints, interface="127.0.0.1")
    process = _spawn(command, {**stack.env, "RASA_TOKEN": stack.rasa_token}, stack.workdir / "rasa.log")
    _wait_until(f"{stack.rasa_url}/status?token={stack.rasa_token}", process, stack.workdir / "rasa.log")
    return process


@contextmanager
def running_stack(model: Path, workdir: Path) -> Iterator[Stack]:
    """Both servers on free ports with a fresh SQLite database in `workdir`; stopped afterwards."""
    workdir.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{workdir / 'worklife.db'}"
    env = {**os.environ, "WORKLIFE_DB_URL": db_url, "WORKLIFE_AS_OF": ADVICE_DATE,
           "PYTHONPATH": str(ROOT)}
    stack = Stack(f"http://127.0.0.1:{free_port()}", f"http://127.0.0.1:{free_port()}/webhook",
                  db_url, model, workdir, env)
    try:
        stack.processes["actions"] = _start_actions(stack)
        stack.processes["rasa"] = _start_rasa(stack)
        yield stack
    finally:
        for process in stack.processes.values():
            _stop(process)


@pytest.fixture(scope="session")
def rasa_stack(ci_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The real bot (trained CI model) answering on free ports for the whole test session."""
    with running_stack(ci_model, tmp_path_factory.mktemp("rasa_stack")) as stack:
        yield stack
