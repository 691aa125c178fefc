//go:build linux

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"joblink/backend/core"
	"joblink/backend/procoresim"
)

// The Windows build (build/bin/joblink.exe, signed) run under Wine, headless, by
// make test-windows (build/windows/wine/test-windows.sh), which creates the Wine prefix and
// sets JOBLINK_WINE_EXE. Wine shares the host's loopback, so the test talks to it as the Linux
// e2e tests talk to the Linux build. Without the variable the tests are skipped.

// wineExe returns the Wine loader and joblink.exe, or skips.
func wineExe(t testing.TB) (wine, exe string) {
	exe = os.Getenv("JOBLINK_WINE_EXE")
	if exe == "" || os.Getenv("WINEPREFIX") == "" {
		t.Skip("run by make test-windows (JOBLINK_WINE_EXE and WINEPREFIX unset)")
	}
	return os.Getenv("WINE"), exe
}

// wineLocalAppData is %LOCALAPPDATA% of the prefix's user, as a Linux path.
func wineLocalAppData(t testing.TB) string {
	u, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(os.Getenv("WINEPREFIX"), "drive_c", "users", u.Username, "AppData", "Local")
}

// wineRun runs joblink.exe to the end and returns its exit code and output.
func wineRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	wine, exe := wineExe(t)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(wine, append([]string{exe}, args...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, strings.ReplaceAll(stdout.String(), "\r", ""), strings.ReplaceAll(stderr.String(), "\r", "")
}

// wineJoblink is joblink.exe --headless running under Wine on the default data folder.
type wineJoblink struct {
	cmd   *exec.Cmd
	url   string
	token string
}

func startWineJoblink(t *testing.T, dataDir string, args ...string) *wineJoblink {
	t.Helper()
	wine, exe := wineExe(t)
	cmd, url := startBinary(t, wine, append([]string{exe, "--headless", "--addr", "127.0.0.1:0"}, args...)...)
	token, err := os.ReadFile(filepath.Join(dataDir, "ui-token"))
	if err != nil {
		cmd.Process.Kill()
		t.Fatalf("no access token in %s: %v", dataDir, err)
	}
	return &wineJoblink{cmd: cmd, url: url, token: strings.TrimSpace(string(token))}
}

// call sends a request with the access token (or another), decoding a JSON answer into out.
func (j *wineJoblink) call(t *testing.T, method, route, token string, body, out any) int {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, j.url+route, rd)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, route, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %v in %s", method, route, err, b)
		}
	}
	if resp.StatusCode >= 300 && out != nil {
		t.Fatalf("%s %s: %d %s", method, route, resp.StatusCode, b)
	}
	return resp.StatusCode
}

// quit stops it the Windows way (joblink.exe --quit) and checks that it ended cleanly.
func (j *wineJoblink) quit(t *testing.T) {
	t.Helper()
	code, out, errOut := wineRun(t, "--quit")
	if code != 0 || !strings.Contains(out, "It has stopped.") {
		t.Fatalf("--quit: exit %d\n%s%s", code, out, errOut)
	}
	if code := waitExit(t, j.cmd, 30*time.Second); code != 0 {
		t.Fatalf("joblink.exe exited %d after --quit", code)
	}
}

// costCodeCounts is GET /api/work/costcode's tally by status.
func (j *wineJoblink) costCodeCounts(t *testing.T) map[string]int {
	var page struct {
		Counts map[string]int `json:"counts"`
	}
	j.call(t, "GET", "api/work/costcode?limit=1", j.token, nil, &page)
	return page.Counts
}

// waitUntil polls ok; explain, if given, says where things stood when it gave up.
func waitUntil(t *testing.T, timeout time.Duration, what string, ok func() bool, explain ...func() string) {
	t.Helper()
	for deadline := time.Now().Add(timeout); !ok(); time.Sleep(250 * time.Millisecond) {
		if time.Now().After(deadline) {
			more := ""
			for _, e := range explain {
				more += ": " + e()
			}
			t.Fatalf("waited %v for %s%s", timeout, what, more)
		}
	}
}

// TestWineHeadlessEndToEnd: the checks the Linux build passes, on joblink.exe: start on the
// default data folder (%LOCALAPPDATA%\Joblink), health, token guard, single instance, the demo
// setup through the API with the Procore secrets sealed by DPAPI, a cost-code export stopped
// in the middle by --quit and finished after a restart, log redaction, restore.
func TestWineHeadlessEndToEnd(t *testing.T) {
	wineExe(t)
	data := filepath.Join(wineLocalAppData(t), "Joblink")
	os.RemoveAll(data)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("wine_test: the data folder is kept for a look: %s", data)
			return
		}
		os.RemoveAll(data)
	})

	started := time.Now()
	j := startWineJoblink(t, data, "--demo")
	t.Logf("wine_test: joblink.exe --headless --demo announced %s after %v", j.url, time.Since(started).Round(time.Millisecond))
	defer func() {
		if j.cmd.ProcessState == nil {
			j.cmd.Process.Kill()
			j.cmd.Wait()
		}
	}()

	// The data folder is %LOCALAPPDATA%\Joblink, and says who holds it.
	var inst struct {
		PID  int    `json:"pid"`
		Mode string `json:"mode"`
		URL  string `json:"url"`
	}
	b, err := os.ReadFile(filepath.Join(data, "instance.json"))
	if err != nil || json.Unmarshal(b, &inst) != nil || inst.URL != j.url || inst.Mode != "headless" {
		t.Fatalf("instance.json in %%LOCALAPPDATA%%\\Joblink: %s %v", b, err)
	}
	for _, sub := range []string{"db", "logs", "backups"} {
		if fi, err := os.Stat(filepath.Join(data, sub)); err != nil || !fi.IsDir() {
			t.Errorf("%%LOCALAPPDATA%%\\Joblink\\%s: %v", sub, err)
		}
	}

	// Health without a token; everything else only with the right one.
	var health struct{ Status, Version string }
	if code := j.call(t, "GET", "api/health", "", nil, &health); code != 200 || health.Status != "ok" {
		t.Fatalf("health: %d %+v", code, health)
	}
	for token, want := range map[string]int{"": 401, j.token + "x": 401, "Bearer": 401, j.token: 200} {
		if code := j.call(t, "GET", "api/status", token, nil, nil); code != want {
			t.Errorf("GET /api/status with token %q: %d, want %d", token, code, want)
		}
	}

	// A second start on the same data folder names the first and exits with its code.
	code, _, errOut := wineRun(t, "--headless", "--addr", "127.0.0.1:0")
	if code != core.ExitAlreadyRunning || !strings.Contains(errOut, fmt.Sprintf("(process %d, running without a window (headless)", inst.PID)) {
		t.Errorf("second start: exit %d, want %d naming process %d:\n%s", code, core.ExitAlreadyRunning, inst.PID, errOut)
	}
	if !strings.Contains(errOut, `joblink --quit --data "C:\users\`) || strings.Contains(errOut, `\\`) {
		t.Errorf("the --quit hint is not a command for Command Prompt:\n%s", errOut)
	}
	// restore refuses while it runs.
	if code, _, errOut := wineRun(t, "restore"); code != core.ExitAlreadyRunning || !strings.Contains(errOut, "quit it first") {
		t.Errorf("restore while running: exit %d %s", code, errOut)
	}

	wineDemoSetup(t, j)

	// The Procore secrets are sealed with DPAPI; no file in the data folder holds them in clear.
	for _, name := range []string{"procore-app"} {
		raw, err := os.ReadFile(filepath.Join(data, name))
		if err != nil || !bytes.HasPrefix(raw, []byte("joblink-secret/1 dpapi-user\n")) {
			t.Errorf("%s is not DPAPI-sealed: %q %v", name, raw[:min(len(raw), 40)], err)
		}
	}
	secrets := []string{procoresim.DefaultClientSecret, j.token}
	assertNoFileHolds(t, data, secrets, "ui-token")

	// The export: all ready cost codes, stopped by --quit in the middle, finished after a restart.
	var ready int
	// Procore's cost codes arrive over several reads: wait until all are in and ready, and stay so.
	waitUntil(t, 2*time.Minute, "every cost code read from Procore and ready to export", func() bool {
		c := j.costCodeCounts(t)
		if c["ready"] == 0 || c["ready"] != c["all"] {
			return false
		}
		time.Sleep(time.Second)
		again := j.costCodeCounts(t)
		ready = again["ready"]
		return again["ready"] == c["ready"] && again["all"] == c["all"]
	})
	exportStart := time.Now()
	var decided struct{ Count int }
	j.call(t, "POST", "api/work/costcode/export", j.token, map[string]any{"all": true}, &decided)
	// Syncing is paused as soon as the first cost codes are in QuickBooks and --quit comes once
	// nothing is in flight. The demo's simulated QuickBooks company lives in memory and gets new
	// ListIDs on every start (qbwc/qbsim/ids.go), while setup keeps the old ones: the cost codes
	// still queued are refused after the restart (error 3140, no such account) — true of the demo
	// on every system, not of Windows; real QuickBooks keeps its ListIDs.
	var before map[string]int
	waitUntil(t, 2*time.Minute, "the first cost codes to reach QuickBooks", func() bool { before = j.costCodeCounts(t); return before["synced"] > 0 })
	j.call(t, "PUT", "api/sync/paused", j.token, map[string]any{"paused": true}, new(any))
	waitUntil(t, time.Minute, "nothing in flight after the pause", func() bool { before = j.costCodeCounts(t); return before["sending"] == 0 })
	j.quit(t)
	if before["synced"] >= ready {
		t.Logf("wine_test: the export had finished before the pause (%v); the restart checks only that nothing is lost", before)
	}
	j = startWineJoblink(t, data, "--demo")
	j.call(t, "PUT", "api/sync/paused", j.token, map[string]any{"paused": false}, new(any))
	var after map[string]int
	waitUntil(t, 3*time.Minute, "every cost code settled after the restart", func() bool {
		after = j.costCodeCounts(t)
		return after["ready"]+after["queued"]+after["sending"]+after["retrying"] == 0
	}, func() string {
		return fmt.Sprintf("%d ready before the export, %v at --quit, now %v", ready, before, after)
	})
	t.Logf("wine_test: %d cost codes exported in %v under Wine (at --quit %v); now %v",
		ready, time.Since(exportStart).Round(time.Second), before, after)
	// Nothing lost or stuck: every cost code is still there, what was in QuickBooks stays so, and
	// each of the others is either synced or refused by the new simulated company (3140, see above).
	if after["all"] != ready || after["synced"] < before["synced"] || after["synced"]+after["attention"] != ready {
		t.Errorf("the restarted joblink.exe lost or left cost codes: %v at --quit, %v after", before, after)
	}
	if after["attention"] > 0 {
		var page struct {
			Items []struct {
				Failure *struct {
					Code    int    `json:"code"`
					Message string `json:"message"`
				} `json:"failure"`
			} `json:"items"`
		}
		j.call(t, "GET", "api/work/costcode?status=attention&limit=1", j.token, nil, &page)
		if len(page.Items) == 0 || page.Items[0].Failure == nil || page.Items[0].Failure.Code != 3140 {
			t.Errorf("cost codes need attention after the restart for another reason than the demo's new QuickBooks company: %+v", page.Items)
		} else {
			t.Logf("wine_test: %d cost codes queued at --quit were refused after the restart by the demo's new simulated company: %s",
				after["attention"], page.Items[0].Failure.Message)
		}
	}

	// The log holds no secret.
	j.quit(t)
	logText, err := os.ReadFile(filepath.Join(data, "logs", "joblink.log"))
	if err != nil || len(logText) == 0 {
		t.Fatalf("log: %v", err)
	}
	for _, s := range secrets {
		if bytes.Contains(logText, []byte(s)) {
			t.Errorf("the log shows a secret (%.6s…)", s)
		}
	}

	// --quit with nothing running, then restore of the newest backup, then a clean start.
	if code, out, _ := wineRun(t, "--quit"); code != 0 || !strings.Contains(out, "No Joblink is running") {
		t.Errorf("--quit with nothing running: %d %q", code, out)
	}
	code, out, errOut := wineRun(t, "restore")
	if code != 0 || !strings.Contains(out, "Restored") || !strings.Contains(out, "kept in") {
		t.Fatalf("restore: exit %d\n%s%s", code, out, errOut)
	}
	j = startWineJoblink(t, data)
	if code := j.call(t, "GET", "api/health", "", nil, &health); code != 200 {
		t.Fatalf("health after restore: %d", code)
	}
	j.quit(t)
}

// wineDemoSetup walks the setup wizard through the API, as the UI does (joblink.mjs
// walkSetupWizard): the demo's prefilled service account, the reference company, the simulated
// Web Connector's first contact, the QuickBooks accounts, the default preferences, finish.
func wineDemoSetup(t *testing.T, j *wineJoblink) {
	t.Helper()
	type state struct {
		Demo    bool `json:"demo"`
		Prefill *struct {
			ClientID     string `json:"clientId"`
			ClientSecret string `json:"clientSecret"`
		} `json:"prefill"`
		WebConnector struct {
			FirstContactAt *time.Time `json:"firstContactAt"`
		} `json:"webConnector"`
		QuickBooks struct {
			ListsReady bool `json:"listsReady"`
		} `json:"quickbooks"`
		Completed bool `json:"completed"`
	}
	var s state
	j.call(t, "GET", "api/setup", j.token, nil, &s)
	if !s.Demo || s.Prefill == nil || s.Completed {
		t.Fatalf("setup of a new demo: %+v", s)
	}
	var ignored any
	j.call(t, "POST", "api/setup/procore/service-account", j.token, s.Prefill, &ignored)
	var company struct{ ID int64 }
	b, err := os.ReadFile("testdata/procore/company.json")
	if err != nil || json.Unmarshal(b, &company) != nil {
		t.Fatalf("testdata/procore/company.json: %v", err)
	}
	j.call(t, "PUT", "api/setup/procore/company", j.token, map[string]any{"id": company.ID}, &ignored)
	waitUntil(t, 2*time.Minute, "the simulated Web Connector's first contact and the QuickBooks lists", func() bool {
		j.call(t, "GET", "api/setup", j.token, nil, &s)
		return s.WebConnector.FirstContactAt != nil && s.QuickBooks.ListsReady
	})
	pick := func(accountType string) string {
		var lists struct {
			Accounts []struct {
				ListID string `json:"listID"`
			} `json:"accounts"`
		}
		j.call(t, "GET", "api/quickbooks/accounts?type="+accountType, j.token, nil, &lists)
		if len(lists.Accounts) == 0 {
			t.Fatalf("no %s account in the simulated company", accountType)
		}
		return lists.Accounts[0].ListID
	}
	j.call(t, "PUT", "api/setup/quickbooks", j.token, map[string]any{
		"incomeAccount": pick("Income"), "expenseAccount": pick("Expense")}, &ignored)
	j.call(t, "PUT", "api/setup/preferences", j.token, map[string]any{}, &ignored)
	j.call(t, "POST", "api/setup/finish", j.token, map[string]any{}, &ignored)
	j.call(t, "GET", "api/setup", j.token, nil, &s)
	if !s.Completed {
		t.Fatal("setup not completed after finish")
	}
}

// assertNoFileHolds reads every file under dir (the database included) for the secrets, as
// plain bytes and as UTF-16, except the files named in allowed.
func assertNoFileHolds(t *testing.T, dir string, secrets []string, allowed ...string) {
	t.Helper()
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		for _, a := range allowed {
			if d.Name() == a {
				return nil
			}
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		for _, s := range secrets {
			var wide []byte
			for _, r := range s {
				wide = append(wide, byte(r), 0)
			}
			if bytes.Contains(b, []byte(s)) || bytes.Contains(b, wide) {
				t.Errorf("%s holds a secret in clear (%.6s…)", path, s)
			}
		}
		return nil
	})
}
