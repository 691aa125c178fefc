package session

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkParallelPasswordAttack replays five minutes of a parallel guessing attack (ten
// wrong passwords at once, every second, on the Manager's clock) through the real SOAP handler
// on loopback, and reports the most passwords hashed in any minute (issue 12: at most 10), and
// how long after the attack the real Web Connector is let in.
func BenchmarkParallelPasswordAttack(b *testing.B) {
	var worstMinute, waitAfter float64
	for range b.N {
		worstMinute, waitAfter = passwordAttack(b)
	}
	b.ReportMetric(worstMinute, "checks-per-minute")
	b.ReportMetric(waitAfter, "s-until-real-login")
}

func passwordAttack(b *testing.B) (worstMinute, waitAfter float64) {
	savedVerify := verify
	var checks atomic.Int64
	verify = func(password, encoded string) (bool, error) {
		checks.Add(1)
		return verifyPassword(password, encoded)
	}
	defer func() { verify = savedVerify }()

	r := newRig(b, newMemoryEngine(request1), nil)
	const seconds, parallel = 300, 10
	attackSecond := func() int64 {
		before := checks.Load()
		var wg sync.WaitGroup
		for i := range parallel {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if st := postAuthenticate(r, testUser, "wrong guess "+string(rune('a'+i))); st == "" {
					b.Errorf("a wrong password was accepted")
				}
			}()
		}
		wg.Wait()
		r.clock.Advance(time.Second)
		return checks.Load() - before
	}
	perSecond := make([]int64, seconds)
	for s := range seconds {
		perSecond[s] = attackSecond()
	}
	// The attack stops just after it tripped the lock: the worst moment for the real one.
	for range 60 {
		if attackSecond() > 0 {
			break
		}
	}
	for start := range seconds - 59 {
		var n int64
		for _, c := range perSecond[start : start+60] {
			n += c
		}
		worstMinute = max(worstMinute, float64(n))
	}
	// The attack is over: the real Web Connector tries every second until it is let in.
	for waited := 0; waited <= 600; waited++ {
		if got := r.authenticate(testUser, testPassword); got[1] == "" { // "" is "in, with the open company file"
			return worstMinute, float64(waited)
		}
		r.clock.Advance(time.Second)
	}
	return worstMinute, 600
}
