package app

import "runtime"

const isWindows = runtime.GOOS == "windows"
