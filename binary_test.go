package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"joblink/backend/procoresim"
)

// These tests drive the built binary (make build), as a user or the Windows session would.

var listeningURL = regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)

// startBinary runs the binary and returns it with the URL it announced on stdout.
func startBinary(t testing.TB, bin string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if u := listeningURL.FindString(sc.Text()); u != "" {
				found <- u
				break
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	select {
	case u := <-found:
		return cmd, u
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the binary never announced its address")
	}
	return nil, ""
}

// waitForLog waits until every wanted message is in the log file.
func waitForLog(t *testing.T, file string, timeout time.Duration, messages ...string) string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		b, _ := os.ReadFile(file)
		missing := ""
		for _, m := range messages {
			if !strings.Contains(string(b), `"message":"`+m+`"`) {
				missing = m
				break
			}
		}
		if missing == "" {
			return string(b)
		}
		if time.Now().After(deadline) {
			t.Fatalf("log never said %q within %v:\n%s", missing, timeout, b)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func waitExit(t *testing.T, cmd *exec.Cmd, timeout time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(timeout):
		cmd.Process.Kill()
		t.Fatalf("did not exit within %v", timeout)
		return -1
	}
}

// TestDesktopSmoke starts the real tray app (the demo: embedded Procore, simulated QuickBooks) in
// an X server (make test-desktop runs it under xvfb-run with a session bus), checks that the
// window and tray come up and that the window works: its pages' reads through the Wails asset
// server are answered (the Dashboard once said "Joblink's status could not be read" to every
// one), and a form posted from it with keys, as a person would, arrives whole (the Procore
// sign-in, whose client ID and secret the embedded Procore checks). Then it takes a screenshot,
// checks single-instance behaviour, and asks it to quit.
func TestDesktopSmoke(t *testing.T) {
	bin := os.Getenv("JOBLINK_DESKTOP_SMOKE")
	if bin == "" {
		t.Skip("set JOBLINK_DESKTOP_SMOKE to the built binary (make test-desktop does)")
	}
	if os.Getenv("DISPLAY") == "" {
		t.Fatal("no DISPLAY: run under xvfb-run")
	}
	artifacts := os.Getenv("JOBLINK_ARTIFACTS")
	if artifacts == "" {
		artifacts = t.TempDir()
	}
	// A tray host, so the icon has somewhere to live (and shows in the screenshot).
	if trayer, err := exec.LookPath("trayer"); err == nil {
		host := exec.Command(trayer, "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "28",
			"--SetDockType", "true", "--transparent", "false", "--tint", "0x333333")
		if err := host.Start(); err == nil {
			defer host.Process.Kill()
		}
	}

	data := t.TempDir()
	log := filepath.Join(data, "logs", "joblink.log")
	// Debug level: the log then has a line per API request, saying which came from the window.
	app := exec.Command(bin, "--demo", "--data", data, "--addr", "127.0.0.1:0", "--log-level", "debug")
	app.Stdout, app.Stderr = os.Stderr, os.Stderr
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	defer app.Process.Kill()
	defer func() {
		if t.Failed() {
			t.Logf("screen when it failed: %s", screenshot(t, artifacts, "desktop-window-failed.png"))
		}
	}()
	waitForLog(t, log, 90*time.Second, "ready", "tray ready", "window ready", "QuickBooks list refresh ended")
	// The window's first reads: the Dashboard's, then the setup state that sends a new demo to Setup.
	waitForWindowRequests(t, log, 20*time.Second, "GET /api/status", "GET /api/kinds", "GET /api/summary", "GET /api/setup")

	// The same engine answers on the listener, in tray mode.
	var in struct{ URL, Mode string }
	b, err := os.ReadFile(filepath.Join(data, "instance.json"))
	if err != nil || json.Unmarshal(b, &in) != nil || in.Mode != "tray" {
		t.Fatalf("instance record: %s %v", b, err)
	}
	tok, _ := os.ReadFile(filepath.Join(data, "ui-token"))
	req, _ := http.NewRequest("GET", in.URL+"api/status", nil)
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(string(tok)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("status on the listener: %v %v", resp, err)
	}
	resp.Body.Close()

	// A form posted from the window: Procore signs in only with the client ID and secret the
	// window sent, so a body lost or changed on the way leaves Procore unconnected. The form is
	// drawn once the Setup page has read the setup state (after the shell's own read).
	waitForWindowRequestCount(t, log, 15*time.Second, "GET /api/setup", 2)
	time.Sleep(time.Second)
	signInToProcoreInWindow(t)
	waitForWindowRequests(t, log, 15*time.Second, "POST /api/setup/procore/service-account")
	setup := setupState(t, in.URL, strings.TrimSpace(string(tok)))
	if p := setup.Procore; !p.Connected || p.Method == nil || *p.Method != "service_account" {
		method := "none"
		if p.Method != nil {
			method = *p.Method
		}
		t.Fatalf("after the window's sign-in Procore is not connected with the service account: connected %v, method %s", p.Connected, method)
	}
	if failed := failedWindowRequests(t, log); len(failed) > 0 {
		t.Fatalf("the window was refused: %v", failed)
	}

	time.Sleep(time.Second) // let the page show the sign-in before the screenshot
	shot := screenshot(t, artifacts, "desktop-window.png")
	assertNotBlank(t, shot)

	// Single instance: a second launch brings the first forward and leaves with 0.
	second := exec.Command(bin, "--data", data, "--addr", "127.0.0.1:0")
	second.Stdout, second.Stderr = os.Stderr, os.Stderr
	if err := second.Start(); err != nil {
		t.Fatal(err)
	}
	if code := waitExit(t, second, 20*time.Second); code != 0 {
		t.Fatalf("second instance exited %d", code)
	}

	out, err := exec.Command(bin, "--quit", "--data", data).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "It has stopped") {
		t.Fatalf("--quit: %v %s", err, out)
	}
	if code := waitExit(t, app, 30*time.Second); code != 0 {
		t.Fatalf("tray app exited %d", code)
	}
	final, _ := os.ReadFile(log)
	if !strings.Contains(string(final), `"message":"stopped cleanly"`) {
		t.Fatalf("no clean stop in the log:\n%s", final)
	}
	if strings.Contains(string(final), strings.TrimSpace(string(tok))) {
		t.Fatal("the UI token reached the log")
	}
	if strings.Contains(string(final), procoresim.DefaultClientSecret) {
		t.Fatal("the Procore client secret the window posted reached the log")
	}
	t.Logf("screenshot: %s; the window's API requests: %v", shot, windowRequests(t, log))
}

// assertNotBlank fails when the screenshot is one flat colour (no window drawn).
func assertNotBlank(t *testing.T, png string) {
	t.Helper()
	out, err := exec.Command("identify", "-format", "%k", png).Output()
	if err != nil {
		t.Fatalf("identify: %v", err)
	}
	var colours int
	fmt.Sscan(string(out), &colours)
	if colours < 50 {
		t.Fatalf("screenshot has only %d colours: nothing was drawn", colours)
	}
}
