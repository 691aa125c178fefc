package api

import (
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// intervalFile is a WebConnector whose file records the interval it was asked for.
type intervalFile struct{ fail error }

func (intervalFile) URL() string                { return "http://localhost:41740/qbwc" }
func (intervalFile) PasswordSet() (bool, error) { return true, nil }
func (f intervalFile) QWC(every time.Duration) ([]byte, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	return []byte(fmt.Sprintf("<QBWCXML><Every>%v</Every></QBWCXML>", every)), nil
}

func TestQWCDownload(t *testing.T) {
	h := New(Deps{WebConnector: intervalFile{}, Log: zerolog.Nop()})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/qbwc/qwc?every=30s", nil))
	if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Disposition"), `filename="joblink.qwc"`) ||
		rec.Body.String() != "<QBWCXML><Every>30s</Every></QBWCXML>" {
		t.Fatalf("download: %d %v %q", rec.Code, rec.Header(), rec.Body.String())
	}
	code, body := call(h, "GET", "/api/qbwc/qwc?every=soon", "")
	if code != 400 || errorCode(body) != "bad_interval" {
		t.Fatalf("bad interval: %d %v", code, body)
	}
	code, body = call(New(Deps{WebConnector: intervalFile{fail: errors.New("run interval 1s is outside 10s–168h0m0s")}, Log: zerolog.Nop()}), "GET", "/api/qbwc/qwc?every=1s", "")
	if code != 500 || !strings.Contains(body["error"].(map[string]any)["message"].(string), "outside") {
		t.Fatalf("refused interval: %d %v", code, body)
	}
	code, body = call(New(Deps{Log: zerolog.Nop()}), "GET", "/api/qbwc/qwc", "")
	if code != 409 || errorCode(body) != "no_web_connector" {
		t.Fatalf("without a Web Connector: %d %v", code, body)
	}
}
