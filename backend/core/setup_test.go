package core

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestSetupWizardIsWired(t *testing.T) {
	c := startHeadless(t, t.TempDir(), true)
	if c.Setup == nil {
		t.Fatal("no setup wizard with an open database")
	}
	tok := readToken(t, c.Layout)
	code, body := get(t, c, "/api/setup", tok)
	if code != 200 || body["step"] != "procore" {
		t.Fatalf("setup: %d %v", code, body)
	}
	// Without a Web Connector endpoint the step says so instead of waiting forever.
	if wc, _ := body["webConnector"].(map[string]any); wc["problem"] == nil {
		t.Fatalf("web connector step: %v", wc)
	}
	if code, _ := get(t, c, "/api/setup", ""); code != 401 {
		t.Fatalf("setup without the token: %d", code)
	}
	if _, err := c.Setup.ProcoreClient(); err == nil || !strings.Contains(err.Error(), "not connected") {
		t.Fatalf("ProcoreClient before sign-in: %v", err)
	}

	// The sign-in callback is public (the browser comes from Procore, without the token) and
	// explains a stray answer on a page of its own.
	resp, err := http.Get(strings.TrimSuffix(c.URL(), "/") + "/oauth/callback?code=abcdefgh&state=nope")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 400 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") ||
		!strings.Contains(string(page), "could not finish the Procore sign-in") || strings.Contains(string(page), "abcdefgh") {
		t.Fatalf("callback: %d %s", resp.StatusCode, page)
	}
}

func TestSetupWithoutDatabaseExplains(t *testing.T) {
	dir := t.TempDir()
	corruptDatabase(t, dir)
	c := startHeadless(t, dir, false)
	if c.Setup != nil {
		t.Fatal("a wizard without a database")
	}
	code, body := get(t, c, "/api/setup", readToken(t, c.Layout))
	if e, _ := body["error"].(map[string]any); code != 409 || e["code"] != "setup_unavailable" {
		t.Fatalf("setup: %d %v", code, body)
	}
}
