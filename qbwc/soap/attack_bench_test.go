package soap

import (
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkPreAuthAttackMemory replays issue 12's attacks on /qbwc by someone without a ticket,
// all at once against the real handler with its default limits: 30 slow connections announcing
// 64 MB and trickling their envelope, 8 parallel 63 MB receiveResponseXML calls with a made-up
// ticket, and 4 authenticate calls announcing 63 MB. It reports the process's peak resident
// memory while they run (issue 12: at most 200 MB; before the limits, 1.9 GB and 1.55 GB).
func BenchmarkPreAuthAttackMemory(b *testing.B) {
	var peak float64
	for range b.N {
		peak = preAuthAttack(b)
	}
	b.ReportMetric(peak, "peak-rss-MB")
}

func preAuthAttack(b *testing.B) float64 {
	svc := &admittingService{good: "the-real-ticket"}
	srv := newTestServer(b, svc, Options{})
	u, _ := url.Parse(srv.URL)
	runtime.GC()

	var peak atomic.Int64
	stop, sampled := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			peak.Store(max(peak.Load(), residentKB()))
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()

	var wg sync.WaitGroup
	// Slow connections: the headers announce 64 MB, the body trickles in.
	for range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			trickle(u.Host, 64<<20, 2*time.Second)
		}()
	}
	const n = 63 << 20
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body, size := floodBody(i, n)
			_, _, _ = postBig(srv.URL+EndpointPath, body, size)
		}()
	}
	wg.Wait()
	close(stop)
	<-sampled
	if got := svc.inRcv.Load(); got != 0 {
		b.Errorf("the service saw %d unticketed large calls", got)
	}
	return float64(peak.Load()) / 1024
}

// trickle opens a connection, announces a body of size and sends an envelope a few bytes at a
// time for d.
func trickle(host string, size int, d time.Duration) {
	c, err := net.DialTimeout("tcp", host, 5*time.Second)
	if err != nil {
		return
	}
	defer c.Close()
	fmt.Fprintf(c, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: %d\r\n\r\n", EndpointPath, host, size)
	head := `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><receiveResponseXML xmlns="http://developer.intuit.com/"><ticket>made-up</ticket><response>`
	end := time.Now().Add(d)
	for i := 0; time.Now().Before(end); i += 16 {
		chunk := strings.Repeat("x", 16)
		if i < len(head) {
			chunk = head[i:min(i+16, len(head))]
		}
		c.SetWriteDeadline(time.Now().Add(time.Second))
		if _, err := io.WriteString(c, chunk); err != nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// residentKB is the process's resident memory now (VmRSS), or its heap where /proc is absent.
func residentKB() int64 {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
				kb, _ := strconv.ParseInt(f[1], 10, 64)
				return kb
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.Sys >> 10)
}
