// Package logging sets up Joblink's logs: JSON lines in a rotating file in the data folder,
// readable console output when started from a terminal, redaction of secrets on every line
// before it reaches any of them, and a guard against floods of repeated lines (flood.go).
package logging

import (
	"fmt"
	"io"
	stdlog "log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
	"gopkg.in/natefinch/lumberjack.v2"
)

// Config says where and how much to log.
type Config struct {
	File       string    // rotating log file; empty = no file
	Level      string    // debug, info, warn, error; empty = info
	Console    io.Writer // human-readable copy; nil = decide from Stderr (only when it is a terminal)
	NoConsole  bool      // never write a console copy
	MaxSizeMB  int       // rotate after this size; default 10
	MaxBackups int       // rotated files kept; default 5
	MaxAgeDays int       // rotated files older than this are removed; default 30
}

// Levels lists the accepted level names, for help text and error messages.
const Levels = "debug, info, warn, error"

// ParseLevel turns a level name into a zerolog level.
func ParseLevel(s string) (zerolog.Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "info":
		return zerolog.InfoLevel, nil
	case "debug":
		return zerolog.DebugLevel, nil
	case "trace":
		return zerolog.TraceLevel, nil
	case "warn", "warning":
		return zerolog.WarnLevel, nil
	case "error":
		return zerolog.ErrorLevel, nil
	}
	return zerolog.NoLevel, fmt.Errorf("unknown log level %q: use one of %s", s, Levels)
}

// Logs is an open logger and what must be closed when the process ends.
type Logs struct {
	zerolog.Logger
	file  *lumberjack.Logger
	flood *floodGuard
}

// Close writes the pending flood summaries, then flushes and closes the log file.
func (l *Logs) Close() error {
	if l == nil {
		return nil
	}
	if l.flood != nil {
		l.flood.Flush()
	}
	if l.file == nil {
		return nil
	}
	return l.file.Close()
}

// Open builds the logger. Every line passes through the redactor before any sink sees it.
// The standard library's log package is routed into it too, so messages from libraries that
// use it are redacted and kept.
func Open(cfg Config) (*Logs, error) {
	level, err := ParseLevel(cfg.Level)
	if err != nil {
		return nil, err
	}
	var sinks []io.Writer
	logs := &Logs{}
	if cfg.File != "" {
		if err := prepareLogFile(cfg.File); err != nil {
			return nil, err
		}
		logs.file = &lumberjack.Logger{
			Filename:   cfg.File,
			MaxSize:    orDefault(cfg.MaxSizeMB, 10),
			MaxBackups: orDefault(cfg.MaxBackups, 5),
			MaxAge:     orDefault(cfg.MaxAgeDays, 30),
			Compress:   true,
		}
		// Touch the file now, so a log folder we cannot write to is reported at start-up
		// rather than silently losing every line later.
		if _, err := logs.file.Write(nil); err != nil {
			return nil, fmt.Errorf("open the log file %s: %w", cfg.File, err)
		}
		sinks = append(sinks, logs.file)
	}
	console, colour := cfg.Console, false
	if console == nil && !cfg.NoConsole && isatty.IsTerminal(os.Stderr.Fd()) {
		console, colour = os.Stderr, true
	}
	if console != nil && !cfg.NoConsole {
		sinks = append(sinks, zerolog.ConsoleWriter{Out: console, TimeFormat: "15:04:05", NoColor: !colour})
	}
	var out io.Writer = io.Discard
	switch len(sinks) {
	case 1:
		out = sinks[0]
	case 2:
		out = zerolog.MultiLevelWriter(sinks...)
	}
	zerolog.TimeFieldFormat = time.RFC3339Nano
	// The flood guard first, so that repeated lines cannot rotate the history away (and cost
	// no redaction); then redaction; then the final cut of over-long lines, after redaction
	// so that a secret is never cut in half (see flood.go).
	logs.flood = newFloodGuard(NewRedactor(lineCutter{out: out}))
	logs.Logger = zerolog.New(logs.flood).Level(level).With().Timestamp().Logger()
	stdlog.SetFlags(0)
	stdlog.SetOutput(logs.Logger.With().Str("source", "stdlib").Logger())
	return logs, nil
}

// prepareLogFile refuses a log path that is a folder or a device (lumberjack would move it
// aside and create the log with the folder's permissions, 0755), creates the log folder for
// this user only, and tightens a log file others could read: the log names projects, vendors
// and amounts. The rotated files inherit the log file's permissions.
func prepareLogFile(path string) error {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		what := "not a regular file"
		if fi.IsDir() {
			what = "a folder"
		}
		return fmt.Errorf("open the log file %s: it is %s; give the path of a file, for example %s", path, what, filepath.Join(path, "joblink.log"))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("open the log file %s: %w", path, err)
	}
	if fi, err := os.Stat(path); err == nil && runtime.GOOS != "windows" && fi.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(path, 0o600); err != nil {
			return fmt.Errorf("open the log file %s: make it private to this user: %w", path, err)
		}
	}
	return nil
}

func orDefault(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}
