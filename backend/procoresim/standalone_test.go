package procoresim

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

func TestRunStandaloneRefusesNonLoopbackAddresses(t *testing.T) {
	t.Parallel()
	for _, addr := range []string{":8080", "0.0.0.0:8080", "192.168.1.10:8080", "example.com:80", "[::]:8080"} {
		if err := RunStandalone(context.Background(), addr, "", "", zerolog.Nop()); err == nil || !strings.Contains(err.Error(), "loopback") {
			t.Errorf("%s: %v", addr, err)
		}
	}
	for _, addr := range []string{"127.0.0.1:0", "localhost:0", "[::1]:0"} {
		if err := requireLoopback(addr); err != nil {
			t.Errorf("%s refused: %v", addr, err)
		}
	}
}

func TestRunStandaloneServesTheReferenceCompany(t *testing.T) {
	t.Parallel()
	// Find a free port, then let RunStandalone listen on it.
	probe, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := probe.Addr().String()
	probe.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- RunStandalone(ctx, addr, "my-id", "my-secret", zerolog.Nop()) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("RunStandalone: %v", err)
		}
	}()
	base := "http://" + addr
	var got *http.Response
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		got, err = http.PostForm(base+"/oauth/token", url.Values{"grant_type": {"client_credentials"}, "client_id": {"my-id"}, "client_secret": {"my-secret"}})
		if err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("standalone never answered: %v", err)
	}
	body, _ := io.ReadAll(got.Body)
	got.Body.Close()
	if got.StatusCode != http.StatusOK || !strings.Contains(string(body), "access_token") {
		t.Fatalf("token: %d %s", got.StatusCode, body)
	}
}
