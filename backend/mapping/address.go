package mapping

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"joblink/qbwc/qbxml"
)

// QuickBooks' limits on address fields (qbXML: Addr1–5 41, City 31, State 21, PostalCode 13).
const (
	maxAddrLine = 41
	maxCity     = 31
	maxState    = 21
	maxZip      = 13
	// MaxName is QuickBooks' limit on a customer, job or vendor name.
	MaxName = 41
)

// Address is a flat street address, Procore's shape.
type Address struct {
	Street  string `json:"address"`
	City    string `json:"city"`
	State   string `json:"state"`
	Zip     string `json:"zip"`
	Country string `json:"country,omitempty"`
}

// Empty reports whether no part is set.
func (a Address) Empty() bool { return a == Address{} || a == Address{Country: a.Country} }

// ToQuickBooks turns a Procore address into a QuickBooks one. Procore keeps the street in one
// field that may hold "123 Main St, Suite 4"; QuickBooks address lines hold 41 characters, so a
// longer street is split at its commas into lines (what a person would type). The notes say
// what was changed, so the bookkeeper sees it.
func (a Address) ToQuickBooks() (*qbxml.Address, []string) {
	if a.Empty() {
		return nil, nil
	}
	var notes []string
	out := &qbxml.Address{City: a.City, State: a.State, PostalCode: a.Zip}
	lines := []string{strings.TrimSpace(a.Street)}
	if utf8.RuneCountInString(lines[0]) > maxAddrLine && strings.Contains(lines[0], ",") {
		lines = splitStreet(lines[0])
		notes = append(notes, fmt.Sprintf("The street %q is longer than a QuickBooks address line (%d characters): it is sent as %d lines, split at its commas.", a.Street, maxAddrLine, len(lines)))
	}
	slots := []*string{&out.Addr1, &out.Addr2, &out.Addr3, &out.Addr4}
	for i, l := range lines {
		if i < len(slots) {
			*slots[i] = l
		}
	}
	for _, f := range []struct {
		name string
		v    *string
		max  int
	}{{"street line", &out.Addr1, maxAddrLine}, {"street line", &out.Addr2, maxAddrLine}, {"street line", &out.Addr3, maxAddrLine}, {"street line", &out.Addr4, maxAddrLine},
		{"city", &out.City, maxCity}, {"state", &out.State, maxState}, {"zip", &out.PostalCode, maxZip}} {
		if utf8.RuneCountInString(*f.v) > f.max {
			cut := string([]rune(*f.v)[:f.max])
			notes = append(notes, fmt.Sprintf("The %s %q is longer than QuickBooks allows (%d characters): sent as %q.", f.name, *f.v, f.max, cut))
			*f.v = cut
		}
	}
	return out, notes
}

// splitStreet splits a street at commas into at most four lines that each fit, joining parts
// back together while they fit.
func splitStreet(s string) []string {
	var lines []string
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if n := len(lines); n > 0 && utf8.RuneCountInString(lines[n-1])+2+utf8.RuneCountInString(p) <= maxAddrLine {
			lines[n-1] += ", " + p
			continue
		}
		lines = append(lines, p)
	}
	if len(lines) > 4 {
		lines[3] = strings.Join(lines[3:], ", ")
		lines = lines[:4]
	}
	return lines
}

// FromQuickBooks reads a QuickBooks address, as mirrored under prefix ("Ship", "Bill"), into
// Procore's shape: the street lines are joined with ", " (Procore has one street field).
func FromQuickBooks(fields map[string]string, prefix string) Address {
	var street []string
	for _, k := range []string{"Addr1", "Addr2", "Addr3", "Addr4", "Addr5"} {
		if v := strings.TrimSpace(fields[prefix+k]); v != "" {
			street = append(street, v)
		}
	}
	return Address{
		Street: strings.Join(street, ", "), City: fields[prefix+"City"], State: fields[prefix+"State"],
		Zip: fields[prefix+"PostalCode"], Country: fields[prefix+"Country"],
	}
}

// SameAddress reports whether a QuickBooks address (mirrored under prefix) already says what a
// would send, so no update is needed.
func SameAddress(fields map[string]string, prefix string, a Address) bool {
	qb := FromQuickBooks(fields, prefix)
	norm := func(s string) string {
		s, _ = qbxml.Latin1(s)
		return strings.ToLower(strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }), " "))
	}
	return norm(qb.Street) == norm(a.Street) && norm(qb.City) == norm(a.City) && norm(qb.State) == norm(a.State) && norm(qb.Zip) == norm(a.Zip)
}

// Oneline is an address on one line, for pages.
func (a Address) Oneline() string {
	var parts []string
	for _, p := range []string{a.Street, a.City, strings.TrimSpace(a.State + " " + a.Zip)} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}
