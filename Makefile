# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest docs changelog bench fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m passend demo

test: lint typecheck pytest docs changelog

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs
	$(BIN)/ruff format --check src tests benchmarks docs

typecheck: $(STAMP)
	$(BIN)/mypy --strict src tests

pytest: $(STAMP)
	$(BIN)/pytest --cov --cov-branch --cov-report=term-missing --cov-fail-under=95

docs: $(STAMP)
	rm -rf docs/_build
	$(BIN)/sphinx-build -n -W --keep-going -q -b html docs docs/_build/html
	$(BIN)/sphinx-build -n -W --keep-going -q -b doctest docs docs/_build/doctest

changelog: $(STAMP)
	$(BIN)/towncrier build --draft --version "$$($(BIN)/python -c 'import passend; print(passend.__version__)')"

# Deep fuzzing of the edges with many more examples (not part of `make test`; takes a while).
FUZZ ?= tests/property/test_json_eigenschappen.py
fuzz: $(STAMP)
	$(BIN)/pytest -q -p no:cacheprovider --hypothesis-profile=fuzz --hypothesis-show-statistics $(FUZZ)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_termijnen.py

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .coverage
