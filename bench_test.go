//go:build !windows

package main

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Issue targets for start-up and idle memory (make bench prints the comparison).
const (
	targetStartMillis = 1000.0
	targetIdleRSSMB   = 60.0
)

func benchBinary(b *testing.B) string {
	bin := os.Getenv("JOBLINK_BIN")
	if bin == "" {
		bin = "build/bin/joblink"
	}
	if _, err := os.Stat(bin); err != nil {
		b.Skipf("no binary at %s (make bench builds it)", bin)
	}
	abs, _ := filepath.Abs(bin)
	return abs
}

// waitHealthy polls /api/health until it answers 200.
func waitHealthy(b *testing.B, url string) {
	client := &http.Client{Timeout: time.Second}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		if resp, err := client.Get(url + "api/health"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	b.Fatal("never became healthy")
}

// stop sends SIGTERM (syscall.Kill: why this file is not built for Windows, like /proc below).
func stop(pid int) { syscall.Kill(pid, syscall.SIGTERM) }

// BenchmarkStartToReady: from exec to "ready" (data folder, store open, listener answering),
// on a fresh data folder each time (the slowest case: database and token are created).
func BenchmarkStartToReady(b *testing.B) {
	bin := benchBinary(b)
	var total time.Duration
	for i := 0; i < b.N; i++ {
		data := b.TempDir()
		start := time.Now()
		cmd, url := startBinary(b, bin, "--headless", "--data", data, "--addr", "127.0.0.1:0")
		waitHealthy(b, url)
		total += time.Since(start)
		stop(cmd.Process.Pid)
		cmd.Wait()
	}
	ms := float64(total.Milliseconds()) / float64(b.N)
	b.ReportMetric(ms, "ms-to-ready")
	verdict("start to ready (fresh data folder)", ms, "ms", targetStartMillis)
}

// BenchmarkIdleMemory: resident memory of the headless process 5 s after start, once the
// start-up backup and first maintenance have run.
func BenchmarkIdleMemory(b *testing.B) {
	bin := benchBinary(b)
	var rss, anon float64
	for i := 0; i < b.N; i++ {
		cmd, url := startBinary(b, bin, "--headless", "--data", b.TempDir(), "--addr", "127.0.0.1:0")
		waitHealthy(b, url)
		time.Sleep(5 * time.Second)
		rss += procStatusMB(b, cmd.Process.Pid, "VmRSS")
		anon += procStatusMB(b, cmd.Process.Pid, "RssAnon")
		stop(cmd.Process.Pid)
		cmd.Wait()
	}
	rss, anon = rss/float64(b.N), anon/float64(b.N)
	b.ReportMetric(rss, "MB-rss-idle")
	b.ReportMetric(anon, "MB-anon-idle")
	verdict("idle resident memory (headless)", rss, "MB", targetIdleRSSMB)
	fmt.Printf("  of which anonymous (heap, stacks, caches): %.1f MB; the rest is mapped program and library files\n", anon)
}

// procStatusMB reads one memory field of /proc/PID/status, in MB.
func procStatusMB(b *testing.B, pid int, field string) float64 {
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, field+":") {
			kb, _ := strconv.ParseFloat(strings.Fields(line)[1], 64)
			return kb / 1024
		}
	}
	b.Fatalf("no %s in /proc/%d/status", field, pid)
	return 0
}

func verdict(what string, got float64, unit string, target float64) {
	result := "meets the target"
	if got > target {
		result = "MISSES the target"
	}
	fmt.Printf("%s: %.1f %s (target ≤ %.0f %s) — %s\n", what, got, unit, target, unit, result)
}
