# Two commands do all the set-up: `make book` and `make test`.
# ARTICLE=path/to/article.txt and DATE=YYYY-MM-DD build the book about another article.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARTICLE ?=
DATE    ?=
export ANALYSIS_ARTICLE := $(ARTICLE)
export ANALYSIS_DATE := $(DATE)

.PHONY: book test venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[book,dev]'
	touch $(STAMP)

book: $(STAMP)
	$(BIN)/jupyter-book build . --all -W -n --keep-going

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf _build
