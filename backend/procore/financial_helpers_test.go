package procore

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"testing"
)

// big ids: every fixture id is beyond 32 bits, so a decode into int32 or float32 would show.
const (
	bigProject  = int64(4_294_967_397)
	bigContract = int64(8_589_934_693)
)

// checkCall asserts one request: method, exact path, exact query (page and per_page, which
// Pager adds, are checked for lists and then ignored) and the headers every call carries.
func checkCall(t *testing.T, r *http.Request, method, path string, want url.Values) {
	t.Helper()
	if r.Method != method || r.URL.Path != path {
		t.Errorf("got %s %s, want %s %s", r.Method, r.URL.Path, method, path)
	}
	got := r.URL.Query()
	if got.Has("page") || got.Has("per_page") {
		if got.Get("page") == "" || got.Get("per_page") == "" {
			t.Errorf("page/per_page incomplete: %q", r.URL.RawQuery)
		}
		got.Del("page")
		got.Del("per_page")
	}
	if want == nil {
		want = url.Values{}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s %s query\n got %v\nwant %v", method, path, got, want)
	}
	if a := r.Header.Get("Authorization"); a != "Bearer access-token-for-tests" {
		t.Errorf("Authorization %q", a)
	}
	if h := r.Header.Get("Procore-Company-Id"); h != "5000000001" {
		t.Errorf("Procore-Company-Id %q", h)
	}
	if h := r.Header.Get("Accept"); h != "application/json" {
		t.Errorf("Accept %q", h)
	}
	if r.ContentLength > 0 && r.Header.Get("Content-Type") != "application/json" {
		t.Errorf("Content-Type %q", r.Header.Get("Content-Type"))
	}
}

// bodyOf reads a request body as generic JSON, for comparing with what the spec names.
func bodyOf(t *testing.T, r *http.Request) map[string]any {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	d := json.NewDecoder(bytesReader(b))
	d.UseNumber()
	if err := d.Decode(&m); err != nil {
		t.Fatalf("body %q: %v", b, err)
	}
	return m
}

// rawBody reads a request body as text.
func rawBody(t *testing.T, r *http.Request) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// writePage answers one page of a list with the pagination headers of §3.1.
func writePage(w http.ResponseWriter, total int, body string) {
	w.Header().Set("Total", itoa(total))
	w.Header().Set("Per-Page", "100")
	writeJSON(w, 200, body)
}

// sameJSON compares two JSON texts by value.
func sameJSON(t *testing.T, got, want string) {
	t.Helper()
	var g, w any
	if err := json.Unmarshal([]byte(got), &g); err != nil {
		t.Fatalf("got is not JSON: %q", got)
	}
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatalf("want is not JSON: %q", want)
	}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("body\n got %s\nwant %s", got, want)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }
