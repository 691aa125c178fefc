package costcodes

import (
	"fmt"
	"strings"
	"unicode"

	"joblink/backend/engine"
	"joblink/backend/problem"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
)

// Service items QuickBooks already has for cost codes. Companies that kept their codes in
// QuickBooks before Joblink rarely named the items by the bare code: "01-100 General
// Conditions", "01-100 - Project Management", or the code's name as the description. Export
// links an item named exactly by the code; the others are suggested here, for the bookkeeper
// to link, so that export does not add "01-100" beside "01-100 General Conditions".

// Suggestion is an existing service item that looks like a cost code's.
type Suggestion struct {
	ID       string `json:"id"` // the cost code's item
	Code     string `json:"code"`
	Name     string `json:"name"`
	ListID   string `json:"listId"`
	FullName string `json:"fullName"`
	Reason   string `json:"reason"`
}

// existingItems indexes the mirrored service items by the code their name starts with and by
// their description, read once per question.
type existingItems struct {
	byName   map[string]qbmirror.Record   // exact full name, folded: what export links or calls a conflict
	byCode   map[string][]qbmirror.Record // the code the item's own name starts with, folded
	byDesc   map[string][]qbmirror.Record // the description, folded
	fullName map[string]string            // ListID → full name, for the parent
}

func (f *Flow) readExisting() (*existingItems, error) {
	x := &existingItems{byName: map[string]qbmirror.Record{}, byCode: map[string][]qbmirror.Record{},
		byDesc: map[string][]qbmirror.Record{}, fullName: map[string]string{}}
	err := f.d.Mirror.List(qbmirror.Items, func(r qbmirror.Record) error {
		x.byName[fold(r.FullName)] = r
		x.fullName[r.ListID] = r.FullName
		if r.Type != "Service" || !r.Active {
			return nil
		}
		// An item another code is linked to is not suggested: linking it again would fail
		// (one item, one code) and the suggestion would come back on every look.
		if taken, err := f.taken(r.ListID); err != nil || taken {
			return err
		}
		if code := leadingCode(r.Name); code != "" && fold(code) != fold(r.Name) {
			x.byCode[fold(code)] = append(x.byCode[fold(code)], r)
		}
		if d := description(r); d != "" {
			x.byDesc[fold(d)] = append(x.byDesc[fold(d)], r)
		}
		return nil
	})
	return x, err
}

// leadingCode is the code-like word a name starts with ("01-100" of "01-100 General
// Conditions"): it must hold a digit.
func leadingCode(name string) string {
	w := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) })
	if len(w) == 0 {
		return ""
	}
	code := strings.TrimRight(w[0], ".,;:–—-")
	if !strings.ContainsFunc(code, unicode.IsDigit) {
		return ""
	}
	return code
}

func description(r qbmirror.Record) string {
	for _, k := range []string{"SalesDesc", "PurchaseDesc", "Desc"} {
		if d := strings.TrimSpace(r.Fields[k]); d != "" {
			return d
		}
	}
	return ""
}

func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// parentOf is the parent part of a full name ("01 General" of "01 General:01-100 …").
func parentOf(fullName string) string {
	if i := strings.LastIndex(fullName, ":"); i >= 0 {
		return fullName[:i]
	}
	return ""
}

// suggest is the existing service item that looks like code c's, if one does and export
// would not link one by name anyway.
func (x *existingItems) suggest(c code) (qbmirror.Record, string, bool) {
	if _, ok := x.byName[fold(qbName(c.Code))]; ok {
		return qbmirror.Record{}, "", false // export links it, or calls it a conflict
	}
	division := leadingCode(strings.SplitN(c.Code, "-", 2)[0]) // "01" of "01-100"
	pick := func(cands []qbmirror.Record, why string) (qbmirror.Record, string, bool) {
		if len(cands) == 1 {
			return cands[0], why, true
		}
		// Several: the one described as the code, else the one under the code's division.
		for _, r := range cands {
			if fold(description(r)) == fold(c.Name) && c.Name != "" {
				return r, why + ", and its description is the code's name", true
			}
		}
		for _, r := range cands {
			if p := parentOf(r.FullName); division != "" && p != "" && strings.HasPrefix(fold(p), fold(division)) {
				return r, why + fmt.Sprintf(", under %q like the code's division", p), true
			}
		}
		return qbmirror.Record{}, "", false // too many alike to suggest one
	}
	if cands := x.byCode[fold(qbName(c.Code))]; len(cands) > 0 {
		return pick(cands, fmt.Sprintf("Its name starts with the code %s", c.Code))
	}
	if c.Name != "" {
		var same []qbmirror.Record // described as the code, and carrying the code's division
		for _, r := range x.byDesc[fold(c.Name)] {
			if division != "" && (strings.HasPrefix(fold(r.Name), fold(division)) || strings.HasPrefix(fold(parentOf(r.FullName)), fold(division))) {
				same = append(same, r)
			}
		}
		if len(same) > 0 {
			return pick(same, fmt.Sprintf("Its description is the code's name (%s) and it is in division %s", c.Name, division))
		}
	}
	return qbmirror.Record{}, "", false
}

// Suggest returns the existing service items that look like those of the given cost code
// items, for the ones that have one; items that are linked or on their way are passed over.
func (f *Flow) Suggest(items []*engine.Item) ([]Suggestion, error) {
	x, err := f.readExisting()
	if err != nil {
		return nil, err
	}
	out := []Suggestion{}
	for _, it := range items {
		if !open(it) {
			continue
		}
		c, err := decode(it)
		if err != nil {
			return nil, err
		}
		if r, why, ok := x.suggest(c); ok {
			out = append(out, Suggestion{ID: it.ID, Code: c.Code, Name: c.Name, ListID: r.ListID, FullName: r.FullName, Reason: why + "."})
		}
	}
	return out, nil
}

// open reports whether a cost code may still be linked or exported: not synced, not on its way,
// not skipped.
func open(it *engine.Item) bool {
	switch it.State {
	case engine.Waiting, engine.Detected, engine.Failed:
		return true
	}
	return false
}

// Preview says what exporting the given cost codes would do, before anything is queued.
type Preview struct {
	New       int `json:"new"`       // added as new service items
	Linked    int `json:"linked"`    // linked to the item QuickBooks has under the code
	Conflicts int `json:"conflicts"` // QuickBooks has another kind of item under the code: they wait
	Refused   int `json:"refused"`   // the code cannot be an item name (too long, a colon): they wait
	// Suggested are among New: QuickBooks has an item that looks like theirs (Suggest), which
	// export would not use; link them first unless they are other items.
	Suggested int `json:"suggested"`
}

// PreviewExport counts what exporting items would do.
func (f *Flow) PreviewExport(items []*engine.Item) (Preview, error) {
	var p Preview
	x, err := f.readExisting()
	if err != nil {
		return p, err
	}
	for _, it := range items {
		if !open(it) {
			continue
		}
		c, err := decode(it)
		if err != nil {
			return p, err
		}
		if checkCode(c.Code) != nil {
			p.Refused++
			continue
		}
		if r, ok := x.byName[fold(qbName(c.Code))]; ok {
			if r.Type == "Service" {
				p.Linked++
			} else {
				p.Conflicts++
			}
			continue
		}
		p.New++
		if _, _, ok := x.suggest(c); ok {
			p.Suggested++
		}
	}
	return p, nil
}

// LinkSpec checks the bookkeeper's link of a cost code to an existing QuickBooks item: it must
// be a service item the mirror has.
func (f *Flow) LinkSpec(it *engine.Item, listID string) (engine.LinkSpec, *problem.Problem) {
	c, err := decode(it)
	if err != nil {
		return engine.LinkSpec{}, &problem.Problem{Message: err.Error()}
	}
	r, err := f.d.Mirror.Get(qbmirror.Items, listID)
	if err != nil {
		return engine.LinkSpec{}, &problem.Problem{Message: "That QuickBooks item is not in Joblink's copy of QuickBooks (it may have been deleted).",
			Fix: "Reload the page after the next Web Connector run."}
	}
	if r.Type != "Service" {
		return engine.LinkSpec{}, &problem.Problem{Message: fmt.Sprintf("%q is a %s item, not a Service item.", r.FullName, r.Type),
			Meaning: "Joblink keeps cost codes as Service items.", Fix: "Choose a Service item, or export the code as a new one."}
	}
	return engine.LinkSpec{ID: it.ID, Ref: *qbrefresh.Ref(r), Message: fmt.Sprintf("Linked by the bookkeeper to the QuickBooks service item %q (cost code %s).", r.FullName, c.Code)}, nil
}
