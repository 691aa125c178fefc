package engine

import (
	"strings"
	"testing"
)

// Items with long titles are large (the title is in the item, its index record, its title
// keys and its audit entry): detecting many of them at once still stores every one, in
// transactions Badger takes (inChunks halves a chunk it finds too big).
func TestDetectLargeItemsInBulk(t *testing.T) {
	f := newTestFlow()
	f.prefix = strings.Repeat("Long vendor name ", 18) // 306 bytes: every value stays under 1 KB, beside its key
	r := newTestRigWith(t, []*testFlow{f})
	const n = 1000
	r.add(t, 0, n)
	page, err := r.e.List(testKind, Query{Limit: 10})
	if err != nil || page.Total != n {
		t.Fatalf("stored %d of %d, %v", page.Total, n, err)
	}
}
