package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"time"

	"joblink/backend/core"
	"joblink/qbwc"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbsim/webconnector"
	"joblink/qbwc/qwc"
)

// qbSimEvery is how often the simulated Web Connector runs in --qb-sim mode.
const qbSimEvery = 30 * time.Second

// qbSim is a running simulated QuickBooks and Web Connector.
type qbSim struct {
	client   *webconnector.Client
	password string // the Web Connector password it uses
	stop     func()
}

// startQBSim runs the simulated QuickBooks company file and Web Connector (--qb-sim: the demo
// and tests) against this Joblink's own Web Connector endpoint, over real HTTP, every
// qbSimEvery. password is the Web Connector password to use; without one (a fresh data
// folder) a random one is made and set, since nobody types it.
func startQBSim(c *core.Core, wc *qbwc.Connector, password string, every time.Duration, newCompany func(...qbsim.Option) (*qbsim.Company, error)) (sim *qbSim, err error) {
	if password == "" {
		if set, err := wc.PasswordSet(); err != nil {
			return nil, err
		} else if set {
			return nil, errors.New("--qb-sim needs the Web Connector password of this data folder: give it with --qbwc-password-file, or use a fresh data folder")
		}
		raw := make([]byte, 18)
		if _, err := rand.Read(raw); err != nil {
			return nil, err
		}
		password = hex.EncodeToString(raw)
		if err := wc.SetPassword(password); err != nil {
			return nil, err
		}
	}
	company, err := newCompany()
	if err != nil {
		return nil, fmt.Errorf("load the simulated QuickBooks company: %w", err)
	}
	fileID, err := qwc.EnsureFileID(c.Store)
	if err != nil {
		return nil, err
	}
	log := c.Log.With().Str("part", "qbsim").Logger()
	client := webconnector.New(webconnector.Config{
		AppName: "Joblink", AppURL: wc.URL(), UserName: qbwc.UserName, Password: password,
		OwnerID: qwc.OwnerID, FileID: fileID, RunEvery: every,
		CompanyFile: company.Info().FilePath, CallTimeout: time.Minute, Logger: log,
	}, company, &http.Client{Timeout: 2 * time.Minute})

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = client.Run(ctx, func(r *webconnector.Report) {
			ev := log.Info()
			if r.Err != nil || r.LastError != "" {
				ev = log.Warn().AnErr("error", r.Err).Str("lastError", r.LastError)
			}
			ev.Int("requestSets", r.RequestSets).Int("requests", r.Requests).Str("closeConnection", r.CloseMessage).
				Msg("simulated Web Connector run finished")
		})
	}()
	log.Info().Str("company", company.Info().CompanyName).Dur("every", every).Msg("simulated QuickBooks and Web Connector started")
	return &qbSim{client: client, password: password, stop: func() { cancel(); <-done }}, nil
}
