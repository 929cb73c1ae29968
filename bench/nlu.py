"""NLU speed benchmark: parse latency through the Rasa HTTP API, per tokenizer backend.

For each backend (bench/configs/<backend>.yml) it trains a small NLU model once (cached in
build/bench-models), starts `rasa run --enable-api` on a free local port, waits for the first
successful parse (start-up + model load), warms up, then POSTs /model/parse N times with real
sentences (short ones and a long story) and prints p50 / p95 / max latency. It also times
`Agent.load` of the same model in-process. Target on the 2-core machine: p95 < 60 ms.

    .venv/bin/python bench/nlu.py [--backends kiwi okt whitespace] [-n 300] [--epochs 20]
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

CONFIGS = ROOT / "bench" / "configs"
MODELS = ROOT / "build" / "bench-models"
RESULTS_FILE = ROOT / "build" / "bench_nlu.json"
READY_TIMEOUT_S = 300
SENTENCES = [
    "육휴 쓰면 얼마 나와요?",
    "와이프 출산예정일이 3월인데 배출휴가 며칠?",
    "우리 회사 직원 40명 제조업인데 대체인력 지원금 되나",
    "애가18개월인데 육아휴직 6개월쓰면 월급300이면 얼마받아요",
    "안녕하세요",
    "연봉 4200이고 주 40시간 일해요",
    ("안녕하세요 글이 좀 길어요. 저는 제조업 다니는 직장인이고 직원은 40명이에요. 월급은 세전 320이고 "
     "아이는 작년 3월생이에요. 와이프가 둘째 임신 20주차인데 내년 4월이 예정일이에요. 회사에서는 육아휴직 쓴 "
     "사람이 없어서 눈치가 보여요. 남편 회사는 분위기가 전혀 아니래요. 육휴 1년 반 쓰면 얼마 받을 수 있어요?"),
]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def trained_model(backend: str, epochs: int) -> Path:
    """An NLU model for the backend's config, trained once per epochs value and inputs (config,
    training data, dictionary, patterns, component code), so a changed input retrains."""
    from bot.components.fingerprints import files_fingerprint

    inputs = files_fingerprint([CONFIGS / f"{backend}.yml", ROOT / "nlu_data" / "train", ROOT / "nlu_data" / "dictionary",
                                ROOT / "nlu_data" / "patterns", ROOT / "bot" / "components"])[:12]
    model = MODELS / f"{backend}-e{epochs}-{inputs}.tar.gz"
    if model.exists():
        return model
    MODELS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as workdir:
        from bot.train import cap_epochs

        config = Path(workdir) / "config.yml"
        capped = cap_epochs(yaml.safe_load((CONFIGS / f"{backend}.yml").read_text(encoding="utf-8")), epochs)
        config.write_text(yaml.safe_dump(capped, allow_unicode=True, sort_keys=False), encoding="utf-8")
        subprocess.run([sys.executable, "-m", "rasa", "train", "nlu", "--config", str(config), "--nlu",
                        str(ROOT / "nlu_data" / "train"), "--out", str(MODELS), "--fixed-model-name",
                        model.name.removesuffix(".tar.gz"), "--quiet"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    return model


def post_parse(port: int, text: str) -> Dict:
    """POST /model/parse and return the parse result."""
    body = json.dumps({"text": text}).encode("utf-8")
    request = urllib.request.Request(f"http://127.0.0.1:{port}/model/parse", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def wait_until_ready(port: int, server: subprocess.Popen) -> float:
    """Seconds from now until the server answers a parse (start-up + model load)."""
    started = time.perf_counter()
    while time.perf_counter() - started < READY_TIMEOUT_S:
        if server.poll() is not None:
            raise RuntimeError(f"rasa run exited with {server.returncode}")
        try:
            post_parse(port, "안녕하세요")
            return time.perf_counter() - started
        except OSError:
            time.sleep(0.25)
    raise RuntimeError("rasa run did not answer in time")


def measure_latencies(port: int, count: int) -> List[float]:
    """Milliseconds per /model/parse call, cycling through the sentences."""
    for text in SENTENCES:  # warm-up: first calls compile TensorFlow functions
        post_parse(port, text)
    latencies = []
    for index in range(count):
        started = time.perf_counter()
        post_parse(port, SENTENCES[index % len(SENTENCES)])
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def agent_load_seconds(model: Path) -> float:
    """In-process Agent.load time of the model (in a fresh interpreter)."""
    code = ("import time,sys;from rasa.core.agent import Agent;t=time.perf_counter();"
            "Agent.load(sys.argv[1]);print(time.perf_counter()-t)")
    output = subprocess.run([sys.executable, "-c", code, str(model)], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout
    return float(output.strip().splitlines()[-1])


def bench_backend(backend: str, count: int, epochs: int) -> Dict[str, float]:
    """Start a server on the backend's model, measure, stop it."""
    model = trained_model(backend, epochs)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "rasa", "run", "--enable-api", "-m", str(model), "--port",
                               str(port), "-i", "127.0.0.1"], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    try:
        ready = wait_until_ready(port, server)
        latencies = sorted(measure_latencies(port, count))
    finally:
        server.terminate()
        server.wait(timeout=60)
    return {
        "calls": count,
        "p50_ms": statistics.median(latencies),
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))],
        "max_ms": latencies[-1],
        "server_ready_s": ready,
        "agent_load_s": agent_load_seconds(model),
    }


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backends", nargs="+", default=["kiwi", "okt"], choices=["kiwi", "okt", "whitespace"])
    parser.add_argument("-n", "--count", type=int, default=300, help="parse calls per backend")
    parser.add_argument("--epochs", type=int, default=20, help="epochs of the benchmark models")
    args = parser.parse_args(argv)
    results = {backend: bench_backend(backend, args.count, args.epochs) for backend in args.backends}
    print("| backend | calls | p50 ms | p95 ms | max ms | server start→first parse s | Agent.load s |")
    print("|---|---|---|---|---|---|---|")
    for backend, r in results.items():
        print(f"| {backend} | {r['calls']} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['max_ms']:.1f} "
              f"| {r['server_ready_s']:.1f} | {r['agent_load_s']:.1f} |")
    RESULTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
