//go:build !race

package txntest_test

const raceEnabled = false
