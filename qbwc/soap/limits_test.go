package soap

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"joblink/internal/heappeak"
)

// admittingService admits large bodies for one ticket only, and can hold calls to test the
// concurrency limit.
type admittingService struct {
	recordingService
	good  string
	hold  chan struct{} // when set, ReceiveResponseXML waits for it to close
	inRcv atomic.Int32
}

func (s *admittingService) AdmitLargeBody(op, ticket string) bool {
	return op == "receiveResponseXML" && ticket == s.good
}

func (s *admittingService) ReceiveResponseXML(ctx context.Context, t, resp, hr, msg string) int {
	s.inRcv.Add(1)
	if s.hold != nil {
		<-s.hold
	}
	return s.recordingService.ReceiveResponseXML(ctx, t, resp, hr, msg)
}

// bigBody is a receiveResponseXML envelope whose response is n bytes of 'x', produced as it
// is sent so the test itself does not hold it.
func bigBody(ticket string, n int64) (io.Reader, int64) {
	head := `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><receiveResponseXML xmlns="http://developer.intuit.com/"><ticket>` + ticket + `</ticket><response>`
	tail := `</response><hresult /><message /></receiveResponseXML></soap:Body></soap:Envelope>`
	r := io.MultiReader(strings.NewReader(head), io.LimitReader(repeatX{}, n), strings.NewReader(tail))
	return r, int64(len(head)) + n + int64(len(tail))
}

// floodBody is the i-th of the oversized calls the flood tests send at once: the first eight a
// receiveResponseXML of n bytes with a made-up ticket, the others an authenticate whose user
// name runs on for n bytes.
func floodBody(i int, n int64) (io.Reader, int64) {
	if i < 8 {
		return bigBody("made-up", n)
	}
	head := `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><authenticate xmlns="http://developer.intuit.com/"><strUserName>`
	return io.MultiReader(strings.NewReader(head), io.LimitReader(repeatX{}, n)), int64(len(head)) + n
}

type repeatX struct{}

func (repeatX) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

func postBig(url string, body io.Reader, n int64) (int, string, error) {
	req, err := http.NewRequest(http.MethodPost, url, body)
	if err != nil {
		return 0, "", err
	}
	req.ContentLength = n
	req.Header.Set("Content-Type", "text/xml; charset=utf-8")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), nil
}

// TestLargeBodyWithoutValidTicketIsNotBuffered: eight parallel 63 MB receiveResponseXML calls
// with a made-up ticket, and authenticate calls announcing 63 MB, used to make Joblink
// reserve every announced byte (1.55 GB). Now each is refused after the first few kilobytes.
func TestLargeBodyWithoutValidTicketIsNotBuffered(t *testing.T) {
	svc := &admittingService{good: "the-real-ticket"}
	srv := newTestServer(t, svc, Options{})
	heapGrowth := heappeak.Start()

	const n = 63 << 20
	var wg sync.WaitGroup
	codes := make([]int, 12)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body, size := floodBody(i, n)
			code, _, err := postBig(srv.URL+EndpointPath, body, size)
			if err != nil {
				// The server may close the connection while the client is still sending:
				// that is a refusal too.
				code = -1
			}
			codes[i] = code
		}()
	}
	wg.Wait()
	grew := heapGrowth()
	for i, c := range codes {
		if c != http.StatusRequestEntityTooLarge && c != -1 {
			t.Errorf("call %d: status %d, want 413", i, c)
		}
	}
	if got := svc.inRcv.Load(); got != 0 {
		t.Errorf("the service saw %d calls", got)
	}
	t.Logf("heap peak +%d MB", grew>>20)
	if grew > 64<<20 {
		t.Errorf("heap grew by %d MB refusing unticketed large bodies", grew>>20)
	}
}

// TestLargeBodyWithValidTicketIsRead: QuickBooks' genuine large answer still gets through.
func TestLargeBodyWithValidTicketIsRead(t *testing.T) {
	svc := &admittingService{good: "the-real-ticket"}
	svc.receiveValue = 100
	srv := newTestServer(t, svc, Options{})
	const n = 20 << 20
	body, size := bigBody("the-real-ticket", n)
	code, reply, err := postBig(srv.URL+EndpointPath, body, size)
	if err != nil || code != http.StatusOK {
		t.Fatalf("status %d, %v: %.300s", code, err, reply)
	}
	if want := fmt.Sprintf(`receiveResponseXML("the-real-ticket",%d,"","")`, n); svc.last() != want {
		t.Fatalf("service got %s, want %s", svc.last(), want)
	}
	// Chunked (no Content-Length) works too.
	body, _ = bigBody("the-real-ticket", 1<<20)
	code, reply, err = postBig(srv.URL+EndpointPath, body, -1)
	if err != nil || code != http.StatusOK {
		t.Fatalf("chunked: status %d, %v: %.300s", code, err, reply)
	}
	// Over MaxBody even a valid ticket is refused.
	body, size = bigBody("the-real-ticket", DefaultMaxBody)
	if code, _, err := postBig(srv.URL+EndpointPath, body, size); err == nil && code != http.StatusRequestEntityTooLarge {
		t.Fatalf("over MaxBody: status %d", code)
	}
}

// TestConcurrentCallsAreBounded: calls beyond MaxConcurrent wait QueueWait, then get 503.
func TestConcurrentCallsAreBounded(t *testing.T) {
	svc := &admittingService{good: "t", hold: make(chan struct{})}
	srv := newTestServer(t, svc, Options{MaxConcurrent: 2, QueueWait: 50 * time.Millisecond})
	small := func() (int, error) {
		body, size := bigBody("t", 10)
		code, _, err := postBig(srv.URL+EndpointPath, body, size)
		return code, err
	}
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() { defer wg.Done(); _, _ = small() }()
	}
	for svc.inRcv.Load() < 2 {
		time.Sleep(time.Millisecond)
	}
	if code, err := small(); err != nil || code != http.StatusServiceUnavailable {
		t.Fatalf("third call: status %d, %v; want 503", code, err)
	}
	close(svc.hold)
	wg.Wait()
	if code, err := small(); err != nil || code != http.StatusOK {
		t.Fatalf("after the others: status %d, %v", code, err)
	}
}

// TestLargeBodyBudget: two admitted large bodies that together exceed MaxBuffered are not
// both held; the second is answered 503.
func TestLargeBodyBudget(t *testing.T) {
	svc := &admittingService{good: "t", hold: make(chan struct{})}
	srv := newTestServer(t, svc, Options{MaxBody: 8 << 20, MaxBuffered: 10 << 20})
	done := make(chan int)
	go func() {
		body, size := bigBody("t", 6<<20)
		code, _, _ := postBig(srv.URL+EndpointPath, body, size)
		done <- code
	}()
	for svc.inRcv.Load() < 1 {
		time.Sleep(time.Millisecond)
	}
	body, size := bigBody("t", 6<<20)
	if code, _, err := postBig(srv.URL+EndpointPath, body, size); err == nil && code != http.StatusServiceUnavailable {
		t.Fatalf("second large body: status %d, want 503", code)
	}
	close(svc.hold)
	if code := <-done; code != http.StatusOK {
		t.Fatalf("first large body: status %d", code)
	}
}
