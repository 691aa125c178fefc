package store

import "testing"

// BenchmarkOpenClose measures start-up plus shutdown on an existing small
// database (2,000 keys, files checked by preflight, maintenance
// goroutines started and stopped; backups off so none is taken).
func BenchmarkOpenClose(b *testing.B) {
	o := testOptions(b)
	s := mustOpen(b, o)
	writeKeys(b, s, 0, 2000)
	mustClose(b, s)
	o.GCEvery = 0 // default 10m: the goroutine starts but never fires
	b.ResetTimer()
	for b.Loop() {
		s, err := Open(o)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
