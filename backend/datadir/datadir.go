// Package datadir finds, creates and checks Joblink's data folder: the place that holds the
// database, logs, backups, the UI access token and the single-instance lock.
package datadir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// Layout names the files and folders inside a data folder.
type Layout struct {
	Root string
}

func (l Layout) DB() string           { return filepath.Join(l.Root, "db") }
func (l Layout) Backups() string      { return filepath.Join(l.Root, "backups") }
func (l Layout) Logs() string         { return filepath.Join(l.Root, "logs") }
func (l Layout) LogFile() string      { return filepath.Join(l.Root, "logs", "joblink.log") }
func (l Layout) TokenFile() string    { return filepath.Join(l.Root, "ui-token") }
func (l Layout) LockFile() string     { return filepath.Join(l.Root, "joblink.lock") }
func (l Layout) InstanceFile() string { return filepath.Join(l.Root, "instance.json") }

// Default returns the per-user application-data folder: %LOCALAPPDATA%\Joblink on Windows,
// $XDG_DATA_HOME/joblink (or ~/.local/share/joblink) elsewhere.
func Default() (string, error) {
	if runtime.GOOS == "windows" {
		if local := os.Getenv("LOCALAPPDATA"); local != "" {
			return filepath.Join(local, "Joblink"), nil
		}
		dir, err := os.UserConfigDir() // %APPDATA%, the best fallback when LOCALAPPDATA is unset
		if err != nil {
			return "", fmt.Errorf("find the application-data folder: %w", err)
		}
		return filepath.Join(dir, "Joblink"), nil
	}
	if xdg := os.Getenv("XDG_DATA_HOME"); xdg != "" && filepath.IsAbs(xdg) {
		return filepath.Join(xdg, "joblink"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the home folder: %w", err)
	}
	return filepath.Join(home, ".local", "share", "joblink"), nil
}

// Resolve returns root, or the default folder when root is empty (no --data given).
func Resolve(root string) (string, error) {
	if root != "" {
		return root, nil
	}
	return Default()
}

// Problem is a data-folder failure explained for a bookkeeper: what went wrong and how to fix it.
type Problem struct {
	Path    string
	Message string
	Fix     string
	Err     error
}

func (p *Problem) Error() string {
	s := p.Message
	if p.Err != nil {
		s += " (" + p.Err.Error() + ")"
	}
	if p.Fix != "" {
		s += ". " + p.Fix
	}
	return s
}

func (p *Problem) Unwrap() error { return p.Err }

// Prepare makes sure root exists, is a folder and can be written to, creating it (and its
// sub-folders) when missing. The folder is private to the user (0700).
func Prepare(root string) (Layout, error) {
	if root == "" {
		return Layout{}, &Problem{Message: "No data folder was given", Fix: "Start Joblink with --data FOLDER or without --data to use the default"}
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return Layout{}, &Problem{Path: root, Message: fmt.Sprintf("The data folder %q is not a valid path", root), Err: err}
	}
	l := Layout{Root: abs}
	if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
		return l, &Problem{Path: abs, Message: fmt.Sprintf("The data folder %s is a file, not a folder", abs),
			Fix: "Remove or rename that file, or start Joblink with --data pointing at a folder"}
	}
	for _, dir := range []string{abs, l.Logs(), l.Backups()} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return l, explainWrite(dir, err)
		}
	}
	if err := checkWritable(abs); err != nil {
		return l, explainWrite(abs, err)
	}
	return l, nil
}

func checkWritable(dir string) error {
	f, err := os.CreateTemp(dir, ".write-check-*")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

func explainWrite(path string, err error) error {
	var pe *os.PathError
	if errors.Is(err, os.ErrPermission) || isReadOnlyFS(err) || errors.As(err, &pe) && isReadOnlyFS(pe.Err) {
		return &Problem{Path: path, Err: err,
			Message: fmt.Sprintf("Joblink cannot write to its data folder %s", path),
			Fix:     "Make sure the folder is not read-only and belongs to your Windows user, or start Joblink with --data pointing at a folder you can write to"}
	}
	return &Problem{Path: path, Err: err,
		Message: fmt.Sprintf("Joblink cannot prepare its data folder %s", path),
		Fix:     "Check that the disk is connected and has free space, or start Joblink with --data pointing at another folder"}
}
