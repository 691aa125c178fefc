# Joblink build, test and demo. The README's two commands are `make demo` and `make test`;
# `make deps` installs everything they need on a fresh Debian 12 machine with Go and Node.

SHELL        := /bin/bash
.SHELLFLAGS  := -eu -o pipefail -c
BASE_VERSION := 0.1.0
VERSION      ?= $(BASE_VERSION)-dev+$(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
LDFLAGS      := -X joblink/backend/buildinfo.Version=$(VERSION)
LINUX_TAGS   := desktop,production,webkit2_41
BIN          := build/bin/joblink
SERVER_BIN   := build/bin/joblink-headless
EXE          := build/bin/joblink.exe
ARTIFACTS    := build/test-artifacts
BENCH_DIR    := build/bench
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

DEB_PACKAGES := build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev libayatana-appindicator3-dev \
                xvfb xauth dbus dbus-x11 trayer imagemagick fonts-dejavu-core libxml2-utils chromium \
                gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis \
                wine wine64 osslsigncode

GO_SOURCES := $(shell find . -name '*.go' -not -path './frontend/node_modules/*') go.mod go.sum
UI_SOURCES := $(shell find frontend/src frontend/index.html frontend/vite.config.ts frontend/package.json -type f 2>/dev/null)

.PHONY: help deps frontend build build-headless build-windows installer test test-go test-frontend test-e2e test-desktop test-windows vet bench demo clean

help:
	@echo "make deps           install build and test dependencies (Debian 12)"
	@echo "make demo           build and start Joblink on a fresh data folder"
	@echo "make test           everything CI runs"
	@echo "make build          build/bin/joblink (Linux)"
	@echo "make build-headless build/bin/joblink-headless (Linux servers: no window, no GTK)"
	@echo "make build-windows  build/bin/joblink.exe (cross-compiled)"
	@echo "make installer      build/bin/joblink-setup.exe (NSIS)"
	@echo "make test-windows   the Windows build and its Windows-only code under Wine"
	@echo "make bench          all benchmarks against their targets; $(BENCH_DIR)/results.json"

# Idempotent: installs only the Debian packages that are missing, then the frontend's exact lockfile.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "Debian packages: all present"; fi
	cd frontend && npm ci --no-audit --no-fund
	go mod download

frontend/dist/index.html: $(UI_SOURCES) frontend/package-lock.json
	@# Warnings and errors only: vite's file list, timings and colour codes are noise in make's output.
	cd frontend && NO_COLOR=1 npm run --silent build -- --logLevel warn

frontend: frontend/dist/index.html

$(BIN): frontend/dist/index.html $(GO_SOURCES)
	go build -tags $(LINUX_TAGS) -ldflags "$(LDFLAGS)" -o $(BIN) .

build: $(BIN)

# The same program without the desktop shell: pure Go, static, no GTK or WebKit. For Linux servers
# and remote support, where only --headless makes sense.
$(SERVER_BIN): frontend/dist/index.html $(GO_SOURCES)
	CGO_ENABLED=0 go build -tags nogui -ldflags "$(LDFLAGS)" -o $(SERVER_BIN) .

build-headless: $(SERVER_BIN)

# Windows: GUI subsystem, cgo through mingw (go-autostart needs it), icon/manifest/version resources.
rsrc_windows_amd64.syso: build/windows/joblink.rc build/windows/joblink.exe.manifest build/windows/icon.ico
	v=$(BASE_VERSION); x86_64-w64-mingw32-windres -O coff -I build/windows \
	  -DVERSION_COMMA="$${v//./,},0" -DVERSION_STRING='\"$(VERSION)\"' \
	  build/windows/joblink.rc -o $@

$(EXE): frontend/dist/index.html rsrc_windows_amd64.syso $(GO_SOURCES)
	CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc GOOS=windows GOARCH=amd64 \
	  go build -tags desktop,production -ldflags "-H windowsgui -w -s $(LDFLAGS)" -o $(EXE) .
	$(SIGN) $(EXE)

build-windows: $(EXE)

installer: $(EXE) build/windows/installer/joblink.nsi
	makensis -V2 -DVERSION=$(BASE_VERSION) build/windows/installer/joblink.nsi
	$(SIGN) build/bin/joblink-setup.exe

vet: frontend/dist/index.html
	go vet ./...
	go vet -tags nogui .
	go vet -tags $(LINUX_TAGS) ./app/... .
	go vet ./testdata/procore/
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }

# The second line: app/lazygui's lazy GTK/WebKitGTK binding exists only with the desktop build's tags.
test-go: frontend/dist/index.html
	go test -race -count=1 ./...
	go test -race -count=1 -tags $(LINUX_TAGS) ./app/lazygui/

test-frontend:
	cd frontend && npm test

# The headless UI in Debian's Chromium, driven by playwright-core.
test-e2e: $(BIN)
	mkdir -p $(ARTIFACTS)
	cd frontend && JOBLINK_BIN=$(CURDIR)/$(BIN) node --test e2e/

# The real tray binary under Xvfb with a tray host: window up, tray registered, screenshot, clean quit.
test-desktop: $(BIN)
	mkdir -p $(ARTIFACTS)
	JOBLINK_DESKTOP_SMOKE=$(CURDIR)/$(BIN) JOBLINK_ARTIFACTS=$(CURDIR)/$(ARTIFACTS) \
	  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
	  go test -count=1 -run TestDesktopSmoke -v . 2>&1 | tail -40

# Windows under Wine (issue 15): the signatures, the Windows unit tests, joblink.exe headless end
# to end and the installer, in one fresh Wine prefix (build/windows/wine/test-windows.sh).
# Authenticode: a throw-away test certificate unless JOBLINK_SIGN_PFX is set (build/windows/sign/sign.sh).
SIGN      := build/windows/sign/sign.sh
WINE_SHIM := build/_wine/bcryptprimitives.dll
$(WINE_SHIM): build/windows/wine/bcryptprimitives.c build/windows/wine/bcryptprimitives.def
	mkdir -p $(dir $@)
	x86_64-w64-mingw32-gcc -O2 -shared -o $@ $^ -ladvapi32

test-windows: $(EXE) installer $(WINE_SHIM)
	$(SIGN) --verify $(EXE) build/bin/joblink-setup.exe
	build/windows/wine/test-windows.sh $(WINE_SHIM) $(EXE) build/bin/joblink-setup.exe

test: vet test-go test-frontend build-windows installer build-headless test-e2e test-desktop test-windows
	@echo "make test: all checks passed"

# Every go test's output is shown and appended to $(BENCH_DIR)/raw.txt; the "# label:" lines in it
# keep the two builds' StartToReady and IdleMemory figures apart. At the end benchreport prints each
# figure beside its target (internal/benchreport/targets.tsv) and writes $(BENCH_DIR)/results.json.
# A missed target is printed and recorded, not fatal; a benchmark that fails to run stops make
# (pipefail).
BENCH_LOG := 2>&1 | tee -a $(BENCH_DIR)/raw.txt
bench: $(BIN) $(SERVER_BIN) $(EXE) $(WINE_SHIM)
	rm -rf $(BENCH_DIR) && mkdir -p $(BENCH_DIR)
	@echo "== desktop build (GTK and WebKitGTK load only when a window opens), run with --headless"
	@echo "# label: desktop build" >> $(BENCH_DIR)/raw.txt
	JOBLINK_BIN=$(CURDIR)/$(BIN) go test -run '^$$' -bench 'StartToReady|IdleMemory' -benchtime 10x -count 1 . $(BENCH_LOG)
	@echo "== server build (make build-headless: no GUI libraries), run with --headless"
	@echo "# label: server build" >> $(BENCH_DIR)/raw.txt
	JOBLINK_BIN=$(CURDIR)/$(SERVER_BIN) go test -run '^$$' -bench 'StartToReady|IdleMemory' -benchtime 10x -count 1 . $(BENCH_LOG)
	@echo "== Windows build (joblink.exe) under Wine, --headless: indicative only (Wine stands in for Windows)"
	@echo "# label: windows build under wine" >> $(BENCH_DIR)/raw.txt
	build/windows/wine/bench-windows.sh $(WINE_SHIM) $(EXE) $(BENCH_LOG)
	@echo "# label:" >> $(BENCH_DIR)/raw.txt
	go test -run '^$$' -bench . -benchtime 20x ./backend/store/ $(BENCH_LOG)
	@echo "== Web Connector side"
	go test -run '^$$' -bench . -skip Attack -benchtime 2000x ./qbwc/soap/ ./qbwc/session/ $(BENCH_LOG)
	@echo "== Issue 12's attacks (each run replays a whole attack: once is the figure)"
	go test -run '^$$' -bench Attack -benchtime 1x ./qbwc/soap/ ./qbwc/session/ $(BENCH_LOG)
	go test -run '^$$' -bench ConnectionFlood -benchtime 1x ./backend/localserver/ $(BENCH_LOG)
	go test -run '^$$' -bench 'ParseResponses|ParseJobReport' -benchtime 5x ./qbwc/qbxml/ $(BENCH_LOG)
	go test -run '^$$' -bench . -benchtime 5x ./backend/qbrefresh/ ./qbwc/qbsim/ $(BENCH_LOG)
	go test -run '^$$' -bench Add1000ServiceItems -benchtime 3x ./qbwc/ $(BENCH_LOG)
	@echo "== Procore side (also: no 429 answers, which the benchmark prints)"
	go test -run '^$$' -bench ReadReferenceCompany -benchtime 2x ./backend/procore/ $(BENCH_LOG)
	@echo "== Sync engine"
	go test -run '^$$' -bench ExportReferenceCostCodes -benchtime 1x ./backend/costcodes/ $(BENCH_LOG)
	go test -run '^$$' -bench 'EngineAt100k$$' -benchtime 1x -timeout 30m ./backend/engine/ $(BENCH_LOG)
	go test -run '^$$' -bench ExportScale -benchtime 1x -timeout 60m ./backend/costcodes/ $(BENCH_LOG)
	@echo "== Documents: budgets to estimates, job costs to Procore"
	go test -run '^$$' -bench . -benchtime 1x -timeout 30m ./backend/budgets/ ./backend/jobcosts/ $(BENCH_LOG)
	@echo "== Jobs and vendors"
	go test -run '^$$' -bench 'Match5000x5000|MatchRealWorld' -benchtime 3x ./backend/match/ $(BENCH_LOG)
	go test -run '^$$' -bench Create1000Vendors -benchtime 1x ./backend/mapping/ $(BENCH_LOG)
	go test -run '^$$' -bench VendorsPage -benchtime 1x ./backend/mapping/ $(BENCH_LOG)
	go run ./internal/benchreport -echo=false -targets internal/benchreport/targets.tsv \
	  -out $(BENCH_DIR)/results.json < $(BENCH_DIR)/raw.txt

demo: $(BIN)
	@dir=$$(mktemp -d -t joblink-demo-XXXXXX); \
	trap 'rm -rf "$$dir"; echo "Removed the demo data folder $$dir."' EXIT; trap 'wait; exit 130' INT TERM; \
	echo "Starting Joblink on a fresh data folder (removed when it stops): $$dir"; \
	if [ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "Look for the Joblink icon in the system tray; Quit is in its menu."; \
	  ./$(BIN) --demo --data "$$dir"; \
	else \
	  echo "No desktop display here, so Joblink runs without a window: open the address below in a browser."; \
	  ./$(BIN) --headless --demo --data "$$dir" --addr 127.0.0.1:0 & pid=$$!; \
	  for i in $$(seq 50); do [ -s "$$dir/instance.json" ] && break; sleep 0.1; done; \
	  echo "With the access token: $$(sed -n 's/.*"url": "\(.*\)".*/\1/p' "$$dir/instance.json")#token=$$(cat "$$dir/ui-token")"; \
	  wait $$pid; \
	fi

clean:
	rm -rf build/bin build/_wine $(ARTIFACTS) $(BENCH_DIR) frontend/dist rsrc_windows_*.syso
