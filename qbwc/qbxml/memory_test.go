package qbxml

import (
	"errors"
	"io"
	"runtime"
	"testing"
)

// heapLimit is the bound the streaming parser must stay under whatever the response size.
const heapLimit = 64 << 20

// syntheticPages returns how many 100-record pages (~160 KB each) to stream: ~100 MB normally,
// ~16 MB under -short and ~6 MB under the race detector (which slows encoding/xml about tenfold),
// so the package's tests stay under 30 s.
func syntheticPages() int {
	switch {
	case raceEnabled:
		return 40
	case testing.Short():
		return 100
	}
	return 630
}

// heapWatcher samples the live heap every few callbacks (ReadMemStats stops the world, so not
// on every record) and remembers the peak.
type heapWatcher struct {
	calls int
	peak  uint64
}

func (h *heapWatcher) sample() {
	h.calls++
	if h.calls%50 != 0 {
		return
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	h.peak = max(h.peak, m.HeapAlloc)
}

func streamSynthetic(t *testing.T, pages, perPage int) (*io.PipeReader, chan int64) {
	t.Helper()
	pr, pw := io.Pipe()
	size := make(chan int64, 1)
	go func() {
		n, err := writeSyntheticResponse(pw, pages, perPage)
		pw.CloseWithError(err)
		size <- n
	}()
	return pr, size
}

// TestParseResponsesBoundedMemory streams a ~100 MB response of many iterator pages through
// ParseResponses without ever holding it: the heap must stay bounded by one page.
func TestParseResponsesBoundedMemory(t *testing.T) {
	pages := syntheticPages()
	runtime.GC()
	pr, size := streamSynthetic(t, pages, 100)
	var h heapWatcher
	records, responses := 0, 0
	err := ParseResponses(pr, func(r *Response) error {
		responses++
		records += len(r.Rets)
		if r.Status.Code != 0 || r.IteratorRemainingCount != pages-responses {
			t.Fatalf("response %d: %+v", responses, r)
		}
		h.sample()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n := <-size
	if responses != pages || records != pages*100 {
		t.Fatalf("got %d responses, %d records", responses, records)
	}
	t.Logf("parsed %.1f MB, %d records, peak heap %.1f MB", float64(n)/(1<<20), records, float64(h.peak)/(1<<20))
	if h.peak > heapLimit {
		t.Errorf("peak heap %d MB exceeds %d MB", h.peak>>20, heapLimit>>20)
	}
}

// TestResponseDecoderSingleHugeResponse streams one *Rs element holding every record (what a
// non-iterator query such as AccountQuery or TxnDeletedQuery can produce) record by record.
func TestResponseDecoderSingleHugeResponse(t *testing.T) {
	records := syntheticPages() * 100 / 5
	runtime.GC()
	pr, size := streamSynthetic(t, 1, records)
	d := NewResponseDecoder(pr)
	resp, err := d.Next()
	if err != nil || resp.Name != "CustomerQueryRs" {
		t.Fatalf("Next: %v %+v", err, resp)
	}
	var h heapWatcher
	got := 0
	for {
		ret, err := d.NextRet()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if c := ret.(*CustomerRet); c.Sublevel != 1 || c.Balance != "1250.00" {
			t.Fatalf("record %d: %+v", got, c)
		}
		got++
		h.sample()
	}
	if _, err := d.Next(); !errors.Is(err, io.EOF) {
		t.Fatalf("after last response: %v", err)
	}
	n := <-size
	t.Logf("parsed %.1f MB in one response, %d records, peak heap %.1f MB", float64(n)/(1<<20), got, float64(h.peak)/(1<<20))
	if got != records || h.peak > heapLimit {
		t.Errorf("records %d/%d, peak heap %d MB (limit %d MB)", got, records, h.peak>>20, heapLimit>>20)
	}
}
