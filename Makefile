# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest docs notebooks browser changelog pakket bench bench-landelijk fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m passend demo

test: lint typecheck pytest docs notebooks browser changelog pakket

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs tools
	$(BIN)/ruff format --check src tests benchmarks docs tools

typecheck: $(STAMP)
	$(BIN)/mypy --strict src tests docs/_ext tools

pytest: $(STAMP)
	$(BIN)/pytest --cov --cov-branch --cov-report=term-missing --cov-fail-under=95

docs: $(STAMP)
	rm -rf docs/_build
	$(BIN)/sphinx-build -n -W --keep-going -q -b html docs docs/_build/html
	$(BIN)/sphinx-build -n -W --keep-going -q -b doctest docs docs/_build/doctest

# Every tutorial as a notebook (written by the docs build), run in a fresh Jupyter kernel.
notebooks: docs
	$(BIN)/python tools/notebooks.py docs/_build/notebooks/*.ipynb

# Every page in headless Chromium (Debian's package; installed here when missing, as root on
# CI); the screenshot lands in docs/_build/screenshots/ for a person to look at.
browser: docs
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; } || \
		{ echo "chromium ontbreekt: installeer het Debian-pakket chromium" >&2; exit 1; }
	$(BIN)/python tools/browsercheck.py docs/_build/html \
		--screenshot tutorials/zorgplicht.html --uit docs/_build/screenshots

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

# Benchmarks are scripts, never part of `make test`. `bench` measures the hot paths (a few
# minutes) and writes benchmarks/RESULTS.md; `bench-landelijk` answers a million synthetic
# dossiers through the batch path (about ten minutes on 2 cores); `make bench` then puts it in
# RESULTS.md.
# Deep fuzzing of the edges with many more examples (not part of `make test`; takes a while).
FUZZ ?= tests/property/test_json_eigenschappen.py
fuzz: $(STAMP)
	$(BIN)/pytest -q -p no:cacheprovider --hypothesis-profile=fuzz --hypothesis-show-statistics $(FUZZ)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

bench-landelijk: $(STAMP)
	$(BIN)/python benchmarks/bench_landelijk.py --aantal 1000000

clean:
	rm -rf $(VENV) build docs/_build .pytest_cache .mypy_cache .ruff_cache .coverage
