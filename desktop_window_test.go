package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// These helpers let TestDesktopSmoke prove the desktop window works, not only that it draws:
// the window's own API requests (through the Wails asset server, logged with via "window" at
// debug level by localserver.RequestLog) and the state they change, read from outside.

// apiRequest is one "api request" line of Joblink's log.
type apiRequest struct {
	Via, Method, Route, Path string
	Status                   int
}

func (r apiRequest) String() string { return fmt.Sprintf("%s %s %d", r.Method, r.Path, r.Status) }

// windowRequests reads the API requests the window made so far.
func windowRequests(t *testing.T, logFile string) []apiRequest {
	t.Helper()
	b, err := os.ReadFile(logFile)
	if err != nil {
		t.Fatal(err)
	}
	var out []apiRequest
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.Contains(line, `"message":"api request"`) {
			continue
		}
		var r apiRequest
		if json.Unmarshal([]byte(line), &r) == nil && r.Via == "window" {
			out = append(out, r)
		}
	}
	return out
}

// waitForWindowRequests waits until the window has had each "METHOD /path" answered with 200,
// and fails with everything the window was answered otherwise (the Dashboard's "Joblink's status
// could not be read" was a 415 to every GET).
func waitForWindowRequests(t *testing.T, logFile string, timeout time.Duration, want ...string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		reqs := windowRequests(t, logFile)
		answered := map[string]bool{}
		for _, r := range reqs {
			if r.Status == http.StatusOK {
				answered[r.Method+" "+r.Path] = true
			}
		}
		var missing []string
		for _, w := range want {
			if !answered[w] {
				missing = append(missing, w)
			}
		}
		if len(missing) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the window's requests %v were not answered 200 within %v; the window was answered: %v", missing, timeout, reqs)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitForWindowRequestCount waits until the window has had "METHOD /path" answered 200 n times.
func waitForWindowRequestCount(t *testing.T, logFile string, timeout time.Duration, request string, n int) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		count := 0
		for _, r := range windowRequests(t, logFile) {
			if r.Status == http.StatusOK && r.Method+" "+r.Path == request {
				count++
			}
		}
		if count >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the window's %s was answered 200 %d times within %v, not %d", request, count, timeout, n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// failedWindowRequests are the window's requests answered with an error.
func failedWindowRequests(t *testing.T, logFile string) []apiRequest {
	var failed []apiRequest
	for _, r := range windowRequests(t, logFile) {
		if r.Status >= 400 || r.Status == 0 {
			failed = append(failed, r)
		}
	}
	return failed
}

// Where app.Run puts the window: Wails centres its 1100×720 window on the screen.
const windowWidth, windowHeight = 1100, 720

// signInToProcoreInWindow does in the window what a bookkeeper trying the demo does on the
// Setup page's first step: in the form Joblink filled in for the embedded Procore, choose
// "Use a service account" and connect. Keys, not clicks, after the first click: the form's
// order (address, sign-in method, client ID) is steadier than where things are drawn.
func signInToProcoreInWindow(t *testing.T) {
	t.Helper()
	x, err := dialX()
	if err != nil {
		t.Fatalf("X input: %v", err)
	}
	defer x.Close()
	left, top := (x.width-windowWidth)/2, (x.height-windowHeight)/2
	// The "Procore address" field, under the environment choices.
	if err := x.Click(left+630, top+623); err != nil {
		t.Fatal(err)
	}
	const tab, down, enter = 0xff09, 0xff54, 0xff0d
	for _, key := range []uint32{tab, down, down, tab, enter} { // to the method, two down, to client ID, submit
		time.Sleep(150 * time.Millisecond)
		if err := x.Key(key); err != nil {
			t.Fatal(err)
		}
	}
}

// setupState reads GET /api/setup on the loopback listener.
func setupState(t *testing.T, url, token string) (s struct {
	Procore struct {
		Connected bool
		Method    *string
	}
}) {
	t.Helper()
	req, _ := http.NewRequest("GET", url+"api/setup", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 || json.NewDecoder(resp.Body).Decode(&s) != nil {
		t.Fatalf("setup on the listener: %s", resp.Status)
	}
	return s
}

// screenshot saves the screen to artifacts/name and returns its path.
func screenshot(t *testing.T, artifacts, name string) string {
	t.Helper()
	shot := filepath.Join(artifacts, name)
	if out, err := exec.Command("import", "-window", "root", shot).CombinedOutput(); err != nil {
		t.Fatalf("screenshot: %v %s", err, out)
	}
	return shot
}
