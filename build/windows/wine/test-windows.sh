#!/usr/bin/env bash
# make test-windows: Joblink's Windows build and its Windows-only code, run under Debian's Wine.
#
#   1. GOOS=windows go vet ./..., and a fresh Wine prefix in build/_wine/prefix with the
#      bcryptprimitives shim
#   2. the Windows unit tests of the packages with Windows-specific code, compiled with
#      GOOS=windows (go test -c) and run under Wine
#   3. the signed joblink.exe end to end, headless, and the signed installer (wine_test.go,
#      a Linux test driving Wine in the same prefix)
# Usage: test-windows.sh SHIM_DLL JOBLINK_EXE SETUP_EXE
set -euo pipefail
shim=$1 exe=$2 setup=$3
here=$(cd "$(dirname "$0")" && pwd)
source "$here/env.sh"
cd "$root"
started=$(date +%s)
step() { echo "== wine: $* ($(( $(date +%s) - started )) s)"; }

# Go 1.26's os.RemoveAll deletes through FileDispositionInformationEx and falls back to the old
# call when Windows says it does not know it; Wine 8 answers STATUS_NOT_IMPLEMENTED ("Invalid
# function"), which Go does not expect, so every t.TempDir cleanup would fail. Windows 10 1607
# and later (all Joblink supports) and Wine 9 know the call. The unit-test programs (never the
# shipped joblink.exe) are built with a copy of that one Go file that also falls back on
# STATUS_NOT_IMPLEMENTED.
overlay() {
	local src ov=$WINE_DIR/_overlay # "_": not a package of the module for ./...
	src=$(go env GOROOT)/src/internal/syscall/windows/at_windows.go
	mkdir -p "$ov"
	sed 's|^\t\tSTATUS_NOT_SUPPORTED:  *//\(.*\)$|\t\tSTATUS_NOT_SUPPORTED, //\1\n\t\tNTStatus(0xC0000002): // STATUS_NOT_IMPLEMENTED: Wine 8|' "$src" >"$ov/at_windows.go"
	if cmp -s "$src" "$ov/at_windows.go"; then
		echo "test-windows.sh: Go's $src changed; update the Wine overlay" >&2
		exit 1
	fi
	printf '{"Replace":{"%s":"%s"}}\n' "$src" "$ov/at_windows.go" >"$ov/overlay.json"
	echo "$ov/overlay.json"
}

# The packages with Windows-specific code, and the tests of theirs that check Unix behaviour
# (file modes, chmod, XDG, EROFS): Windows counterparts are in their *_windows_test.go files.
declare -A skip=(
	[./backend/datadir]='^(TestPrepareCreatesMissingFolders|TestPrepareExplainsAReadOnlyFolder|TestExplainWriteClassifiesPermissionErrors|TestTokenCreatedOncePrivateAndRepaired|TestDefaultIsAbsolute)$'
	[./backend/procore/secrets]=''
	[./backend/localserver]='^TestIdleConnectionFloodCannotSilenceTheAPI$' # 2,000 sockets through wineserver: measures Wine, not Joblink
	[./backend/store]='^(TestOpenCreatesFolderAndReopenKeepsData|TestReadOnlyFolder|TestBackupRestoreRoundTrip)$' # file modes, chmod; restore runs in wine_test.go
	[./app]=''
)

# go vet of the whole module as Windows builds it (a Unix-only call in a test file breaks it),
# while Wine makes the prefix.
step "GOOS=windows go vet ./... and a fresh prefix $WINEPREFIX"
CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc GOOS=windows GOARCH=amd64 go vet -tags desktop,production ./... &
vet=$!
wine_prefix_new "$shim"
wait "$vet" || { echo "GOOS=windows go vet ./... failed: give Unix-only test files a build tag (//go:build !windows)" >&2; exit 1; }

# The signatures were verified by make; a copy with one byte changed must fail, or the
# verification proves nothing.
tampered=$WINE_DIR/tampered.exe
cp "$exe" "$tampered"
printf 'JOBLINK' | dd of="$tampered" bs=1 seek=4096 conv=notrunc status=none
if "$here/../sign/sign.sh" --verify "$tampered" >/dev/null 2>&1; then
	echo "sign.sh --verify accepted a changed joblink.exe" >&2
	exit 1
fi
rm -f "$tampered"

step "compiling the Windows unit tests"
ov=$(overlay)
mkdir -p "$WINE_DIR/tests"
pids=()
for pkg in "${!skip[@]}"; do
	name=$(basename "$pkg")
	CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc GOOS=windows GOARCH=amd64 go test -c -overlay "$ov" -tags desktop,production -o "$WINE_DIR/tests/$name.test.exe" "$pkg" &
	pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done

failed=()
for pkg in "${!skip[@]}"; do
	name=$(basename "$pkg")
	step "unit tests of $pkg under Wine"
	args=(-test.timeout 5m -test.count 1)
	[ -z "${skip[$pkg]}" ] || args+=(-test.skip "${skip[$pkg]}")
	# The test programs run from their package folder, as go test runs them (testdata/).
	if ! (cd "$pkg" && "$WINE" "$WINE_DIR/tests/$name.test.exe" "${args[@]}" 2>&1 | tr -d '\r' | grep -v '^wine: Read access denied for device'); then
		failed+=("$pkg")
	fi
done
[ ${#failed[@]} -eq 0 ] || { echo "Windows unit tests failed under Wine: ${failed[*]}" >&2; exit 1; }

step "joblink.exe and the installer under Wine"
# joblink.exe's own console output is kept in build/_wine/e2e.log, shown when a test fails.
if JOBLINK_WINE_EXE=$(realpath "$exe") JOBLINK_WINE_SETUP=$(realpath "$setup") \
	go test -count=1 -timeout 10m -run '^TestWine' -v . >"$WINE_DIR/e2e.log" 2>&1; then
	grep -E '^(--- |\s+wine_|ok)' "$WINE_DIR/e2e.log"
else
	tail -80 "$WINE_DIR/e2e.log"
	echo "joblink.exe under Wine: FAIL (whole output: $WINE_DIR/e2e.log)" >&2
	exit 1
fi

"$WINESERVER" -k >/dev/null 2>&1 || true
step "done"
