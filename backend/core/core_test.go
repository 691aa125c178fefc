package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"joblink/backend/datadir"
	"joblink/backend/localserver"
	"joblink/backend/store"
)

var testUI = fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>Joblink</title>")}}

func startHeadless(t *testing.T, dir string, require bool) *Core {
	t.Helper()
	c, err := Start(Config{Mode: ModeHeadless, DataDir: dir, Addr: "127.0.0.1:0", UI: testUI, RequireStore: require, Console: io.Discard})
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func get(t *testing.T, c *Core, path, token string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("GET", strings.TrimSuffix(c.URL(), "/")+path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func readToken(t *testing.T, l datadir.Layout) string {
	b, err := os.ReadFile(l.TokenFile())
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

func TestStartServesStatusAndStopsCleanly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "fresh", "Joblink") // missing: must be created
	c := startHeadless(t, dir, true)
	tok := readToken(t, c.Layout)

	if code, body := get(t, c, "/api/health", ""); code != 200 || body["status"] != "ok" {
		t.Fatalf("health: %d %v", code, body)
	}
	if code, _ := get(t, c, "/api/status", ""); code != 401 {
		t.Fatalf("status without token: %d", code)
	}
	code, body := get(t, c, "/api/status", tok)
	if code != 200 {
		t.Fatalf("status: %d %v", code, body)
	}
	st := body["store"].(map[string]any)
	if st["state"] != "ok" || st["schemaVersion"].(float64) < 1 || body["dataDir"] != c.Layout.Root || body["mode"] != "headless" {
		t.Fatalf("status body: %v", body)
	}
	if words := c.StateInWords(); !strings.Contains(words, "not set up") {
		t.Fatalf("tooltip without a Web Connector: %q", words)
	}
	in, err := datadir.ReadInstance(c.Layout)
	if err != nil || in.PID != os.Getpid() || in.URL != c.URL() {
		t.Fatalf("instance record: %+v %v", in, err)
	}

	if err := c.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := datadir.ReadInstance(c.Layout); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("instance record left behind: %v", err)
	}
	lk, err := datadir.Acquire(c.Layout)
	if err != nil {
		t.Fatalf("lock still held after Close: %v", err)
	}
	lk.Release()
	logText, _ := os.ReadFile(c.Layout.LogFile())
	for _, want := range []string{`"message":"ready"`, `"message":"stopped cleanly"`} {
		if !strings.Contains(string(logText), want) {
			t.Errorf("log lacks %s", want)
		}
	}
	if strings.Contains(string(logText), tok) {
		t.Error("the UI token reached the log")
	}
}

func TestSecondInstanceIsRefusedAndCanAskTheFirst(t *testing.T) {
	dir := t.TempDir()
	first := startHeadless(t, dir, true)
	_, err := Start(Config{Mode: ModeHeadless, DataDir: dir, Addr: "127.0.0.1:0", UI: testUI, Console: io.Discard})
	var ar *AlreadyRunningError
	if !errors.As(err, &ar) || !ar.Known || ar.Instance.URL != first.URL() {
		t.Fatalf("second Start: want AlreadyRunningError naming the first, got %v", err)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("process %d", os.Getpid())) {
		t.Errorf("message does not name the running instance: %v", err)
	}
	// Headless has no window: asking it to show one is refused with the reason.
	if _, err := Contact(first.Layout, "show"); err == nil || !strings.Contains(err.Error(), "without a window") {
		t.Fatalf("show on headless: %v", err)
	}
	if _, err := Contact(first.Layout, "quit"); err != nil {
		t.Fatalf("quit: %v", err)
	}
	select {
	case <-first.QuitRequested():
	case <-time.After(5 * time.Second):
		t.Fatal("quit request never arrived")
	}
}

func TestDataFolderThatIsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "Joblink")
	os.WriteFile(file, []byte("x"), 0o600)
	_, err := Start(Config{Mode: ModeHeadless, DataDir: file, Addr: "127.0.0.1:0", UI: testUI, Console: io.Discard})
	var dd *DataDirError
	if !errors.As(err, &dd) || !strings.Contains(err.Error(), "not a folder") {
		t.Fatalf("want DataDirError, got %v", err)
	}
}

func TestPortInUse(t *testing.T) {
	taken, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	dir := t.TempDir()
	_, err = Start(Config{Mode: ModeHeadless, DataDir: dir, Addr: taken.Addr().String(), UI: testUI, Console: io.Discard})
	var pu *localserver.PortInUseError
	if !errors.As(err, &pu) {
		t.Fatalf("want PortInUseError, got %v", err)
	}
	// Everything opened before the failure was closed again: a retry on a free port works.
	c := startHeadless(t, dir, true)
	c.Close()
}

func corruptDatabase(t *testing.T, dir string) {
	t.Helper()
	c := startHeadless(t, dir, true)
	if _, err := c.Store.BackupNow(); err != nil {
		t.Fatal(err)
	}
	c.Close()
	manifest := filepath.Join(dir, "db", "MANIFEST")
	if err := os.WriteFile(manifest, []byte("this is not a badger manifest"), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestCorruptDatabaseHeadlessFailsWithTheFix(t *testing.T) {
	dir := t.TempDir()
	corruptDatabase(t, dir)
	_, err := Start(Config{Mode: ModeHeadless, DataDir: dir, Addr: "127.0.0.1:0", UI: testUI, RequireStore: true, Console: io.Discard})
	var se *StoreError
	if !errors.As(err, &se) || store.KindOf(err) != store.Corrupt {
		t.Fatalf("want a corrupt StoreError, got %v", err)
	}
	if !strings.Contains(err.Error(), "restore") {
		t.Errorf("no fix offered: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "db", "MANIFEST")); err != nil {
		t.Fatalf("the damaged database was touched: %v", err)
	}
}

func TestCorruptDatabaseTrayShowsTheProblem(t *testing.T) {
	dir := t.TempDir()
	corruptDatabase(t, dir)
	c := startHeadless(t, dir, false) // the tray app's setting: start, and show the problem
	code, body := get(t, c, "/api/status", readToken(t, c.Layout))
	st, _ := body["store"].(map[string]any)
	if code != 200 || st["state"] != "error" || !strings.Contains(st["message"].(string), "restore") {
		t.Fatalf("status: %d %v", code, body)
	}
	if words := c.StateInWords(); !strings.Contains(words, "problem with its database") {
		t.Fatalf("tooltip: %q", words)
	}
}
