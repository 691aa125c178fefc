//go:build race

package engine

// raceEnabled: the race detector slows the engine about tenfold, so the largest tests run
// smaller under it (CI), full size without it.
const raceEnabled = true
