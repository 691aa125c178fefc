//go:build race

package txntest_test

// raceEnabled shrinks the crash campaign: the race detector slows it about
// fivefold.
const raceEnabled = true
