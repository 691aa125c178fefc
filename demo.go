package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"joblink/backend/core"
	"joblink/backend/procoresim"
	"joblink/backend/setup"
)

// demoEvery is how often the simulated Web Connector runs in demo mode: short, so an export
// the bookkeeper accepts shows up in QuickBooks within seconds.
const demoEvery = 10 * time.Second

// demoPasswordFile keeps the simulated Web Connector's password in a demo data folder, so a
// demo can be stopped and started again. It is a demo's password for a simulated QuickBooks,
// never a real one.
const demoPasswordFile = "demo-web-connector-password"

// demo is --demo: the embedded Procore simulator, the simulated QuickBooks and Web Connector,
// and the setup wizard pre-filled for them.
type demo struct {
	procoreURL string
	server     *http.Server

	mu        sync.Mutex
	onNewPass func(string) // tells the simulated Web Connector; set once it runs
}

// demoIf starts the demo when on is set; a nil *demo is "no demo" for every method.
func demoIf(on bool) (*demo, error) {
	if !on {
		return nil, nil
	}
	return startDemo()
}

// startDemo starts the embedded Procore simulator on a free loopback port.
func startDemo() (*demo, error) {
	company, err := procoresim.NewReferenceCompany()
	if err != nil {
		return nil, fmt.Errorf("load the simulated Procore company: %w", err)
	}
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{company}})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("start the simulated Procore: %w", err)
	}
	d := &demo{procoreURL: "http://" + ln.Addr().String(), server: &http.Server{Handler: sim, ReadHeaderTimeout: 10 * time.Second}}
	go func() { _ = d.server.Serve(ln) }()
	return d, nil
}

func (d *demo) stop() {
	if d == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = d.server.Shutdown(ctx)
}

// setupOptions pre-fill the wizard with the simulator; the bookkeeper still walks through it.
// A password the wizard makes is handed to the simulated Web Connector too, as a person would
// type it into QBWC.
func (d *demo) setupOptions(wc *webConnector, dataDir func() string) setup.Options {
	if d == nil {
		return setup.Options{}
	}
	return setup.Options{
		Demo: true,
		Prefill: &setup.Prefill{Environment: "custom", BaseURL: d.procoreURL,
			ClientID: procoresim.DefaultClientID, ClientSecret: procoresim.DefaultClientSecret},
		SetPassword: func(pw string) error {
			if wc.connector == nil {
				return errors.New("the Web Connector endpoint is not running")
			}
			if err := wc.connector.SetPassword(pw); err != nil {
				return err
			}
			saveDemoPassword(dataDir(), pw)
			d.mu.Lock()
			tell := d.onNewPass
			d.mu.Unlock()
			if tell != nil {
				tell(pw)
			}
			return nil
		},
	}
}

// password is the simulated Web Connector's password kept in the data folder, or "" for a
// new demo (startQBSim then makes one).
func (d *demo) password(c *core.Core) string {
	if d == nil {
		return ""
	}
	b, err := os.ReadFile(filepath.Join(c.Layout.Root, demoPasswordFile))
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// remember writes a password startQBSim made, for the next start of the same demo folder.
func (d *demo) remember(c *core.Core, pw string) {
	if d != nil {
		saveDemoPassword(c.Layout.Root, pw)
	}
}

// saveDemoPassword keeps the simulated Web Connector's password; losing it only means a
// restarted demo needs a fresh data folder, so a failure is not worth stopping for.
func saveDemoPassword(dataDir, pw string) {
	_ = os.WriteFile(filepath.Join(dataDir, demoPasswordFile), []byte(pw), 0o600)
}
