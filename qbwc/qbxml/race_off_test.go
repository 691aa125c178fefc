//go:build !race

package qbxml

const raceEnabled = false
