package jobs

import (
	"context"
	"errors"
	"fmt"
	"unicode/utf8"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/match"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/qbwc/qbxml"
)

// Prepare decides from the mirrored lists: create the job (or customer), link the one
// QuickBooks already has by that name, refuse a customer name a vendor has (with a
// suggestion), or — for a linked project changed in Procore — update its Ship To address.
func (f *Flow) Prepare(ctx context.Context, it *engine.Item) (engine.Step, error) {
	p, c, err := decode(it)
	if err != nil {
		return engine.Step{}, err
	}
	if it.QB != nil && it.QB.ListID != "" {
		return f.prepareUpdate(it, p, c)
	}
	full, parent, fail := f.target(p, c)
	if fail != nil {
		return engine.Step{Failure: fail}, nil
	}
	existing, err := f.d.Mirror.FindByName(qbmirror.Customers, full)
	switch {
	case err == nil && c.ConfirmLink:
		return engine.Step{Failure: confirmFirst(p, existing)}, nil
	case err == nil:
		return engine.Step{Linked: qbrefresh.Ref(existing), Message: fmt.Sprintf("QuickBooks already had %q: linked to it, not duplicated.", existing.FullName)}, nil
	case !errors.Is(err, qbmirror.ErrNotFound):
		return engine.Step{}, fmt.Errorf("look up %q in the mirror: %w", full, err)
	}
	if parent == nil {
		// A customer's name shares QuickBooks' one list of names with vendors: a vendor the
		// mirror has by this name would only earn a refusal (3100), so nothing is sent.
		if _, err := f.d.Mirror.FindByName(qbmirror.Vendors, full); err == nil {
			fail := f.NameClash(it)
			return engine.Step{Failure: &fail}, nil
		}
	}
	if fail := mapping.FieldsFailure(mapping.ProcoreEntry{Name: p.Name, Address: p.Address, Phone: p.Phone}, c.LatinSpelling); fail != nil {
		return engine.Step{Failure: fail}, nil // letters QuickBooks cannot store: it waits, with the reason
	}
	addr, notes := p.Address.ToQuickBooks()
	cu := qbxml.Customer{Name: nameOf(p, c), ShipAddress: addr}
	msg := "Created in QuickBooks as a customer."
	if parent != nil {
		cu.ParentRef = qbxml.RefByID(parent.ListID)
		msg = fmt.Sprintf("Created in QuickBooks as a job of %q.", parent.FullName)
	}
	return engine.Step{Request: qbxml.CustomerAdd{Customer: cu}, Notes: notes, Message: msg}, nil
}

// prepareUpdate sends a linked project's new address to its QuickBooks job. The name is not
// changed: renaming a QuickBooks job renames it on every report and transaction, which is the
// bookkeeper's decision to make in QuickBooks.
func (f *Flow) prepareUpdate(it *engine.Item, p project, c choice) (engine.Step, error) {
	rec, err := f.d.Mirror.Get(qbmirror.Customers, it.QB.ListID)
	if errors.Is(err, qbmirror.ErrNotFound) {
		return engine.Step{Failure: &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("QuickBooks no longer has the job %q this project was linked to.", it.QB.FullName),
			Meaning: "It was deleted or merged in QuickBooks.",
			Fix:     "Unlink the project on the Jobs page, then link it to its QuickBooks job or create one."}}, nil
	}
	if err != nil {
		return engine.Step{}, err
	}
	if mapping.SameAddress(rec.Fields, "Ship", p.Address) {
		return engine.Step{Linked: qbrefresh.Ref(rec), Message: "QuickBooks already has the project's address."}, nil
	}
	if fail := mapping.FieldsFailure(mapping.ProcoreEntry{Name: p.Name, Address: p.Address, Phone: p.Phone}, c.LatinSpelling); fail != nil {
		return engine.Step{Failure: fail}, nil // letters QuickBooks cannot store: it waits, with the reason
	}
	addr, notes := p.Address.ToQuickBooks()
	if addr == nil {
		addr = &qbxml.Address{}
	}
	return engine.Step{Request: qbxml.CustomerMod{ListID: rec.ListID, EditSequence: rec.EditSequence, Customer: qbxml.Customer{ShipAddress: addr}},
		Notes: notes, Message: "The project's address was sent to the QuickBooks job's Ship To."}, nil
}

// target is the QuickBooks full name the project gets, and the parent it goes under (nil: a
// customer of its own), or why it cannot be created as chosen.
func (f *Flow) target(p project, c choice) (full string, parent *qbmirror.Record, fail *engine.Failure) {
	name := nameOf(p, c)
	if fail := checkName(name); fail != nil {
		return "", nil, fail
	}
	qbName, _ := qbxml.Latin1(name)
	if c.AsCustomer {
		return qbName, nil, nil
	}
	if c.ParentListID == "" {
		return "", nil, &engine.Failure{Class: engine.FixData,
			Message: "Joblink does not know which QuickBooks customer this job belongs to.",
			Meaning: "A QuickBooks job sits under a customer; some companies keep each job as a customer of its own instead.",
			Fix:     "On the Jobs page, choose Create in QuickBooks and pick the customer (or \"as a customer\")."}
	}
	rec, err := f.d.Mirror.Get(qbmirror.Customers, c.ParentListID)
	if err != nil {
		return "", nil, &engine.Failure{Class: engine.FixData,
			Message: "The customer chosen for this job is no longer in QuickBooks.",
			Fix:     "On the Jobs page, choose Create in QuickBooks again and pick another customer."}
	}
	if rec.Sublevel > 0 {
		return "", nil, &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("%q is a job, not a customer.", rec.FullName),
			Meaning: "Sub jobs (a job under a job) are not supported by Joblink.",
			Fix:     "Choose the customer itself, or create the job as a customer."}
	}
	return rec.FullName + ":" + qbName, &rec, nil
}

// confirmFirst says why a project created in Procore before Joblink was connected is not
// linked to the job QuickBooks already has under the chosen name: that link needs the
// bookkeeper's confirmation, which Link on the Jobs page asks for.
func confirmFirst(p project, existing qbmirror.Record) *engine.Failure {
	return &engine.Failure{Class: engine.FixData,
		Message: fmt.Sprintf("QuickBooks already has %q, and %q was created in Procore before Joblink was connected.", existing.FullName, p.Name),
		Meaning: "Joblink links such a project to a QuickBooks job that already exists only after you confirm what will and will not sync; it was neither linked nor created again.",
		Fix:     fmt.Sprintf("On the Jobs page, choose Link to… and pick %q: Joblink asks you to confirm first. Or choose Create in QuickBooks with another name.", existing.FullName)}
}

// The engine asks a NameClasher why QuickBooks refused a name (3100) the re-read finds on no
// customer, instead of sending the same request again for ever.
var _ engine.NameClasher = (*Flow)(nil)

// NameClash explains a name QuickBooks refused because a vendor, employee or other name
// already has it (engine.NameClasher): QuickBooks keeps customers, vendors, employees and
// other names in one list of names, so a customer cannot take a name any of them has. Which
// list has it is said when the mirror knows (it holds vendors; employees and other names are
// not read), with a free name to use instead.
func (f *Flow) NameClash(it *engine.Item) engine.Failure {
	p, c, _ := decode(it)
	name, _ := qbxml.Latin1(nameOf(p, c))
	if !c.AsCustomer {
		// A job's full name ("Customer:Job") is not shared with the other lists, so this should
		// not happen; still, say what QuickBooks said and what to do rather than resend it.
		return engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("QuickBooks refused the job name %q as already in use, and Joblink finds no customer or job by that name.", name),
			Meaning: "QuickBooks does not allow two records with the same name, but Joblink cannot see which record has it.",
			Fix:     "Look for the name in QuickBooks' Customer Center: if the job is there, link the project to it on the Jobs page; otherwise choose Create in QuickBooks and use another name."}
	}
	where := "an employee, a vendor or an entry of the Other Names list"
	meaning := "QuickBooks keeps customers, vendors, employees and other names in one list of names: no two of them can have the same name. " +
		"Joblink reads QuickBooks' vendors but not its employees or other names, so it cannot say which one has it."
	if _, err := f.d.Mirror.FindByName(qbmirror.Vendors, name); err == nil {
		where = "a vendor"
		meaning = "QuickBooks keeps customers, vendors, employees and other names in one list of names: no two of them can have the same name."
	}
	fix := "On the Jobs page, choose Create in QuickBooks and"
	if alt := match.Alternative(name, mapping.MaxName, "Customer", f.taken); alt != "" {
		fix += fmt.Sprintf(" use another name, for example %q, or", alt)
	}
	fix += " create the project as a job under its customer, where the name is free. If it is the same person or company, you can instead rename the other record in QuickBooks."
	return engine.Failure{Class: engine.FixData,
		Message: fmt.Sprintf("QuickBooks already uses the name %q for %s, so it cannot also be a customer's name.", name, where),
		Meaning: meaning,
		Fix:     fix}
}

// taken reports whether a customer's name is used in the mirrored lists (employees and other
// names are not mirrored; QuickBooks says so with 3100 if the suggestion meets one).
func (f *Flow) taken(name string) bool {
	for _, k := range []qbmirror.Kind{qbmirror.Customers, qbmirror.Vendors} {
		if _, err := f.d.Mirror.FindByName(k, name); err == nil {
			return true
		}
	}
	return false
}

func nameOf(p project, c choice) string {
	if c.Name != "" {
		return c.Name
	}
	return p.Name
}

// checkName reports why a name cannot be a QuickBooks customer or job name.
func checkName(name string) *engine.Failure {
	if fail := mapping.NameFailure(name, "Jobs"); fail != nil { // it would reach QuickBooks as "____"
		return fail
	}
	qbName, _ := qbxml.Latin1(name)
	switch n := utf8.RuneCountInString(qbName); {
	case n == 0:
		return &engine.Failure{Class: engine.FixData, Message: "This project has no name.",
			Fix: "Give the project a name in Procore, or type the QuickBooks name in Create in QuickBooks."}
	case n > mapping.MaxName:
		return &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("The name %q has %d characters.", name, n),
			Meaning: fmt.Sprintf("QuickBooks customer and job names hold at most %d characters, and Joblink does not shorten names silently.", mapping.MaxName),
			Fix:     fmt.Sprintf("On the Jobs page, choose Create in QuickBooks: accept the shorter name it suggests (%q) or type your own.", match.Shorten(qbName, mapping.MaxName))}
	}
	for _, r := range name {
		if r == ':' {
			return &engine.Failure{Class: engine.FixData,
				Message: fmt.Sprintf("The name %q contains a colon.", name),
				Meaning: "QuickBooks reads a colon in a customer name as \"customer:job\".",
				Fix:     "On the Jobs page, choose Create in QuickBooks and type the name with a hyphen instead."}
		}
	}
	return nil
}

// Lookup finds the job by its QuickBooks full name (or its ListID once linked).
func (f *Flow) Lookup(it *engine.Item) qbxml.Request {
	if it.QB != nil && it.QB.ListID != "" {
		return qbxml.CustomerQuery{ListSelection: qbxml.ListSelection{ListIDs: []string{it.QB.ListID}}}
	}
	p, c, _ := decode(it)
	full, _, _ := f.target(p, c)
	if full == "" {
		full, _ = qbxml.Latin1(nameOf(p, c))
	}
	return qbxml.CustomerQuery{ListSelection: qbxml.ListSelection{FullNames: []string{full}}}
}

// Found keeps the mirror current and says whether QuickBooks has the job as it should be.
func (f *Flow) Found(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	p, c, err := decode(it)
	if err != nil {
		return nil, err
	}
	rec, ok, err := f.Now(resp)
	if err != nil || !ok {
		return nil, err
	}
	if it.QB == nil && it.NameTaken && c.ConfirmLink {
		// QuickBooks refused the new job's name and the re-read found a job by it, added since
		// the mirror was read: not Joblink's, so not linked without the confirmation.
		return nil, &engine.FailureError{Failure: *confirmFirst(p, rec)}
	}
	if it.QB != nil && it.QB.ListID != "" && !mapping.SameAddress(rec.Fields, "Ship", p.Address) {
		return nil, nil // linked, with an old address: Prepare sends the update
	}
	return qbrefresh.Ref(rec), nil
}

// Done keeps the mirror current with the customer or job QuickBooks saved.
func (f *Flow) Done(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	if rec, ok := f.Later(resp); ok {
		return qbrefresh.Ref(rec), nil
	}
	return nil, fmt.Errorf("QuickBooks answered %s for %s without the customer", resp.Name, it.ID)
}
