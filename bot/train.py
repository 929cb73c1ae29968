"""Train the Rasa model, once per distinct input (config, domain, data, components).

`train_model(out_dir, epochs)` names the model after a hash of every input file, so a second call
with nothing changed returns the existing model at once. With `epochs` set, every `epochs:` in the
config is capped at that value (small models for CI). Training runs in a subprocess so that
TensorFlow never loads into the caller (pytest, the web front).

    python -m bot.train --out models [--epochs 20]
"""
from __future__ import annotations

import argparse
import fcntl
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterable

import yaml

from bot.paths import CONFIG, DOMAIN, ROOT, TRAINING_DATA

HASHED_SUFFIXES = (".yml", ".yaml", ".py", ".tsv", ".txt", ".json")
HASHED_DIRS = (DOMAIN, *TRAINING_DATA, ROOT / "bot" / "components", ROOT / "nlu_data" / "dictionary",
               ROOT / "nlu_data" / "patterns")


def _input_files() -> list[Path]:
    files = [CONFIG]
    for directory in HASHED_DIRS:
        if directory.exists():
            files += sorted(p for p in directory.rglob("*") if p.suffix in HASHED_SUFFIXES)
    return files


def inputs_hash(epochs: int | None) -> str:
    digest = hashlib.sha256(f"epochs={epochs}".encode())
    for path in _input_files():
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cap_epochs(node: Any, epochs: int) -> Any:
    """A copy of a config tree with every `epochs` value capped at `epochs`."""
    if isinstance(node, dict):
        return {k: (min(v, epochs) if k == "epochs" and isinstance(v, int) else cap_epochs(v, epochs))
                for k, v in node.items()}
    if isinstance(node, list):
        return [cap_epochs(item, epochs) for item in node]
    return node


def _config_file(epochs: int | None, workdir: Path) -> Path:
    if epochs is None:
        return CONFIG
    capped = cap_epochs(yaml.safe_load(CONFIG.read_text(encoding="utf-8")), epochs)
    path = workdir / "config.yml"
    path.write_text(yaml.safe_dump(capped, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _rasa_train(config: Path, out_dir: Path, name: str) -> None:
    command = [sys.executable, "-m", "rasa", "train", "--config", str(config), "--domain", str(DOMAIN),
               "--data", *map(str, TRAINING_DATA), "--out", str(out_dir), "--fixed-model-name", name,
               "--quiet"]
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(f"rasa train failed ({completed.returncode}):\n{completed.stdout[-4000:]}\n{completed.stderr[-4000:]}")


def train_model(out_dir: Path, epochs: int | None = None) -> Path:
    """Path of a trained model for the current inputs; trains only when none exists yet."""
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"worklife-{inputs_hash(epochs)}"
    model = out_dir / f"{name}.tar.gz"
    # One training at a time per model folder: a second caller waits and then reuses the model
    # instead of training the same thing in parallel on a 2-core machine.
    with (out_dir / ".train.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not model.exists():
            with tempfile.TemporaryDirectory() as workdir:
                _rasa_train(_config_file(epochs, Path(workdir)), out_dir, name)
    return model


def latest_model(out_dir: Path) -> Path | None:
    models = sorted(out_dir.glob("worklife-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the 워라밸 길잡이 model if its inputs changed")
    parser.add_argument("--out", type=Path, default=ROOT / "models")
    parser.add_argument("--epochs", type=int, default=None, help="cap every epochs value (small CI models)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    print(train_model(args.out, args.epochs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
