// Command joblink is the Joblink tray application (and, with --headless, the same engine with
// no window). See README.md for the flags, exit codes and the data folder.
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"syscall"
	"time"

	"joblink/backend/buildinfo"
	"joblink/backend/core"
	"joblink/backend/datadir"
	"joblink/backend/localserver"
	"joblink/backend/logging"
	"joblink/backend/store"
)

//go:embed all:frontend/dist
var frontendFiles embed.FS

var processStart = time.Now()

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type flags struct {
	headless  bool
	minimized bool
	quit      bool
	data      string
	addr      string
	logLevel  string
	qbwcPass  string // --qbwc-password-file
	qbSim     bool   // --qb-sim
	demo      bool   // --demo: embedded Procore simulator + --qb-sim + a pre-filled wizard
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "version":
			fmt.Fprintln(stdout, "Joblink", buildinfo.Version)
			return core.ExitOK
		case "restore":
			return runRestore(args[1:], stdout, stderr)
		case "qwc":
			return runQWC(args[1:], stdout, stderr)
		case "procore-sim":
			return runProcoreSim(context.Background(), args[1:], stdout, stderr)
		}
	}
	var f flags
	fl := flag.NewFlagSet("joblink", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.BoolVar(&f.headless, "headless", false, "run without a window or tray; serve the UI at http://127.0.0.1:PORT/")
	fl.BoolVar(&f.minimized, "minimized", false, "start hidden in the tray (used when starting at login)")
	fl.BoolVar(&f.quit, "quit", false, "ask the Joblink running on the data folder to quit, and wait until it has")
	fl.StringVar(&f.data, "data", "", "data folder (default: the application-data folder, %LOCALAPPDATA%\\Joblink on Windows)")
	fl.StringVar(&f.addr, "addr", localserver.DefaultAddr, "loopback address of the local listener (UI, API, Web Connector)")
	fl.StringVar(&f.qbwcPass, "qbwc-password-file", "", "set the Web Connector password from this file (for deployment scripts and tests)")
	fl.BoolVar(&f.qbSim, "qb-sim", false, "run a simulated QuickBooks company and Web Connector against this Joblink (demo and tests)")
	fl.BoolVar(&f.demo, "demo", false, "run the whole product on simulators: an embedded Procore company, a simulated QuickBooks company file and Web Connector")
	fl.StringVar(&f.logLevel, "log-level", envOr("JOBLINK_LOG_LEVEL", "info"), "log detail: "+logging.Levels)
	fl.Usage = func() {
		fmt.Fprintf(stderr, "Usage:\n  joblink [--minimized] [--data DIR] [--addr 127.0.0.1:PORT] [--log-level LEVEL]\n"+
			"  joblink --headless [--data DIR] [--addr 127.0.0.1:PORT]\n  joblink --quit [--data DIR]\n"+
			"  joblink restore [--data DIR] [--backup FILE]\n  joblink qwc [--data DIR] [--out FILE]\n  joblink version\n\nFlags:\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return core.ExitOK
		}
		return core.ExitUsage
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "joblink: unexpected argument %q (run joblink --help)\n", fl.Arg(0))
		return core.ExitUsage
	}
	if f.demo {
		f.qbSim = true
	}
	if _, err := logging.ParseLevel(f.logLevel); err != nil {
		fmt.Fprintln(stderr, "joblink:", err)
		return core.ExitUsage
	}
	switch {
	case f.quit:
		return runQuit(f, stdout, stderr)
	case f.headless:
		return runHeadless(f, stdout, stderr)
	default:
		return runTray(f)
	}
}

func uiFiles() fs.FS {
	sub, err := fs.Sub(frontendFiles, "frontend/dist")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	return sub
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// exitCode maps a start-up failure to the documented exit codes.
func exitCode(err error) int {
	var (
		dd *core.DataDirError
		st *core.StoreError
		ls *core.ListenError
		ar *core.AlreadyRunningError
		pu *localserver.PortInUseError
		pw *core.PasswordError
	)
	switch {
	case errors.As(err, &ar):
		return core.ExitAlreadyRunning
	case errors.As(err, &pu):
		return core.ExitPortInUse
	case errors.As(err, &dd):
		return core.ExitDataDir
	case errors.As(err, &st):
		return core.ExitStore
	case errors.As(err, &ls):
		return core.ExitFailure
	case errors.As(err, &pw):
		return core.ExitUsage
	}
	return core.ExitFailure
}

func runHeadless(f flags, stdout, stderr io.Writer) int {
	password, err := readPasswordFile(f.qbwcPass)
	if err != nil {
		fmt.Fprintln(stderr, "joblink:", err)
		return core.ExitUsage
	}
	// Ctrl+C and SIGTERM are caught before anything is announced: a signal that arrives while
	// starting, or right after the address is printed, waits here and stops Joblink cleanly
	// (database closed) instead of killing it.
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(signals)
	wc := &webConnector{}
	dm, err := demoIf(f.demo)
	if err != nil {
		fmt.Fprintln(stderr, "joblink:", err)
		return core.ExitFailure
	}
	defer dm.stop()
	var c *core.Core
	c, err = core.Start(core.Config{
		Mode: core.ModeHeadless, DataDir: f.data, Addr: f.addr, LogLevel: f.logLevel, UI: uiFiles(),
		ProcessStart: processStart, RequireStore: true,
		AttachWebConnector: wc.attach, WebConnectorPassword: password,
		Setup: dm.setupOptions(wc, func() string { return c.Layout.Root }),
	})
	if err != nil {
		var ar *core.AlreadyRunningError
		if errors.As(err, &ar) && ar.Known {
			fmt.Fprintf(stderr, "joblink: %v. Open %s in a browser, or stop it with: joblink --quit --data %s\n", err, ar.Instance.URL, quotePath(ar.Layout.Root))
		} else {
			fmt.Fprintln(stderr, "joblink:", err)
		}
		return exitCode(err)
	}
	stopSim, err := wc.startSimulation(f.qbSim, c, password, dm)
	if err != nil {
		fmt.Fprintln(stderr, "joblink:", err)
		c.Close()
		return core.ExitUsage
	}
	defer stopSim()
	fmt.Fprintf(stdout, "Joblink %s is running without a window at %s\n", buildinfo.Version, c.URL())
	if dm != nil {
		fmt.Fprintf(stdout, "Demo: simulated Procore at %s, simulated QuickBooks and Web Connector every %s\n", dm.procoreURL, demoEvery)
	}
	fmt.Fprintf(stdout, "Sign in with the access token in %s\n", c.Layout.TokenFile())
	fmt.Fprintf(stdout, "Stop it with Ctrl+C, or: joblink --quit --data %s\n", quotePath(c.Layout.Root))

	select {
	case s := <-signals:
		c.Log.Info().Str("signal", s.String()).Msg("stopping")
	case <-c.QuitRequested():
	}
	stopSim()
	if err := c.Close(); err != nil {
		fmt.Fprintln(stderr, "joblink: stopped with errors:", err)
		return core.ExitFailure
	}
	return core.ExitOK
}

func runQuit(f flags, stdout, stderr io.Writer) int {
	root, err := datadir.Resolve(f.data)
	if err != nil {
		fmt.Fprintln(stderr, "joblink:", err)
		return core.ExitDataDir
	}
	l := datadir.Layout{Root: root}
	if _, err := os.Stat(root); errors.Is(err, os.ErrNotExist) {
		// Never started on this folder (the installers ask before the first start).
		fmt.Fprintf(stdout, "No Joblink is running on %s.\n", root)
		return core.ExitOK
	}
	if lk, err := datadir.Acquire(l); err == nil {
		lk.Release()
		fmt.Fprintf(stdout, "No Joblink is running on %s.\n", root)
		return core.ExitOK
	}
	in, err := core.Contact(l, "quit")
	if err != nil {
		fmt.Fprintln(stderr, "joblink:", err)
		return core.ExitFailure
	}
	fmt.Fprintf(stdout, "Asked %s to quit.\n", in.Describe())
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if lk, err := datadir.Acquire(l); err == nil {
			lk.Release()
			fmt.Fprintln(stdout, "It has stopped.")
			return core.ExitOK
		}
		time.Sleep(100 * time.Millisecond)
	}
	fmt.Fprintln(stderr, "joblink: it is still running after 30 seconds; end it from the Task Manager if it does not stop.")
	return core.ExitFailure
}

// parseSubcommand parses a subcommand's flags and prepares the data folder its --data names
// (the variable data points at is read after parsing). When ok is false the subcommand ends
// with code: help was shown, the flags were wrong, or the folder is unusable.
func parseSubcommand(fl *flag.FlagSet, args []string, data *string, stderr io.Writer) (l datadir.Layout, code int, ok bool) {
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return l, core.ExitOK, false
		}
		return l, core.ExitUsage, false
	}
	root, err := datadir.Resolve(*data)
	if err == nil {
		l, err = datadir.Prepare(root)
	}
	if err != nil {
		fmt.Fprintln(stderr, "joblink:", err)
		return l, core.ExitDataDir, false
	}
	return l, core.ExitOK, true
}

func runRestore(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("joblink restore", flag.ContinueOnError)
	fl.SetOutput(stderr)
	data := fl.String("data", "", "data folder (default: the application-data folder)")
	backup := fl.String("backup", "", "backup file to restore (default: the newest in the data folder's backups)")
	l, code, ok := parseSubcommand(fl, args, data, stderr)
	if !ok {
		return code
	}
	root := l.Root
	lk, err := datadir.Acquire(l)
	if err != nil {
		fmt.Fprintf(stderr, "joblink: Joblink is running on %s; quit it first (joblink --quit --data %s).\n", root, quotePath(root))
		return core.ExitAlreadyRunning
	}
	defer lk.Release()
	file := *backup
	if file == "" {
		backups, err := store.ListBackups(l.Backups())
		if err != nil || len(backups) == 0 {
			fmt.Fprintf(stderr, "joblink: there is no backup in %s to restore.\n", l.Backups())
			return core.ExitStore
		}
		file = backups[0].Path
		fmt.Fprintf(stdout, "Restoring the newest backup, taken %s: %s\n", backups[0].Taken.Local().Format("2 Jan 2006 15:04"), file)
	}
	logs, err := logging.Open(logging.Config{File: l.LogFile()})
	if err != nil {
		fmt.Fprintln(stderr, "joblink:", err)
		return core.ExitDataDir
	}
	defer logs.Close()
	moved, err := store.Restore(l.DB(), file, logs.Logger)
	if err != nil {
		fmt.Fprintln(stderr, "joblink: restore failed:", err)
		return core.ExitStore
	}
	if moved != "" {
		fmt.Fprintf(stdout, "The database as it was has been kept in %s.\n", moved)
	}
	fmt.Fprintln(stdout, "Restored. Start Joblink again.")
	return core.ExitOK
}
