package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"joblink/backend/core"
	"joblink/qbwc"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/session"
)

// webConnector holds the Web Connector endpoint main attached to the core, so that --qb-sim
// can be pointed at it once the core is up.
type webConnector struct{ connector *qbwc.Connector }

// attach is the core's AttachWebConnector hook: the qbwc endpoint around the core's engines.
// Each Web Connector session refreshes the QuickBooks lists first, then exports, so exports
// decide from current lists.
func (w *webConnector) attach(c *core.Core) (core.WebConnector, error) {
	phases := []session.Engine{qbwc.SessionAdapter{Engine: c.Refresh}}
	if c.Engine != nil {
		phases = append(phases, qbwc.ExportAdapter{Engine: c.Engine})
	}
	if c.JobCosts != nil {
		// Last: QuickBooks' job-to-date costs for the jobs that changed (issue 14).
		phases = append(phases, qbwc.PhaseAdapter{Phase: c.JobCosts})
	}
	conn, err := qbwc.New(context.Background(), qbwc.Options{
		Store: c.Store, Engine: &qbwc.Sequence{Phases: phases}, Port: c.Port(), Log: c.Log,
	})
	if err != nil {
		return nil, err
	}
	w.connector = conn
	return conn, nil
}

// readPasswordFile reads --qbwc-password-file: the whole file, less a final line break.
func readPasswordFile(path string) (string, error) {
	if path == "" {
		return "", nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read the Web Connector password file: %w", err)
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// startSimulation applies --qb-sim (and --demo) once the core runs. It returns what to stop
// at exit.
func (w *webConnector) startSimulation(enabled bool, c *core.Core, password string, dm *demo) (stop func(), err error) {
	if !enabled {
		return func() {}, nil
	}
	if w.connector == nil {
		return nil, fmt.Errorf("--qb-sim needs the Web Connector endpoint, which is off: %v", c.StoreErr)
	}
	every, company := qbSimEvery, qbsim.NewReferenceCompany
	if dm != nil {
		// The demo's QuickBooks shares customers, jobs and vendors with the Procore demo
		// company, messily, so the Jobs and Vendors pages have something to pair.
		every, company = demoEvery, qbsim.NewDemoCompany
		if password == "" {
			password = dm.password(c)
		}
	}
	sim, err := startQBSim(c, w.connector, password, every, company)
	if err != nil {
		return nil, err
	}
	if dm != nil {
		dm.remember(c, sim.password)
		dm.mu.Lock()
		dm.onNewPass = sim.client.SetPassword
		dm.mu.Unlock()
	}
	return sim.stop, nil
}
