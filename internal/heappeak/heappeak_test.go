package heappeak

import "testing"

// A 64 MB allocation held while sampling shows as growth of at least most of it.
func TestStartSeesAnAllocationHeldWhileSampling(t *testing.T) {
	stop := Start()
	b := make([]byte, 64<<20)
	for i := range b {
		b[i] = byte(i)
	}
	grew := stop()
	if grew < 48<<20 {
		t.Fatalf("heap grew by %d MB while 64 MB were held, want at least 48", grew>>20)
	}
	_ = b[len(b)-1]
}
