# Sourced by the Wine scripts: one Wine prefix per test run, headless, with the
# bcryptprimitives shim that Go >= 1.24 programs need on Wine 8 (see bcryptprimitives.c).
#   WINE_DIR  where the prefix and test programs go (default build/_wine: "_" keeps the go tool's ./... out of it)
#   WINE      the 64-bit Wine loader (default: Debian's /usr/lib/wine/wine64)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
WINE_DIR=${WINE_DIR:-$root/build/_wine}
if [ -z "${WINE:-}" ]; then
	WINE=$(command -v wine64 || true)
	[ -n "$WINE" ] || WINE=/usr/lib/wine/wine64
fi
WINESERVER=${WINESERVER:-$(dirname "$WINE")/wineserver}
[ -x "$WINESERVER" ] || WINESERVER=$(command -v wineserver)
export WINE WINESERVER
export WINEPREFIX=$WINE_DIR/prefix
export WINEARCH=win64
export WINEDEBUG=-all                # Wine's FIXME chatter would drown the test output
export WINEDLLOVERRIDES="bcryptprimitives=n;mscoree,mshtml="  # the shim; no Mono/Gecko installer prompts
export DISPLAY=                      # no X: wineboot and console programs need none

# wine_prefix_new makes a fresh prefix (about 20 s) and installs the shim into system32.
wine_prefix_new() {
	local shim=$1
	"$WINESERVER" -k >/dev/null 2>&1 || true
	rm -rf "$WINEPREFIX"
	mkdir -p "$WINE_DIR"
	"$WINE" wineboot -i >/dev/null 2>&1 || true
	"$WINESERVER" -w
	[ -d "$WINEPREFIX/drive_c/windows/system32" ] || { echo "wine: wineboot did not create $WINEPREFIX" >&2; return 1; }
	cp "$shim" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
}
