//go:build linux

package main

import (
	"fmt"
	"os/exec"
	"testing"
	"time"
)

// The Linux build's start-to-ready and idle-memory benchmarks (bench_test.go), on joblink.exe
// under Wine (make bench runs them through build/windows/wine/bench-windows.sh). Indicative only:
// Wine's loader, its DLLs and wineserver stand in for Windows, so the start time includes
// starting a Wine process and the resident memory counts Wine's mapped DLLs; the Windows PC
// figure is the one that counts.

// wineBenchStart starts joblink.exe --headless on a fresh data folder (a Linux folder, which
// Wine shows as drive Z:) and waits until it is healthy.
func wineBenchStart(b *testing.B) (cmd *exec.Cmd, windowsData string) {
	wine, exe := wineExe(b)
	windowsData = "Z:" + b.TempDir()
	cmd, url := startBinary(b, wine, exe, "--headless", "--addr", "127.0.0.1:0", "--data", windowsData)
	waitHealthy(b, url)
	return cmd, windowsData
}

// wineBenchStop stops it the Windows way (joblink.exe --quit).
func wineBenchStop(b *testing.B, cmd *exec.Cmd, windowsData string) {
	wine, exe := wineExe(b)
	if out, err := exec.Command(wine, exe, "--quit", "--data", windowsData).CombinedOutput(); err != nil {
		b.Fatalf("--quit: %v %s", err, out)
	}
	cmd.Wait()
}

func BenchmarkWineStartToReady(b *testing.B) {
	wineExe(b)
	var total time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		cmd, data := wineBenchStart(b)
		total += time.Since(start)
		wineBenchStop(b, cmd, data)
	}
	ms := float64(total.Milliseconds()) / float64(b.N)
	b.ReportMetric(ms, "ms-to-ready")
	verdict("joblink.exe under Wine: start to ready (fresh data folder; indicative)", ms, "ms", targetStartMillis)
}

func BenchmarkWineIdleMemory(b *testing.B) {
	wineExe(b)
	var rss, anon float64
	for i := 0; i < b.N; i++ {
		cmd, data := wineBenchStart(b)
		time.Sleep(5 * time.Second)
		rss += procStatusMB(b, cmd.Process.Pid, "VmRSS")
		anon += procStatusMB(b, cmd.Process.Pid, "RssAnon")
		wineBenchStop(b, cmd, data)
	}
	rss, anon = rss/float64(b.N), anon/float64(b.N)
	b.ReportMetric(rss, "MB-rss-idle")
	b.ReportMetric(anon, "MB-anon-idle")
	verdict("joblink.exe under Wine: idle resident memory (headless; Wine's DLLs included; indicative)", rss, "MB", targetIdleRSSMB)
	fmt.Printf("  of which anonymous (Go heap, stacks, Wine's own): %.1f MB\n", anon)
}
