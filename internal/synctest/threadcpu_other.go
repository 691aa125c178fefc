//go:build !linux

package synctest

import "time"

// threadCPU is not measured here: the CPU figures of JoblinkTime stay zero.
func threadCPU() time.Duration { return 0 }
