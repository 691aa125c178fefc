//go:build !windows

package app

import (
	"fmt"
	"os/exec"
)

// Notify shows a desktop notification through notify-send, where the desktop has one.
func Notify(title, body string) error {
	path, err := exec.LookPath("notify-send")
	if err != nil {
		return fmt.Errorf("notification: notify-send is not installed: %w", err)
	}
	// Arguments, not a shell: the text cannot be read as a command.
	if err := exec.Command(path, "--app-name=Joblink", title, body).Run(); err != nil {
		return fmt.Errorf("notification: %w", err)
	}
	return nil
}
