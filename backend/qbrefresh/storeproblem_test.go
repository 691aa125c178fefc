package qbrefresh_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"joblink/backend/problem"
)

// TestHugeFieldIsExplainedAsTooLarge is issue 12's case: QuickBooks answers with a 30 MB field
// (a document pasted into an item's description). The refresh cannot store the record; the
// bookkeeper must read that one record is too large and how to fix it, not "check that the
// disk is not full", and the cause kept for the log must not carry Badger's hex dump.
func TestHugeFieldIsExplainedAsTooLarge(t *testing.T) {
	h := newHarness(t)
	h.validate = false
	h.addServiceItems(1)
	ctx := context.Background()
	if err := h.engine.BeginRun(ctx, referenceHost, h.company.Info().FilePath); err != nil {
		t.Fatal(err)
	}
	s, err := h.company.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.End()
	var handleErr error
	for round := 0; round < h.maxRoundTrips && handleErr == nil; round++ {
		req, err := h.engine.NextRequest(ctx)
		if err != nil || req == "" {
			t.Fatalf("the run ended without storing the huge field: %v", err)
		}
		resp, err := s.ProcessRequest(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(resp, "<SalesDesc>Extra cost code</SalesDesc>") {
			resp = strings.Replace(resp, "<SalesDesc>Extra cost code</SalesDesc>", "<SalesDesc>"+strings.Repeat("pasted document ", 30<<20/16)+"</SalesDesc>", 1)
		}
		_, handleErr = h.engine.HandleResponse(ctx, resp)
	}
	var p *problem.Problem
	if !errors.As(handleErr, &p) {
		t.Fatalf("not explained: %v", handleErr)
	}
	words := p.Words() + " " + p.Meaning
	if !strings.Contains(words, "too large") || !strings.Contains(words, "QuickBooks lists") || strings.Contains(strings.ToLower(words), "disk") {
		t.Fatalf("explained as: %s", words)
	}
	if len(p.Error()) > 2000 {
		t.Fatalf("the cause carries the record (%d bytes): %.300q", len(p.Error()), p.Error())
	}
}
