# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest docs changelog pakket bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m passend demo

test: lint typecheck pytest docs changelog pakket

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

# What a pip user gets: a fresh virtualenv, `pip install '.[hypothesis]'`, from_type(Dossier),
# and a wheel that ships LICENSE, py.typed and the hypothesis entry point.
PAKKET := build/pakket
pakket: $(STAMP)
	rm -rf $(PAKKET)
	$(PYTHON) -m venv $(PAKKET)/venv
	$(PAKKET)/venv/bin/python -m pip install --quiet '.[hypothesis]'
	cd $(PAKKET) && venv/bin/python -W ignore -c "import passend, hypothesis.strategies as st; print(st.from_type(passend.Dossier).example())"
	$(PAKKET)/venv/bin/passend demo > /dev/null
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir $(PAKKET)/wiel .
	$(BIN)/python tests/controleer_pakket.py $(PAKKET)/wiel/passend-*.whl LICENSE
	rm -rf $(PAKKET)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_termijnen.py

clean:
	rm -rf $(VENV) build docs/_build .pytest_cache .mypy_cache .ruff_cache .coverage
