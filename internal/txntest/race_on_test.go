//go:build race

package txntest_test

// raceEnabled shrinks the crash campaign: the race detector slows the child about tenfold.
const raceEnabled = true
