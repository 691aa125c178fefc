//go:build !windows

package engine

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"joblink/qbwc/qbsim"
)

// serveQuickBooks serves qb on a loopback port for a benchmark's measuring process and returns
// its address: POST / with a qbXML request answers QuickBooks' response, GET /vendors the
// number of vendors QuickBooks holds.
func serveQuickBooks(tb testing.TB, qb *qbsim.Company) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /", func(w http.ResponseWriter, r *http.Request) {
		req, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		resp, err := qb.ProcessRequest(r.Context(), string(req))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		_, _ = io.WriteString(w, resp)
	})
	mux.HandleFunc("GET /vendors", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, strconv.Itoa(qb.ListCount(qbsim.KindVendor)))
	})
	srv := &http.Server{Handler: mux}
	go func() { _ = srv.Serve(ln) }()
	tb.Cleanup(func() { _ = srv.Close() })
	return "http://" + ln.Addr().String()
}

// remoteQuickBooks is the measuring process's side of serveQuickBooks.
type remoteQuickBooks struct{ url string }

func quickBooksAt(url string) remoteQuickBooks { return remoteQuickBooks{url: url} }

// ProcessRequest sends one qbXML request and returns QuickBooks' response.
func (q remoteQuickBooks) ProcessRequest(ctx context.Context, request string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, q.url+"/", strings.NewReader(request))
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("simulated QuickBooks: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", fmt.Errorf("simulated QuickBooks: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("simulated QuickBooks: %s: %s", resp.Status, body)
	}
	return string(body), nil
}

// vendors is how many vendors QuickBooks holds.
func (q remoteQuickBooks) vendors(tb testing.TB) int {
	tb.Helper()
	resp, err := http.Get(q.url + "/vendors")
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	n, err := strconv.Atoi(strings.TrimSpace(string(body)))
	if err != nil {
		tb.Fatalf("simulated QuickBooks' vendor count %q: %v", body, err)
	}
	return n
}
