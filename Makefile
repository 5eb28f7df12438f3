# Two commands do all the set-up on a fresh machine:
#   make demo   installs diplograph and runs the main job on the embedded store
#   make test   installs diplograph with its test tools (and Chromium) and runs every test
VENV   ?= .venv
PYTHON ?= python3
BIN     = $(VENV)/bin
STORE  ?= diplograph-data

.PHONY: demo test lint typecheck install install-test browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

# Debian's Chromium for the browser tests (no browser is downloaded by a test tool).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not installed (run: sudo apt-get install chromium); the browser tests will be skipped"; fi; }

demo: install
	$(BIN)/diplograph ingest examples/articles --store $(STORE)
	$(BIN)/diplograph meetings --store $(STORE)
	$(BIN)/diplograph render --store $(STORE) -o graph.html

# ruff (configured in pyproject.toml) over the repository: lint, then the formatting check.
lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy on the packages named in pyproject.toml ([tool.mypy]); the folders graph/, ingest/ and
# queries/ are linked under build/typecheck/diplograph/ so that mypy sees them by their import names.
typecheck: install-test
	rm -rf build/typecheck && mkdir -p build/typecheck/diplograph
	for f in diplograph/*; do ln -s "../../../$$f" "build/typecheck/diplograph/$${f#diplograph/}"; done
	for d in graph ingest queries; do ln -s "../../../$$d" "build/typecheck/diplograph/$$d"; done
	$(BIN)/mypy

test: lint typecheck browser
	$(BIN)/python -m pytest

clean:
	rm -rf $(STORE) graph.html .pytest_cache
