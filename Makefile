# Two commands for a fresh machine: `make demo` and `make test`. Both start with `make install`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export OMP_NUM_THREADS := 1
export OPENBLAS_NUM_THREADS := 1

.PHONY: install browser demo test bench clean

install: $(STAMP) browser

# Headless Chromium renders the pair brief in a test; installed when we may (root, apt), else that test skips.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q >/dev/null 2>&1 && \
	   apt-get install -y -q chromium >/dev/null 2>&1)) || echo "note: chromium not installed; the brief screenshot test will skip"; }

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
	$(BIN)/bilat claims --db demo.db --pair BY-KZ
	$(BIN)/bilat conflicts --db demo.db
	$(BIN)/bilat events --db demo.db --pair BY-KZ
	$(BIN)/bilat brief BY KZ --db demo.db -o brief-BY-KZ.html > /dev/null
	@echo "The brief for Belarus–Kazakhstan is in $(CURDIR)/brief-BY-KZ.html"

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_entities.py
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm brief-BY-KZ.html .pytest_cache
