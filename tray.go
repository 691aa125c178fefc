//go:build !nogui

package main

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"joblink/app"
	"joblink/backend/core"
	"joblink/backend/localserver"
)

//go:embed build/appicon.png
var iconPNG []byte

//go:embed build/windows/icon.ico
var iconICO []byte

func runTray(f flags) int {
	const title = "Joblink cannot start"
	if msg := displayProblem(); msg != "" {
		app.ShowError(title, msg)
		return core.ExitFailure
	}
	if err := app.LoadGUI(); err != nil {
		app.ShowError(title, err.Error())
		return core.ExitFailure
	}
	shell := app.NewShell()
	var extra []string
	if f.data != "" {
		extra = append(extra, "--data", f.data)
	}
	if f.addr != localserver.DefaultAddr {
		extra = append(extra, "--addr", f.addr)
	}
	autostart := app.NewAutostart(extra...)
	password, err := readPasswordFile(f.qbwcPass)
	if err != nil {
		app.ShowError(title, err.Error())
		return core.ExitUsage
	}
	// Signals are caught before start-up, so one sent while starting stops Joblink cleanly.
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(signals)
	wc := &webConnector{}
	dm, err := demoIf(f.demo)
	if err != nil {
		app.ShowError(title, err.Error())
		return core.ExitFailure
	}
	defer dm.stop()
	var c *core.Core
	setupOpts := dm.setupOptions(wc, func() string { return c.Layout.Root })
	setupOpts.OpenBrowser = app.OpenBrowser
	c, err = core.Start(core.Config{
		Mode: core.ModeTray, DataDir: f.data, Addr: f.addr, LogLevel: f.logLevel, UI: uiFiles(),
		Autostart: autostart, Window: shell, ProcessStart: processStart,
		AttachWebConnector: wc.attach, WebConnectorPassword: password, Setup: setupOpts, Notify: app.Notify,
	})
	if err != nil {
		var ar *core.AlreadyRunningError
		if errors.As(err, &ar) {
			// Single instance: bring the running one forward and leave.
			if _, cerr := core.Contact(ar.Layout, "show"); cerr == nil {
				return core.ExitOK
			} else {
				app.ShowError(title, fmt.Sprintf("%v, but it did not answer: %v", err, cerr))
			}
			return core.ExitAlreadyRunning
		}
		app.ShowError(title, err.Error())
		return exitCode(err)
	}

	stopSim, err := wc.startSimulation(f.qbSim, c, password, dm)
	if err != nil {
		c.Close()
		app.ShowError(title, err.Error())
		return core.ExitUsage
	}
	defer stopSim()
	go func() {
		select {
		case s := <-signals:
			c.Log.Info().Str("signal", s.String()).Msg("stopping")
		case <-c.QuitRequested():
		}
		shell.Quit()
	}()
	var closeErr error
	runErr := app.Run(app.Options{
		UI: uiFiles(), API: c.APIHandler(), DataDir: c.Layout.Root, Minimized: f.minimized,
		IconPNG: iconPNG, IconICO: iconICO, Tooltip: c.StateInWords, Sync: c.SyncControls(), Shell: shell, Autostart: autostart,
		Log: c.Log, OnShutdown: func() { stopSim(); closeErr = c.Close() },
	})
	signal.Stop(signals)
	if runErr != nil {
		c.Log.Error().Err(runErr).Msg("the window failed")
		c.Close()
		app.ShowError(title, runErr.Error())
		return core.ExitFailure
	}
	if closeErr != nil {
		return core.ExitFailure
	}
	return core.ExitOK
}
