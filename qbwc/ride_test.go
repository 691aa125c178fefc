package qbwc

import (
	"context"
	"strings"
	"testing"

	"joblink/qbwc/qbxml"
	"joblink/qbwc/session"
)

// scriptPhase is a phase with fixed message sets; it keeps the answers it was handed.
type scriptPhase struct {
	sets    []string
	rides   bool
	begun   int
	answers []string
}

func (p *scriptPhase) HasWork(context.Context) bool { return true }
func (p *scriptPhase) Begin(context.Context) error  { p.begun++; return nil }
func (p *scriptPhase) Next(context.Context) (string, error) {
	if len(p.sets) == 0 {
		return "", nil
	}
	s := p.sets[0]
	p.sets = p.sets[1:]
	return s, nil
}
func (p *scriptPhase) Handle(_ context.Context, resp string) (int, error) {
	p.answers = append(p.answers, resp)
	if len(p.sets) == 0 {
		return 100, nil
	}
	return 50, nil
}
func (p *scriptPhase) End(context.Context, error) string { return "" }
func (p *scriptPhase) Rides() bool                       { return p.rides }

func set(t *testing.T, version qbxml.Version, ids ...string) string {
	t.Helper()
	ms := qbxml.MessageSet{Version: version, OnError: qbxml.ContinueOnError}
	for _, id := range ids {
		ms.AddWithID(id, qbxml.TxnDeletedQuery{TxnDelTypes: []string{"Bill"}})
	}
	b, _, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// answer is QuickBooks' response to requests with the given ids.
func answer(ids ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" ?>` + "\n<QBXML>\n<QBXMLMsgsRs>\n")
	for _, id := range ids {
		if id == "empty" {
			b.WriteString(`<TxnDeletedQueryRs requestID="empty" statusCode="1" statusSeverity="Info" statusMessage="none"/>` + "\n")
			continue
		}
		b.WriteString(`<TxnDeletedQueryRs requestID="` + id + `" statusCode="0" statusSeverity="Info" statusMessage="Status OK"><TxnDeletedRet><TxnDelType>Bill</TxnDelType><TxnID>` +
			id + `-1</TxnID></TxnDeletedRet></TxnDeletedQueryRs>` + "\n")
	}
	b.WriteString("</QBXMLMsgsRs>\n</QBXML>\n")
	return b.String()
}

// A rider's set goes inside the first phase's first set; QuickBooks' one answer is split back,
// each phase reading only its own answers; the rider is begun once; a quiet session is one set.
func TestSequenceRiderRidesInFirstSet(t *testing.T) {
	ctx := context.Background()
	first := &scriptPhase{sets: []string{set(t, qbxml.Version13, "lists", "deleted")}}
	middle := &scriptPhase{}
	rider := &scriptPhase{sets: []string{set(t, qbxml.Version13, "chg", "empty")}, rides: true}
	q := &Sequence{Phases: []session.Engine{PhaseAdapter{Phase: first}, PhaseAdapter{Phase: middle}, PhaseAdapter{Phase: rider}}}
	info := &session.Info{}
	if err := q.Begin(ctx, info); err != nil {
		t.Fatal(err)
	}
	req, err := q.Next(ctx, info)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"lists", "deleted", "chg", "empty"} {
		if !strings.Contains(req, `requestID="`+id+`"`) {
			t.Errorf("the merged set lacks %s: %s", id, req)
		}
	}
	p, err := q.Handle(ctx, info, answer("lists", "deleted", "chg", "empty"))
	if err != nil {
		t.Fatal(err)
	}
	if p >= 100 {
		t.Errorf("progress %d after the first phase, want less than 100 (phases remain)", p)
	}
	ids := func(doc string) []string {
		var out []string
		err := qbxml.ParseResponses(strings.NewReader(doc), func(r *qbxml.Response) error { out = append(out, r.RequestID); return nil })
		if err != nil {
			t.Fatalf("%v in %s", err, doc)
		}
		return out
	}
	if got := ids(first.answers[0]); strings.Join(got, ",") != "lists,deleted" {
		t.Errorf("the first phase read %v", got)
	}
	if got := ids(rider.answers[0]); strings.Join(got, ",") != "chg,empty" {
		t.Errorf("the rider read %v", got)
	}
	if req, err := q.Next(ctx, info); err != nil || req != "" {
		t.Errorf("after the one set: %q %v, want nothing more", req, err)
	}
	q.End(ctx, info, nil)
	if rider.begun != 1 || middle.begun != 1 {
		t.Errorf("begun: rider %d, middle %d, want once each", rider.begun, middle.begun)
	}
}

// A rider's set that cannot share the first set (another qbXML version) is kept for its turn,
// never lost or asked twice; a phase that does not ride waits its turn as before.
func TestSequenceRiderHeldWhenSetsDiffer(t *testing.T) {
	ctx := context.Background()
	first := &scriptPhase{sets: []string{set(t, qbxml.Version13, "lists")}}
	rider := &scriptPhase{sets: []string{set(t, qbxml.Version16, "chg")}, rides: true}
	q := &Sequence{Phases: []session.Engine{PhaseAdapter{Phase: first}, PhaseAdapter{Phase: rider}}}
	info := &session.Info{}
	if err := q.Begin(ctx, info); err != nil {
		t.Fatal(err)
	}
	req, _ := q.Next(ctx, info)
	if strings.Contains(req, `"chg"`) {
		t.Fatalf("a 16.0 set rode in a 13.0 one: %s", req)
	}
	if _, err := q.Handle(ctx, info, answer("lists")); err != nil {
		t.Fatal(err)
	}
	req, _ = q.Next(ctx, info)
	if !strings.Contains(req, `requestID="chg"`) || !strings.Contains(req, `version="16.0"`) {
		t.Fatalf("the rider's own set at its turn: %s", req)
	}
	if _, err := q.Handle(ctx, info, answer("chg")); err != nil {
		t.Fatal(err)
	}
	if len(rider.answers) != 1 || !strings.Contains(rider.answers[0], `"chg"`) || rider.begun != 1 {
		t.Errorf("rider: begun %d, answers %v", rider.begun, rider.answers)
	}

	notRiding := &scriptPhase{sets: []string{set(t, qbxml.Version13, "chg")}}
	first = &scriptPhase{sets: []string{set(t, qbxml.Version13, "lists")}}
	q = &Sequence{Phases: []session.Engine{PhaseAdapter{Phase: first}, PhaseAdapter{Phase: notRiding}}}
	if err := q.Begin(ctx, info); err != nil {
		t.Fatal(err)
	}
	if req, _ := q.Next(ctx, info); strings.Contains(req, `"chg"`) {
		t.Errorf("a phase that does not ride rode: %s", req)
	}
}

func FuzzSplitResponse(f *testing.F) {
	f.Add(answer("a", "chg", "empty"), "chg")
	f.Add(`<?xml version="1.0" encoding="windows-1252"?><QBXML><QBXMLMsgsRs><XRs requestID="chg"/></QBXMLMsgsRs></QBXML>`, "chg")
	f.Fuzz(func(t *testing.T, doc, id string) {
		rest, ride, err := splitResponse(doc, map[string]bool{id: true})
		if err != nil {
			return
		}
		if !strings.Contains(rest, "QBXMLMsgsRs") || !strings.Contains(ride, "QBXMLMsgsRs") {
			t.Errorf("an envelope was lost: %q / %q", rest, ride)
		}
	})
}
