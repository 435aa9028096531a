# Bukti: make demo / make test each set themselves up from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_ROOT := sample_docs/demo_evidence
DEMO_YEAR := 2026
DEMO_AS_OF := 2026-11-01

.PHONY: install ocr-engine browser demo test lint train bench lock clean
OCR_PACKAGES := tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng tesseract-ocr-osd
BROWSER_PACKAGE := chromium

install: $(VENV)/.installed ocr-engine browser

# OCR needs Tesseract with the Indonesian and English models (Debian packages). As root they
# are installed when missing; otherwise one line names them and the set-up goes on (scans
# are then reported unreadable).
ocr-engine:
	@if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx ind \
	    && tesseract --list-langs 2>/dev/null | grep -qx eng; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(OCR_PACKAGES); \
	else \
	    echo "OCR: Tesseract is not installed; ask an administrator to install the Debian packages $(OCR_PACKAGES)" >&2; \
	fi

# The report tests open the HTML pages in headless Chromium (Debian package), as a person's
# browser would. As root it is installed when missing; otherwise one line names the package
# (the tests then fail with the same hint rather than being skipped).
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(BROWSER_PACKAGE); \
	else \
	    echo "Browser: Chromium is not installed; ask an administrator to install the Debian package $(BROWSER_PACKAGE)" >&2; \
	fi

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-input "pip==26.3" "setuptools==84.2.1" "wheel==0.48.0"
	$(BIN)/python -m pip install --quiet --no-input -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-input --no-deps --no-build-isolation -e .
	touch $@

$(DEMO_ROOT): | install
	$(BIN)/python -m sample_docs.demo $(DEMO_ROOT)

demo: install $(DEMO_ROOT)
	$(BIN)/bukti scan $(DEMO_ROOT) --year $(DEMO_YEAR) --as-of $(DEMO_AS_OF) --out out/demo

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

# Rebuild the committed classifier artifact from the built-in generated corpus (deterministic).
train: install
	$(BIN)/bukti train

bench: install
	$(BIN)/python bench/scan_speed.py

# Re-pin every dependency from pyproject.toml into requirements.lock (needs the registry).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -e ".[dev]"
	(echo "# Exact versions tested with Bukti; regenerate with \`make lock\` after changing pyproject.toml."; \
	 .lock-venv/bin/pip freeze --exclude-editable) > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) out $(DEMO_ROOT) $(DEMO_ROOT).manifest.json

# A local Prefect server for scheduled runs (SQLite under PREFECT_HOME; Postgres when
# PREFECT_API_DATABASE_CONNECTION_URL is set). Then, in another shell:
#   export PREFECT_API_URL=http://127.0.0.1:4200/api
#   .venv/bin/bukti serve /srv/bukti-dukung --cron "0 2 * * *" --out /srv/laporan
PREFECT_SERVER_HOME ?= $(HOME)/.bukti/prefect-server
prefect-server: install
	PREFECT_HOME=$(PREFECT_SERVER_HOME) PREFECT_SERVER_ANALYTICS_ENABLED=false \
	  $(BIN)/prefect server start --host 127.0.0.1 --port 4200
