package qbxml

import "time"

// Bool returns a pointer for the optional boolean fields of requests, where nil means "leave
// QuickBooks' value alone" and false is a real value.
func Bool(v bool) *bool { return &v }

// Ref points at a QuickBooks list record by ListID (preferred: stable across renames) or by
// FullName ("Parent:Child").
type Ref struct {
	ListID   string `xml:"ListID"`
	FullName string `xml:"FullName"`
}

// RefByID and RefByName are shorthands for the two ways of addressing a list record.
func RefByID(listID string) *Ref     { return &Ref{ListID: listID} }
func RefByName(fullName string) *Ref { return &Ref{FullName: fullName} }

// Address is the qbXML AddressData group shared by bill/ship/vendor addresses.
type Address struct {
	Addr1      string `xml:"Addr1"`
	Addr2      string `xml:"Addr2"`
	Addr3      string `xml:"Addr3"`
	Addr4      string `xml:"Addr4"`
	Addr5      string `xml:"Addr5"`
	City       string `xml:"City"`
	State      string `xml:"State"`
	PostalCode string `xml:"PostalCode"`
	Country    string `xml:"Country"`
	Note       string `xml:"Note"`
}

func (a *Address) isEmpty() bool { return a == nil || *a == Address{} }

func (w *xmlWriter) address(name string, a *Address) {
	if a.isEmpty() || w.err != nil {
		return
	}
	w.open(name)
	w.text("Addr1", a.Addr1, 41)
	w.text("Addr2", a.Addr2, 41)
	w.text("Addr3", a.Addr3, 41)
	w.text("Addr4", a.Addr4, 41)
	w.text("Addr5", a.Addr5, 41)
	w.text("City", a.City, 31)
	w.text("State", a.State, 21)
	w.text("PostalCode", a.PostalCode, 13)
	w.text("Country", a.Country, 31)
	w.text("Note", a.Note, 41)
	w.close()
}

// PersonName is the PersonName group of customers and vendors.
type PersonName struct {
	Salutation string
	FirstName  string
	MiddleName string
	LastName   string
	Suffix     string
}

func (w *xmlWriter) personName(p PersonName) {
	w.text("Salutation", p.Salutation, 15)
	w.text("FirstName", p.FirstName, 25)
	w.text("MiddleName", p.MiddleName, 5)
	w.text("LastName", p.LastName, 25)
	w.text("Suffix", p.Suffix, 0)
}

// CommInfo is the CommInfo group (phones, email, contacts) of customers and vendors.
type CommInfo struct {
	Phone      string
	Mobile     string
	Pager      string
	AltPhone   string
	Fax        string
	Email      string
	Cc         string
	Contact    string
	AltContact string
}

func (w *xmlWriter) commInfo(c CommInfo) {
	w.text("Phone", c.Phone, 21)
	w.text("Mobile", c.Mobile, 21)
	w.text("Pager", c.Pager, 21)
	w.text("AltPhone", c.AltPhone, 21)
	w.text("Fax", c.Fax, 21)
	w.text("Email", c.Email, 1023)
	w.text("Cc", c.Cc, 1023)
	w.text("Contact", c.Contact, 41)
	w.text("AltContact", c.AltContact, 41)
}

// ActiveStatus filters list queries by the record's active flag.
type ActiveStatus string

const (
	ActiveOnly   ActiveStatus = "ActiveOnly"
	InactiveOnly ActiveStatus = "InactiveOnly"
	ActiveAll    ActiveStatus = "All"
)

// MatchCriterion is how a NameFilter compares names.
type MatchCriterion string

const (
	StartsWith MatchCriterion = "StartsWith"
	Contains   MatchCriterion = "Contains"
	EndsWith   MatchCriterion = "EndsWith"
)

// NameFilter selects list records whose Name matches.
type NameFilter struct {
	MatchCriterion MatchCriterion
	Name           string
}

// ListFilter is the schema's ListFilter group; it is written only when no ListIDs or FullNames
// are given, because the schema makes them alternatives.
type ListFilter struct {
	MaxReturned      int
	ActiveStatus     ActiveStatus
	FromModifiedDate time.Time
	ToModifiedDate   time.Time
	NameFilter       *NameFilter
}

// ListSelection is the choice at the start of every list query: explicit ListIDs, explicit
// FullNames, or a filter. Setting more than one is a caller bug and fails at build time.
type ListSelection struct {
	ListIDs   []string
	FullNames []string
	ListFilter
}

func (w *xmlWriter) listSelection(s ListSelection, extraFilter func()) {
	switch {
	case len(s.ListIDs) > 0 && len(s.FullNames) > 0:
		w.invalid("ListID", "", "give ListIDs or FullNames, not both")
	case len(s.ListIDs) > 0 || len(s.FullNames) > 0:
		if s.ListFilter != (ListFilter{}) {
			w.invalid("ListID", "", "ListIDs/FullNames cannot be combined with filters")
			return
		}
		for _, id := range s.ListIDs {
			w.id("ListID", id, 36)
		}
		for _, n := range s.FullNames {
			w.text("FullName", n, 0)
		}
	default:
		w.listFilter(s.ListFilter)
		if extraFilter != nil {
			extraFilter()
		}
	}
}

func (w *xmlWriter) listFilter(f ListFilter) {
	w.integer("MaxReturned", f.MaxReturned)
	w.enum("ActiveStatus", string(f.ActiveStatus), string(ActiveOnly), string(InactiveOnly), string(ActiveAll))
	w.dateTime("FromModifiedDate", f.FromModifiedDate)
	w.dateTime("ToModifiedDate", f.ToModifiedDate)
	if nf := f.NameFilter; nf != nil && w.err == nil {
		w.open("NameFilter")
		w.enum("MatchCriterion", string(nf.MatchCriterion), string(StartsWith), string(Contains), string(EndsWith))
		if nf.MatchCriterion == "" {
			w.invalid("MatchCriterion", "", "is required")
		}
		w.requiredText("Name", nf.Name, 0)
		w.close()
	}
}

// RetOptions ends most queries: IncludeRetElement limits the returned fields, OwnerID asks for
// custom fields (DataExt) — "0" for the public custom fields QuickBooks users see, or an
// application's own GUID such as the one holding Joblink's FileID.
type RetOptions struct {
	IncludeRetElement []string
	OwnerID           []string
}

func (w *xmlWriter) includeRetElements(names []string) {
	for _, n := range names {
		w.text("IncludeRetElement", n, 50)
	}
}

func (w *xmlWriter) retOptions(o RetOptions) {
	w.includeRetElements(o.IncludeRetElement)
	for _, id := range o.OwnerID {
		w.guid("OwnerID", id)
	}
}
