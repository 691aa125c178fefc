package api

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/localserver"
)

// recordingAutostart is the simplest real Autostart: it keeps the state in memory and can be
// told to fail, as a Startup folder without write access would.
type recordingAutostart struct {
	on      bool
	failing error
	reason  string
}

func (a *recordingAutostart) Available() (bool, string) { return a.reason == "", a.reason }
func (a *recordingAutostart) Enabled() bool             { return a.on }
func (a *recordingAutostart) SetEnabled(on bool) error {
	if a.failing != nil {
		return a.failing
	}
	a.on = on
	return nil
}

type countingWindow struct{ shown atomic.Int32 }

func (w *countingWindow) Show() error { w.shown.Add(1); return nil }

func newTestAPI(mode string, auto Autostart, win Window, quit func()) http.Handler {
	backup := time.Date(2026, 11, 21, 22, 30, 1, 0, time.UTC)
	return localserver.LimitBody(256, New(Deps{
		Version: "1.2.3", Mode: mode, DataDir: "/data", LogFile: "/data/logs/joblink.log",
		StartedAt: time.Date(2026, 11, 21, 22, 30, 0, 0, time.UTC),
		Store: func() StoreInfo {
			return StoreInfo{State: "ok", Path: "/data/db", SchemaVersion: 1, SizeBytes: 4096, LastBackupAt: &backup, BackupDir: "/data/backups", BackupCount: 2}
		},
		Listener: func() ListenerInfo {
			return ListenerInfo{State: "listening", Addresses: []string{"127.0.0.1:41740"}, UIURL: "http://127.0.0.1:41740/"}
		},
		Autostart: auto, Window: win, Quit: quit, Log: zerolog.Nop(),
	}))
}

func call(h http.Handler, method, path, body string) (int, map[string]any) {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out map[string]any
	b, _ := io.ReadAll(rec.Body)
	_ = json.Unmarshal(b, &out)
	return rec.Code, out
}

func errorCode(body map[string]any) string {
	e, _ := body["error"].(map[string]any)
	c, _ := e["code"].(string)
	return c
}

func TestHealthAndStatus(t *testing.T) {
	h := newTestAPI("headless", nil, nil, nil)
	code, body := call(h, "GET", "/api/health", "")
	if code != 200 || body["status"] != "ok" || body["version"] != "1.2.3" {
		t.Fatalf("health: %d %v", code, body)
	}
	code, body = call(h, "GET", "/api/status", "")
	if code != 200 {
		t.Fatalf("status: %d", code)
	}
	store := body["store"].(map[string]any)
	listener := body["listener"].(map[string]any)
	if body["mode"] != "headless" || body["dataDir"] != "/data" || store["state"] != "ok" ||
		store["lastBackupAt"] != "2026-11-21T22:30:01Z" || listener["uiURL"] != "http://127.0.0.1:41740/" {
		t.Fatalf("status body: %v", body)
	}
	approvals := body["approvals"].(map[string]any)
	if v, present := approvals["pending"]; !present || v != nil {
		t.Fatalf("pending must be null until the queue exists, got %v", approvals)
	}
}

func TestAutostartSettings(t *testing.T) {
	auto := &recordingAutostart{}
	h := newTestAPI("tray", auto, nil, nil)
	code, body := call(h, "PUT", "/api/settings/autostart", `{"enabled":true}`)
	if code != 200 || !auto.on || body["autostart"].(map[string]any)["enabled"] != true {
		t.Fatalf("enable: %d %v", code, body)
	}
	code, body = call(h, "GET", "/api/settings", "")
	if code != 200 || body["autostart"].(map[string]any)["enabled"] != true {
		t.Fatalf("read back: %d %v", code, body)
	}
	auto.failing = errors.New("access denied")
	code, body = call(h, "PUT", "/api/settings/autostart", `{"enabled":false}`)
	if code != 500 || errorCode(body) != "autostart_failed" || !strings.Contains(body["error"].(map[string]any)["message"].(string), "access denied") {
		t.Fatalf("failure not explained: %d %v", code, body)
	}
}

func TestAutostartUnavailableInHeadlessMode(t *testing.T) {
	h := newTestAPI("headless", &recordingAutostart{reason: "Headless Joblink is started by your service manager."}, nil, nil)
	_, body := call(h, "GET", "/api/settings", "")
	a := body["autostart"].(map[string]any)
	if a["available"] != false || !strings.Contains(a["reason"].(string), "service manager") {
		t.Fatalf("settings: %v", body)
	}
	code, body := call(h, "PUT", "/api/settings/autostart", `{"enabled":true}`)
	if code != 409 || errorCode(body) != "autostart_unavailable" {
		t.Fatalf("put: %d %v", code, body)
	}
}

func TestBadBodiesAreExplained(t *testing.T) {
	h := newTestAPI("tray", &recordingAutostart{}, nil, nil)
	for body, want := range map[string]string{
		`{"enabled":`:                   "malformed_json",
		`not json`:                      "malformed_json",
		`{"enabled":"yes"}`:             "malformed_json",
		`{"enabled":true,"extra":1}`:    "malformed_json",
		`{"enabled":true}{"enabled":1}`: "malformed_json",
		`{}`:                            "missing_field",
		`{"enabled":true,"pad":"` + strings.Repeat("x", 300) + `"}`: "body_too_large",
	} {
		code, out := call(h, "PUT", "/api/settings/autostart", body)
		if errorCode(out) != want || code < 400 {
			t.Errorf("%.40q: %d %v, want %s", body, code, out, want)
		}
	}
	req := httptest.NewRequest("PUT", "/api/settings/autostart", strings.NewReader(`{"enabled":true}`))
	req.Header.Set("Content-Type", "text/plain")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain body: %d", rec.Code)
	}
}

func TestUnknownPathsAndMethodsAnswerInJSON(t *testing.T) {
	h := newTestAPI("tray", nil, nil, nil)
	code, body := call(h, "GET", "/api/nope", "")
	if code != 404 || errorCode(body) != "not_found" {
		t.Fatalf("404: %d %v", code, body)
	}
	code, body = call(h, "POST", "/api/health", "")
	if code != 405 || errorCode(body) != "method_not_allowed" {
		t.Fatalf("405: %d %v", code, body)
	}
}

func TestShowAndQuit(t *testing.T) {
	code, body := call(newTestAPI("headless", nil, nil, nil), "POST", "/api/app/show", "")
	if code != 409 || errorCode(body) != "no_window" {
		t.Fatalf("headless show: %d %v", code, body)
	}
	win := &countingWindow{}
	quit := make(chan struct{})
	h := newTestAPI("tray", nil, win, func() { close(quit) })
	if code, _ := call(h, "POST", "/api/app/show", ""); code != 200 || win.shown.Load() != 1 {
		t.Fatalf("show: %d shown=%d", code, win.shown.Load())
	}
	if code, _ := call(h, "POST", "/api/app/quit", ""); code != 202 {
		t.Fatalf("quit: %d", code)
	}
	select {
	case <-quit:
	case <-time.After(5 * time.Second):
		t.Fatal("quit was answered but never carried out")
	}
}
