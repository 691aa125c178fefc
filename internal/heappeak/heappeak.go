// Package heappeak measures how far the Go heap grows while a test loads the code (a flood of
// requests, oversized bodies), for the tests that bound that growth.
package heappeak

import (
	"runtime"
	"sync/atomic"
	"time"
)

// Start collects garbage, reads the heap, and samples it every 5 ms until the returned stop is
// called; stop returns how far the heap rose above where it started, at its highest (sampling
// misses a peak shorter than 5 ms, so the figure is a lower bound).
func Start() (stop func() (grew int64)) {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak atomic.Uint64
	done, sampled := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(sampled)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	return func() int64 {
		close(done)
		<-sampled
		return int64(peak.Load()) - int64(before.HeapAlloc)
	}
}
