//go:build race

package qbxml

// raceEnabled shrinks the 100 MB streaming test: the race detector slows encoding/xml ~10x.
const raceEnabled = true
