"""`make run`: start the action server, the Rasa server and the web front, and print the URL.

Each runs as its own process (as they would in production, where each scales separately);
Ctrl-C stops all three. Only the web front faces the network: Rasa's HTTP API (started with
`--enable-api` so the agent console can read trackers) would hand anyone every conversation, so
it listens on this machine only (`RASA_INTERFACE`) and asks for a token that the web front
sends (`RASA_TOKEN`, a new random one per start unless set, passed in the environment so that it
is on no command line); the action server, which records handoffs for whatever tracker it is
sent, listens on this machine only too (`ACTIONS_INTERFACE`).
"""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

from bot.paths import CREDENTIALS, ENDPOINTS, ROOT, VAR
from bot.train import latest_model

RASA_PORT = os.environ.get("RASA_PORT", "5005")
ACTIONS_PORT = os.environ.get("ACTIONS_PORT", "5055")
WEB_PORT = os.environ.get("WEB_PORT", "8080")
RASA_INTERFACE = os.environ.get("RASA_INTERFACE", "127.0.0.1")
# the action server answers Rasa only; rasa_sdk reads its listening address from SANIC_HOST
ACTIONS_INTERFACE = os.environ.get("ACTIONS_INTERFACE", "127.0.0.1")


def rasa_command(model: Path, port: str, endpoints: Path, interface: str = RASA_INTERFACE) -> list[str]:
    """`rasa run` with the HTTP API the agent console reads, on ``interface`` only, behind the
    token of the process's ``RASA_TOKEN`` (bot/rasa_server.py keeps it off the command line). The
    REST and Kakao channels need no token; the web front sends it for trackers."""
    return [sys.executable, "-m", "bot.rasa_server", "--enable-api", "--interface", interface,
            "--model", str(model), "--endpoints", str(endpoints), "--credentials", str(CREDENTIALS), "--port", port]


def endpoints_for(action_url: str, folder: Path | None = None) -> Path:
    """endpoints.yml with the action server this start runs (ACTIONS_PORT or ACTION_SERVER_URL),
    written to ``folder``: the file in the repository names the default port only."""
    endpoints = yaml.safe_load(ENDPOINTS.read_text(encoding="utf-8"))
    endpoints["action_endpoint"] = {**(endpoints.get("action_endpoint") or {}), "url": action_url}
    path = (folder or VAR) / "endpoints.yml"
    path.write_text(yaml.safe_dump(endpoints, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _commands(model: Path, env: dict[str, str]) -> dict[str, list[str]]:
    python = sys.executable
    endpoints = endpoints_for(env["ACTION_SERVER_URL"])
    return {
        "actions": [python, "-m", "rasa_sdk", "--actions", "actions", "--port", ACTIONS_PORT],
        "rasa": rasa_command(model, RASA_PORT, endpoints),
        "web": [python, "-m", "bot.web"],
    }


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("WORKLIFE_DB_URL", f"sqlite:///{VAR / 'worklife.db'}")
    env.setdefault("RASA_URL", f"http://127.0.0.1:{RASA_PORT}")
    env.setdefault("ACTION_SERVER_URL", f"http://127.0.0.1:{ACTIONS_PORT}/webhook")
    env.setdefault("WEB_PORT", WEB_PORT)
    if not env.get("RASA_TOKEN"):
        env["RASA_TOKEN"] = secrets.token_urlsafe(32)
    return env


def process_environment(name: str, env: dict[str, str]) -> dict[str, str]:
    """The environment of one server. Rasa and the web front get the token (Rasa asks for it,
    the web front sends it); the action server, which never calls Rasa's API, gets its listening
    address instead."""
    if name == "actions":
        return {**{k: v for k, v in env.items() if k != "RASA_TOKEN"}, "SANIC_HOST": ACTIONS_INTERFACE}
    return env


def _stop_like_ctrl_c(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    model = latest_model(ROOT / "models")
    if model is None:
        print("모델이 없어요. 먼저 `make model`로 학습해 주세요.", file=sys.stderr)
        return 1
    VAR.mkdir(exist_ok=True)
    # A service manager stops with SIGTERM: treat it like Ctrl-C so the three servers stop too.
    signal.signal(signal.SIGTERM, _stop_like_ctrl_c)
    env = _environment()
    commands = _commands(model, env)
    processes = {name: subprocess.Popen(cmd, cwd=ROOT, env=process_environment(name, env))
                 for name, cmd in commands.items()}
    print(f"워라밸 길잡이가 시작됐어요: http://localhost:{WEB_PORT}  (상담원 화면: /agent, Rasa: :{RASA_PORT})", flush=True)
    try:
        while all(p.poll() is None for p in processes.values()):
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
        for process in processes.values():
            process.wait(timeout=30)
    failed = [name for name, p in processes.items() if p.returncode not in (0, -2, 130)]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
