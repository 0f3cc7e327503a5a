# Two commands do everything on a fresh machine: `make run` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PORT ?= 8000

.PHONY: install run test lint messages

install: $(STAMP)

$(STAMP): pyproject.toml scripts/system-packages.sh
	bash scripts/system-packages.sh runtime
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	$(VENV)/bin/shingikai compilemessages --ignore=.venv -v0
	touch $(STAMP)

run: install
	PORT=$(PORT) bash scripts/run.sh

test: install
	bash scripts/test.sh

lint: install
	$(VENV)/bin/ruff check shingikai tests bench

messages: install
	bash scripts/messages.sh
	$(VENV)/bin/shingikai compilemessages --ignore=.venv
