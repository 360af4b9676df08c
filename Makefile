# The two commands of the README: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck chat bench browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools wheel
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

## make run: install, migrate + seed the embedded SQLite database, serve on http://127.0.0.1:8000
run: $(STAMP)
	$(BIN)/prakerja serve

## make chat: talk to the assistant in this terminal
chat: $(STAMP)
	$(BIN)/prakerja chat

## make browser: Debian's Chromium for the browser tests (never a tool's own download)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium missing: sudo apt-get install chromium (browser tests will be skipped)"; fi; }

## make test: lint, type-check and the whole test suite
test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python -m bench.webchat_load

clean:
	rm -rf $(VENV) .prakerja .mypy_cache .ruff_cache .pytest_cache
