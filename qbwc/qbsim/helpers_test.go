package qbsim

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fixedClock advances one second per call, so EditSequence and
// TimeModified move the way they do on a real clock, deterministically.
func fixedClock() func() time.Time {
	t := time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

type harness struct {
	t       *testing.T
	company *Company
	session *Session
	schema  *schemaValidator
}

func newHarness(t *testing.T, reference bool) *harness {
	t.Helper()
	var c *Company
	if reference {
		var err error
		if c, err = NewReferenceCompany(WithClock(fixedClock())); err != nil {
			t.Fatal(err)
		}
	} else {
		c = New(WithClock(fixedClock()))
	}
	s, err := c.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.End)
	return &harness{t: t, company: c, session: s, schema: newSchemaValidator(t)}
}

func msgSet(onError string, requests ...string) string {
	return `<?xml version="1.0" encoding="utf-8"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="` +
		onError + `">` + strings.Join(requests, "") + `</QBXMLMsgsRq></QBXML>`
}

// do sends a message set, validates request and response against the
// schema and returns the response's *Rs elements.
func (h *harness) do(onError string, requests ...string) []*element {
	h.t.Helper()
	req := msgSet(onError, requests...)
	h.schema.check(h.t.Name()+"-rq", req)
	return h.doUnchecked(req)
}

// doUnchecked is for requests that are deliberately schema-invalid (too
// long fields) - the response is still validated.
func (h *harness) doUnchecked(req string) []*element {
	h.t.Helper()
	resp, err := h.session.ProcessRequest(context.Background(), req)
	if err != nil {
		h.t.Fatalf("ProcessRequest: %v\nrequest: %s", err, req)
	}
	h.schema.check(h.t.Name()+"-rs", resp)
	root, _, err := parseXML(resp)
	if err != nil {
		h.t.Fatalf("response not well-formed: %v\n%s", err, resp)
	}
	return root.child("QBXMLMsgsRs").children
}

// one sends a single request and returns its *Rs.
func (h *harness) one(request string) *element {
	h.t.Helper()
	return h.do("stopOnError", request)[0]
}

func code(rs *element) int {
	n, _ := strconv.Atoi(rs.attr("statusCode"))
	return n
}

func expectStatus(t *testing.T, rs *element, want int) {
	t.Helper()
	if got := code(rs); got != want {
		t.Fatalf("%s statusCode = %d (%s), want %d", rs.name, got, rs.attr("statusMessage"), want)
	}
}

func names(rets []*element, field string) []string {
	var out []string
	for _, r := range rets {
		out = append(out, r.childText(field))
	}
	return out
}
