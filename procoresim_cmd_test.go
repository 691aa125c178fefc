package main

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"joblink/backend/procoresim"
)

// syncBuffer lets the test read what the command prints while it runs.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}
func (b *syncBuffer) String() string { b.mu.Lock(); defer b.mu.Unlock(); return b.buf.String() }

func TestProcoreSimCommandServesTheReferenceCompany(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- runProcoreSim(ctx, []string{"--addr", "127.0.0.1:0", "--client-id", "my-app", "--client-secret", "s3cret-value"}, &out, &errOut)
	}()
	addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		base = addr.FindString(out.String())
	}
	if base == "" {
		t.Fatalf("no address printed: %q %q", out.String(), errOut.String())
	}
	token := func(id, secret string) int {
		resp, err := http.PostForm(base+"/oauth/token", url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := token("my-app", "s3cret-value"); code != 200 {
		t.Fatalf("the configured credentials were refused: %d", code)
	}
	if code := token(procoresim.DefaultClientID, procoresim.DefaultClientSecret); code == 200 {
		t.Fatal("the default credentials still work after other ones were configured")
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("did not stop")
	}
}

func TestProcoreSimCommandRefusesNonLoopback(t *testing.T) {
	var out, errOut syncBuffer
	if code := runProcoreSim(context.Background(), []string{"--addr", "0.0.0.0:41750"}, &out, &errOut); code == 0 || !strings.Contains(errOut.String(), "loopback") {
		t.Fatalf("exit %d, %q", code, errOut.String())
	}
}
