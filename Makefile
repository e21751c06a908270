# Two commands for a fresh machine: `make demo` and `make test`. Both start with `make install`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export OMP_NUM_THREADS := 1
export OPENBLAS_NUM_THREADS := 1

.PHONY: install demo test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip "setuptools>=68,<81" wheel
	$(BIN)/python -m pip install --quiet -e ".[test,postgres]"
	touch $(STAMP)

demo: install
	rm -f demo.db demo.db-wal demo.db-shm
	-$(BIN)/bilat ingest samples/articles --db demo.db --quiet
	$(BIN)/bilat summary --db demo.db
	$(BIN)/bilat entities --db demo.db --type PER
	$(BIN)/bilat entity Petrashko --db demo.db

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_entities.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache
