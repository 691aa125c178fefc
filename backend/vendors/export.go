package vendors

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/match"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/qbwc/qbxml"
)

// maxPhone is QuickBooks' limit on a phone or fax number.
const maxPhone = 21

// Prepare decides from the mirrored lists: create the vendor, link the one QuickBooks already
// has by that name, refuse a name another list uses (with a suggestion), or — for a linked
// company changed in Procore — update the vendor's address and numbers.
func (f *Flow) Prepare(ctx context.Context, it *engine.Item) (engine.Step, error) {
	c, ch, err := decode(it)
	if err != nil {
		return engine.Step{}, err
	}
	if it.QB != nil && it.QB.ListID != "" {
		return f.prepareUpdate(it, c, ch)
	}
	name := nameOf(c, ch)
	if fail := checkName(name); fail != nil {
		return engine.Step{Failure: fail}, nil
	}
	qbName := latin1(name)
	existing, err := f.d.Mirror.FindByName(qbmirror.Vendors, qbName)
	switch {
	case err == nil:
		return engine.Step{Linked: qbrefresh.Ref(existing), Message: fmt.Sprintf("QuickBooks already had the vendor %q: linked to it, not duplicated.", existing.FullName)}, nil
	case !errors.Is(err, qbmirror.ErrNotFound):
		return engine.Step{}, fmt.Errorf("look up vendor %q in the mirror: %w", qbName, err)
	}
	if _, err := f.d.Mirror.FindByName(qbmirror.Customers, qbName); err == nil {
		fail := f.NameClash(it)
		return engine.Step{Failure: &fail}, nil
	}
	if fail := mapping.FieldsFailure(mapping.ProcoreEntry{Name: c.Name, Address: c.Address, Phone: c.Phone, Fax: c.Fax}, ch.LatinSpelling); fail != nil {
		return engine.Step{Failure: fail}, nil // letters QuickBooks cannot store: it waits, with the reason
	}
	addr, notes := c.Address.ToQuickBooks()
	v := qbxml.Vendor{Name: name, VendorAddress: addr}
	if utf8.RuneCountInString(name) <= mapping.MaxName {
		v.CompanyName = name
	}
	v.Phone, notes = phone("phone", c.Phone, notes)
	v.Fax, notes = phone("fax", c.Fax, notes)
	return engine.Step{Request: qbxml.VendorAdd{Vendor: v}, Notes: notes, Message: "Created in QuickBooks as a vendor."}, nil
}

func phone(what, s string, notes []string) (string, []string) {
	if utf8.RuneCountInString(s) <= maxPhone {
		return s, notes
	}
	return "", append(notes, fmt.Sprintf("The %s number %q is longer than QuickBooks allows (%d characters): it was left out.", what, s, maxPhone))
}

// prepareUpdate sends a linked company's new address and numbers to its vendor. The name is
// not changed: a vendor's name is on every check and bill, the bookkeeper renames it in
// QuickBooks.
func (f *Flow) prepareUpdate(it *engine.Item, c company, ch choice) (engine.Step, error) {
	rec, err := f.d.Mirror.Get(qbmirror.Vendors, it.QB.ListID)
	if errors.Is(err, qbmirror.ErrNotFound) {
		return engine.Step{Failure: &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("QuickBooks no longer has the vendor %q this company was linked to.", it.QB.FullName),
			Meaning: "It was deleted or merged in QuickBooks.",
			Fix:     "Unlink the company on the Vendors page, then link it to its QuickBooks vendor or create one."}}, nil
	}
	if err != nil {
		return engine.Step{}, err
	}
	if sameDetails(rec, c) {
		return engine.Step{Linked: qbrefresh.Ref(rec), Message: "QuickBooks already has the company's address and numbers."}, nil
	}
	if fail := mapping.FieldsFailure(mapping.ProcoreEntry{Name: c.Name, Address: c.Address, Phone: c.Phone, Fax: c.Fax}, ch.LatinSpelling); fail != nil {
		return engine.Step{Failure: fail}, nil // letters QuickBooks cannot store: it waits, with the reason
	}
	addr, notes := c.Address.ToQuickBooks()
	if addr == nil {
		addr = &qbxml.Address{}
	}
	v := qbxml.Vendor{VendorAddress: addr}
	v.Phone, notes = phone("phone", c.Phone, notes)
	v.Fax, notes = phone("fax", c.Fax, notes)
	return engine.Step{Request: qbxml.VendorMod{ListID: rec.ListID, EditSequence: rec.EditSequence, Vendor: v},
		Notes: notes, Message: "The company's address and numbers were sent to the QuickBooks vendor."}, nil
}

func sameDetails(rec qbmirror.Record, c company) bool {
	return mapping.SameAddress(rec.Fields, "Bill", c.Address) &&
		digits(rec.Fields["Phone"]) == digits(c.Phone) && digits(rec.Fields["Fax"]) == digits(c.Fax)
}

func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func nameOf(c company, ch choice) string {
	if ch.Name != "" {
		return ch.Name
	}
	return c.Name
}

func latin1(s string) string {
	out, _ := qbxml.Latin1(s)
	return out
}

// checkName reports why a name cannot be a QuickBooks vendor name.
func checkName(name string) *engine.Failure {
	if fail := mapping.NameFailure(name, "Vendors"); fail != nil { // it would reach QuickBooks as "____"
		return fail
	}
	switch n := utf8.RuneCountInString(latin1(name)); {
	case n == 0:
		return &engine.Failure{Class: engine.FixData, Message: "This company has no name.",
			Fix: "Give the company a name in Procore's directory, or type the QuickBooks name in Create in QuickBooks."}
	case n > mapping.MaxName:
		return &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("The name %q has %d characters.", name, n),
			Meaning: fmt.Sprintf("QuickBooks vendor names hold at most %d characters, and Joblink does not shorten names silently.", mapping.MaxName),
			Fix:     fmt.Sprintf("On the Vendors page, choose Create in QuickBooks: accept the shorter name it suggests (%q) or type your own.", match.Shorten(latin1(name), mapping.MaxName))}
	}
	return nil
}

// NameClash explains a name QuickBooks refused because a customer, employee or other name
// already has it (QuickBooks keeps one name space for all of them), with a free alternative.
func (f *Flow) NameClash(it *engine.Item) engine.Failure {
	c, ch, _ := decode(it)
	name := latin1(nameOf(c, ch))
	alt := match.Alternative(name, mapping.MaxName, "Vendor", f.taken)
	return engine.Failure{Class: engine.FixData,
		Message: fmt.Sprintf("QuickBooks already uses the name %q for a customer, employee or other name.", name),
		Meaning: "A QuickBooks vendor cannot share its name with any other name in the company file.",
		Fix:     fmt.Sprintf("On the Vendors page, choose Create in QuickBooks and use another name, for example %q; or, if it is the same company, rename the other record in QuickBooks.", alt)}
}

// taken reports whether a name is used in the mirrored lists (employees and other names are
// not mirrored; QuickBooks says so with 3100 if the suggestion meets one).
func (f *Flow) taken(name string) bool {
	for _, k := range []qbmirror.Kind{qbmirror.Vendors, qbmirror.Customers} {
		if _, err := f.d.Mirror.FindByName(k, name); err == nil {
			return true
		}
	}
	return false
}

// Lookup finds the vendor by name (or ListID once linked).
func (f *Flow) Lookup(it *engine.Item) qbxml.Request {
	if it.QB != nil && it.QB.ListID != "" {
		return qbxml.VendorQuery{ListSelection: qbxml.ListSelection{ListIDs: []string{it.QB.ListID}}}
	}
	c, ch, _ := decode(it)
	return qbxml.VendorQuery{ListSelection: qbxml.ListSelection{FullNames: []string{latin1(nameOf(c, ch))}}}
}

// Found keeps the mirror current and says whether QuickBooks has the vendor as it should be.
func (f *Flow) Found(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	c, _, err := decode(it)
	if err != nil {
		return nil, err
	}
	rec, ok, err := f.Now(resp)
	if err != nil || !ok {
		return nil, err
	}
	if it.QB != nil && it.QB.ListID != "" && !sameDetails(rec, c) {
		return nil, nil // linked, with old details: Prepare sends the update
	}
	return qbrefresh.Ref(rec), nil
}

// Done keeps the mirror current with the vendor QuickBooks saved.
func (f *Flow) Done(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	if rec, ok := f.Later(resp); ok {
		return qbrefresh.Ref(rec), nil
	}
	return nil, fmt.Errorf("QuickBooks answered %s for %s without the vendor", resp.Name, it.ID)
}
