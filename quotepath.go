package main

import (
	"runtime"
	"strconv"
)

// quotePath quotes a folder for a command the user may copy into a shell. Go's %q doubles every
// backslash, which Command Prompt and PowerShell keep as typed ("C:\\Users\\…"); Windows paths
// cannot contain a double quote, so plain quotes are right there.
func quotePath(path string) string {
	if runtime.GOOS == "windows" {
		return `"` + path + `"`
	}
	return strconv.Quote(path)
}
