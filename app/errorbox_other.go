//go:build !windows

package app

import (
	"fmt"
	"os"
)

// ShowError prints the problem; on Linux, Joblink runs from a terminal or the desktop's log.
func ShowError(title, message string) {
	fmt.Fprintf(os.Stderr, "%s: %s\n", title, message)
}
