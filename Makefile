# Two commands do everything on a fresh machine:
#   make demo   create .venv, install, build the example timeline into build/example/
#   make test   create .venv if needed, install the test tools, run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check

.PHONY: demo test bench regold clean

demo: $(VENV)/.installed
	$(BIN)/timeline build examples -o build/example

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# Rebuild the golden files of tests/gold/ after an intended change of output (then read
# `git diff tests/gold` and say why in the commit).
regold: $(VENV)/.installed-test
	TIMELINE_REGOLD=1 $(BIN)/python -m pytest tests/test_gold.py

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/run_all.py

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -e .
	touch $@

# The tests also cover the optional spaCy backend, with its English model pinned by hash.
$(VENV)/.installed-test: $(VENV)/.installed requirements/nlp-model.txt
	$(PIP) install -e '.[test,nlp]'
	$(PIP) install --no-deps --require-hashes -r requirements/nlp-model.txt
	touch $@

clean:
	rm -rf build $(VENV) *.egg-info
