"""Web front benchmark: latency of the routes over real HTTP, and the cost of the edge work.

Starts the real app (`create_app`) on a local port in front of a minimal fake Rasa that
answers at once, so the figures are the web front's own overhead (JSON parsing, masking,
proxying, Kakao conversion, the knowledge engine for /evaluate), not the bot's thinking time.
Prints p50/p95/max per route, microseconds per mask_pii call and per Kakao conversion, and
the process's peak memory.

    .venv/bin/python bench/web.py [--requests 200]
"""
from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Awaitable, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiohttp import ClientSession, web  # noqa: E402
from aiohttp.test_utils import TestServer  # noqa: E402

from bot.privacy import mask_pii  # noqa: E402
from bot.web.app import create_app  # noqa: E402
from bot.web.kakao.templates import skill_response  # noqa: E402
from bot.web.settings import Settings  # noqa: E402

CASE = {"as_of": "2026-11-24", "role": "worker",
        "worker": {"insured_days": 400, "monthly_wage": 3000000},  # law-data-ok
        "children": [{"birth_date": "2026-03-01"}],
        "plan": {"parental_leave_months": 12, "parental_leave_start": "2026-12-01"}}
MESSAGES = ["육아휴직 급여 얼마나 받아요?", "월 300 받고 직원 50명 제조업이에요",
            "제 번호는 010-1234-5678이고 주민번호는 900101-1234567이에요",  # law-data-ok (fake PII)
            "아이는 2026-03-01생이고 메일은 hong@example.com", "가" * 2000]
KAKAO_MESSAGES = [{"text": "육아휴직 급여는 고용보험에서 나와요. " * 60,
                   "buttons": [{"title": f"선택 {i}", "payload": f"/pick{i}"} for i in range(12)]},
                  {"custom": {"kind": "programs", "as_of": "2026-11-24", "items": [
                      {"id": f"p{i}", "name": f"제도 {i}", "status": "eligible",
                       "amount_text": f"총 {i:,}원"} for i in range(12)]}}]


def kakao_payload(index: int) -> dict[str, Any]:
    return {"userRequest": {"utterance": "배우자 출산휴가 며칠이에요?",
                            "user": {"id": f"bench-kakao-{index}", "type": "botUserKey"}},
            "action": {"params": {}, "clientExtra": None}}


async def fake_rasa() -> TestServer:
    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        return web.json_response([{"recipient_id": body["sender"], "text": "네, 알려 드릴게요."}])

    async def ok(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    app.router.add_get("/status", ok)
    app.router.add_get("/health", ok)
    server = TestServer(app)
    await server.start_server()
    return server


async def timed(requests: int, call: Callable[[int], Awaitable[int]]) -> list[float]:
    """Milliseconds per request, one after another (no concurrency: latency, not throughput)."""
    durations = []
    for index in range(requests):
        started = time.perf_counter()
        status = await call(index)
        durations.append((time.perf_counter() - started) * 1000)
        if status >= 400:
            raise SystemExit(f"request failed with {status}")
    return durations


def report(name: str, durations: list[float]) -> None:
    ordered = sorted(durations)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(f"{name:<28} p50 {statistics.median(ordered):6.2f} ms   p95 {p95:6.2f} ms   "
          f"max {ordered[-1]:6.2f} ms   (n={len(ordered)})")


def micro(name: str, repeat: int, function: Callable[[], Any]) -> None:
    started = time.perf_counter()
    for _ in range(repeat):
        function()
    print(f"{name:<28} {(time.perf_counter() - started) / repeat * 1e6:8.1f} µs per call")


async def http_figures(requests: int, database: Path) -> None:
    rasa = await fake_rasa()
    base = str(rasa.make_url("")).rstrip("/")
    settings = Settings(rasa_url=base, action_server_url=f"{base}/webhook",
                        db_url=f"sqlite:///{database}", rate_limit_per_minute=10**6,
                        rate_limit_burst=10**6)
    app_server = TestServer(create_app(settings))
    await app_server.start_server()
    url = str(app_server.make_url("")).rstrip("/")
    async with ClientSession() as session:
        async def post(path: str, body: dict[str, Any]) -> int:
            async with session.post(url + path, json=body) as response:
                await response.read()
                return response.status

        report("POST /api/v1/evaluate", await timed(requests, lambda i: post("/api/v1/evaluate", CASE)))
        report("POST /api/v1/chat", await timed(requests, lambda i: post(
            "/api/v1/chat", {"sender": f"bench-{i % 50}", "message": MESSAGES[i % 4]})))
        report("POST /kakao/skill", await timed(requests, lambda i: post(
            "/kakao/skill", kakao_payload(i % 50))))
    await app_server.close()
    await rasa.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    arguments = parser.parse_args()
    micro("mask_pii (5 messages)", 2000, lambda: [mask_pii(text) for text in MESSAGES])
    micro("Kakao conversion", 2000, lambda: skill_response(KAKAO_MESSAGES))
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(http_figures(arguments.requests, Path(folder) / "bench.db"))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (process)':<28} {peak_mb:8.1f} MB")


if __name__ == "__main__":
    main()
