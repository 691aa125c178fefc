package httpjson

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

type sample struct {
	Enabled *bool  `json:"enabled"`
	Name    string `json:"name"`
}

func decode(body, contentType string, limit int64) (*httptest.ResponseRecorder, sample, bool) {
	req := httptest.NewRequest("PUT", "/api/x", strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	if limit > 0 {
		req.Body = http.MaxBytesReader(rec, req.Body, limit)
	}
	var v sample
	ok := Decode(rec, req, &v)
	return rec, v, ok
}

func TestDecodeAcceptsOneStrictObject(t *testing.T) {
	_, v, ok := decode(`{"enabled":true,"name":"Bob's Électricité"}`, "application/json; charset=utf-8", 0)
	if !ok || v.Enabled == nil || !*v.Enabled || v.Name != "Bob's Électricité" {
		t.Fatalf("ok=%v v=%+v", ok, v)
	}
}

func TestDecodeRefusals(t *testing.T) {
	cases := []struct {
		body, ct string
		limit    int64
		status   int
		code     string
	}{
		{``, "", 0, 400, "malformed_json"},
		{`{"enabled":`, "", 0, 400, "malformed_json"},
		{`{"unknown":1}`, "", 0, 400, "malformed_json"},
		{`{} {}`, "", 0, 400, "malformed_json"},
		{`{}garbage`, "", 0, 400, "malformed_json"},
		{`[1,2]`, "", 0, 400, "malformed_json"},
		{`{"name":"` + strings.Repeat("x", 100) + `"}`, "", 50, 413, "body_too_large"},
		{`{}`, "text/xml", 0, 415, "unsupported_media_type"},
	}
	for _, c := range cases {
		rec, _, ok := decode(c.body, c.ct, c.limit)
		var out map[string]Problem
		json.Unmarshal(rec.Body.Bytes(), &out)
		if ok || rec.Code != c.status || out["error"].Code != c.code || out["error"].Message == "" {
			t.Errorf("%.30q: ok=%v %d %+v, want %d %s", c.body, ok, rec.Code, out, c.status, c.code)
		}
	}
}

// FuzzDecode: any body either decodes or is answered with a 4xx in the error shape; never a panic.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"enabled":true}`, `{"name":"\u00e9"}`, `{`, `null`, `{"enabled":null}`, "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		rec, _, ok := decode(body, "application/json", 4096)
		if ok {
			return
		}
		var out map[string]Problem
		if rec.Code < 400 || rec.Code >= 500 || json.Unmarshal(rec.Body.Bytes(), &out) != nil || out["error"].Code == "" {
			t.Fatalf("body %q: %d %s", body, rec.Code, rec.Body.String())
		}
	})
}
