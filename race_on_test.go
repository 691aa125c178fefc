//go:build race

package main

// raceEnabled: the race detector multiplies memory (5 to 10 times), so memory limits are not
// checked under it.
const raceEnabled = true
