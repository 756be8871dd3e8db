# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest docs changelog bench bench-landelijk clean

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

# Benchmarks are scripts, never part of `make test`. `bench` measures the hot paths (a few
# minutes) and writes benchmarks/RESULTS.md; `bench-landelijk` answers a million synthetic
# dossiers through the batch path (about ten minutes on 2 cores); `make bench` then puts it in
# RESULTS.md.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

bench-landelijk: $(STAMP)
	$(BIN)/python benchmarks/bench_landelijk.py --aantal 1000000

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .coverage
