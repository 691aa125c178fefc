package qbwc

import (
	"context"
	"errors"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/backend/store"
	"joblink/qbwc/session"
)

var _ session.Engine = SessionAdapter{}

func TestAdapterCarriesSessionInfoAndProblems(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	engine := qbrefresh.New(st, qbmirror.New(st), zerolog.Nop())
	a := SessionAdapter{Engine: engine}
	ctx := context.Background()
	info := &session.Info{CompanyFile: `C:\Company.QBW`, Country: "US",
		Host: session.HostFacts{ProductName: "QuickBooks Enterprise Solutions 24.0", Major: 34, CompanyName: "Joblink Demo Construction"}}
	if err := a.Begin(ctx, info); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Next(ctx, info); err != nil {
		t.Fatal(err)
	}
	_, err = a.Handle(ctx, info, "<not qbXML")
	var p *session.Problem
	if !errors.As(err, &p) || p.Message == "" {
		t.Fatalf("Handle error is not a session.Problem with words: %v", err)
	}
	if summary := a.End(ctx, info, err); summary == "" {
		t.Fatal("no summary")
	}
	status, err := engine.Status()
	if err != nil {
		t.Fatal(err)
	}
	if c := status.LastContact; c == nil || c.CompanyFile != `C:\Company.QBW` || c.Host.Major != 34 || c.Host.Country != "US" {
		t.Fatalf("last contact %+v", status.LastContact)
	}
}
