package vendors

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"joblink/backend/engine"
	"joblink/backend/kinds"
	"joblink/backend/mapping"
	"joblink/backend/procore"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/backend/store"
)

// Kind is the engine kind of vendors.
const Kind engine.Kind = "vendor"

// Decl declares vendors to the registry of kinds: the engine, the setup wizard and the pages
// read everything about the kind from here.
var Decl = kinds.Register(kinds.Kind{
	Name:         Kind,
	Label:        "Vendors",
	One:          "Vendor",
	Direction:    kinds.ToQuickBooks,
	Page:         "vendors",
	Rank:         20, // before every document that names a vendor
	DirectExport: "Procore directory companies are created as QuickBooks vendors without waiting for you.",
})

// Deps is what the flow reads.
type Deps struct {
	Procore func() (*procore.Client, error)
	Mirror  *qbmirror.Mirror
	Store   *store.Store // the vendor settings
}

// Flow exports Procore companies as QuickBooks vendors. Create it with New.
type Flow struct {
	kinds.Declared // Kind, Label, Rank, Approval: from Decl
	d              Deps
	host           engine.Host // the engine, attached when it is made
	*qbrefresh.Returned
}

// Attach gives the flow the engine (engine.Attacher): Follow reads the vendor items and
// reports what it brought in line through it.
func (f *Flow) Attach(h engine.Host) { f.host = h }

// New returns the vendors flow.
func New(d Deps) *Flow {
	return &Flow{Declared: kinds.Declared{Decl: Decl}, d: d, Returned: qbrefresh.NewReturned(d.Mirror)}
}

// company is what the flow keeps of a Procore company. It holds no origin fields, so writing
// the link back is not a change in Procore.
type company struct {
	Name      string          `json:"name"`
	Address   mapping.Address `json:"address"`
	Phone     string          `json:"phone,omitempty"`
	Fax       string          `json:"fax,omitempty"`
	Active    bool            `json:"active"`
	CreatedAt time.Time       `json:"createdAt"`
}

// choice is the bookkeeper's decision for creating the vendor in QuickBooks.
type choice struct {
	Name string `json:"name,omitempty"`
	// LatinSpelling: the bookkeeper accepted the Latin spelling of the address and numbers
	// (mapping.CreateRequest.LatinSpelling); without it, text QuickBooks cannot store waits.
	LatinSpelling bool `json:"latinSpelling,omitempty"`
}

func decode(it *engine.Item) (c company, ch choice, err error) {
	return c, ch, mapping.DecodeItem(it, &c, &ch)
}

// Detect reads the company directory, inactive companies included.
func (f *Flow) Detect(ctx context.Context) ([]engine.Record, error) {
	ch, err := f.DetectSince(ctx, "")
	return ch.Records, err
}

func (f *Flow) record(v procore.Vendor, mirrored bool) engine.Record {
	r := recordOf(v)
	origin := strings.TrimSpace(deref(v.OriginID))
	if origin == "" {
		return r
	}
	rec, err := f.d.Mirror.Get(qbmirror.Vendors, origin)
	switch {
	case err == nil:
		r.LinkedTo = qbrefresh.Ref(rec)
	case mirrored:
		r.Problem = &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("Procore links this company to QuickBooks record %q, which this company file does not have.", origin),
			Meaning: elsewhereMeaning,
			Fix:     "Link the company to its QuickBooks vendor on the Vendors page (this replaces the old link), create the vendor in QuickBooks, or skip the company."}
		r.Elsewhere = true // the Dashboard counts these apart: one decision, in bulk
	}
	return r
}

// recordOf is the engine record of a Procore company, without its link.
func recordOf(v procore.Vendor) engine.Record {
	snap := company{
		Name: strings.TrimSpace(v.Name),
		Address: mapping.Address{Street: strings.TrimSpace(deref(v.Address)), City: strings.TrimSpace(deref(v.City)),
			State: deref(v.StateCode), Zip: strings.TrimSpace(deref(v.Zip)), Country: deref(v.CountryCode)},
		Phone: strings.TrimSpace(deref(v.BusinessPhone)), Fax: strings.TrimSpace(deref(v.FaxNumber)),
		Active: v.IsActive, CreatedAt: v.CreatedAt,
	}
	data, _ := json.Marshal(snap)
	return engine.Record{Key: strconv.FormatInt(v.ID, 10), Title: snap.Name, Detail: snap.Address.Oneline(), Data: data}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// elsewhereMeaning explains a Procore link to a record this company file does not have.
const elsewhereMeaning = "The link was made by another integration, or for a different QuickBooks company file. Procore keeps one link per company."

// JudgesElsewhere tells the failure detection gives a company Procore links elsewhere, on an
// item kept before the engine marked them (engine.ElsewhereJudge).
func (f *Flow) JudgesElsewhere(p *engine.Failure) bool {
	return p != nil && p.Meaning == elsewhereMeaning
}
