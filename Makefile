# The two set-up commands are `make run` and `make test`; everything else is here for them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := demo
STORE  := $(DEMO)/clearance.sqlite

.PHONY: run test lint unit gui e2e demo bench package package-test clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

$(STORE): | $(STAMP)
	$(BIN)/clearance demo $(DEMO)

demo: $(STORE)

run: $(STAMP) $(STORE)
	$(BIN)/clearance gui --store $(STORE)

lint: $(STAMP)
	$(BIN)/ruff check desktop tests bench
	$(BIN)/lint-imports

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/detect.py

clean:
	rm -rf $(VENV) $(DEMO) build dist
