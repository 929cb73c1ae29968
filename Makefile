# 워라밸 길잡이 — two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
STAMP := $(VENV)/.installed
# A Python 3.10 (Rasa 3.6 supports <= 3.10): the first candidate that really runs as 3.10
# (pyenv's own 3.10 builds, then python3.10 on PATH; a pyenv shim may exist but refuse to run).
PYTHON310 ?= $(shell for p in $$HOME/.pyenv/versions/3.10.*/bin/python $$(command -v python3.10); do \
  "$$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null && { echo "$$p"; break; }; done)
EPOCHS_CI ?= 60

.PHONY: install run test train model nlu-eval nlu-rounds bench bench-nlu system-deps clean

$(STAMP): pyproject.toml
	@if [ -z "$(PYTHON310)" ] || ! "$(PYTHON310)" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then \
	  echo "오류: Python 3.10이 필요해요 (Rasa 3.6은 3.10까지 지원). python3.10을 설치하거나 PYTHON310=/경로/python 으로 지정해 주세요." >&2; exit 1; fi
	@test -x $(PY) || "$(PYTHON310)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# Headless Chromium for the widget's browser test (Debian packages; needs root, as on CI).
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! dpkg -s fonts-nanum >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-nanum fonts-noto-color-emoji >/dev/null; \
	  else echo "주의: chromium/chromedriver가 없어 브라우저 테스트를 건너뛸 수 있어요 (sudo apt-get install chromium chromium-driver)" >&2; fi; fi

model: $(STAMP)
	$(PY) -m bot.train --out models

train: model

run: $(STAMP) model
	$(PY) -m bot.run

test: $(STAMP) system-deps
	WORKLIFE_EPOCHS=$(EPOCHS_CI) $(PY) -m pytest -q

nlu-eval: $(STAMP)
	$(PY) bench/nlu_eval.py

nlu-rounds: $(STAMP)
	$(PY) bench/nlu_rounds.py

bench: $(STAMP)
	$(PY) bench/knowledge.py
	$(PY) bench/faq.py
	$(PY) bench/web.py
	$(PY) bench/conversation.py

bench-nlu: $(STAMP)
	$(PY) bench/nlu.py

clean:
	rm -rf build models var test-output .pytest_cache
