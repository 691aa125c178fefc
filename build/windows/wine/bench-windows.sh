#!/usr/bin/env bash
# make bench: joblink.exe's start-to-ready and idle memory under Wine (wine_bench_test.go), in a
# fresh prefix. Indicative only: Wine stands in for Windows (see wine_bench_test.go).
# Usage: bench-windows.sh SHIM_DLL JOBLINK_EXE
set -euo pipefail
shim=$1 exe=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/env.sh"
cd "$root"
wine_prefix_new "$shim"
JOBLINK_WINE_EXE=$(realpath "$exe") go test -run '^$' -bench 'Wine(StartToReady|IdleMemory)' -benchtime 5x -count 1 .
"$WINESERVER" -k >/dev/null 2>&1 || true
