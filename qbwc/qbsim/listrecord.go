package qbsim

import (
	"strconv"
	"time"
)

// ListKind is the QuickBooks list a record belongs to.
type ListKind int

const (
	KindAccount ListKind = iota
	KindItemService
	KindItemNonInventory
	KindItemOtherCharge
	KindCustomer
	KindVendor
	KindEmployee
	KindOtherName
	// KindVendorType is the Vendor Type list (VendorTypeRef on vendors).
	KindVendorType
)

// nameSpace groups lists whose names must be unique together: customers,
// vendors, employees and other names share one (status 3100 across them),
// all item types share one, accounts and vendor types have their own.
type nameSpace int

const (
	nsAccount nameSpace = iota
	nsItem
	nsEntity
	nsVendorType
)

func (k ListKind) nameSpace() nameSpace {
	switch k {
	case KindAccount:
		return nsAccount
	case KindItemService, KindItemNonInventory, KindItemOtherCharge:
		return nsItem
	case KindVendorType:
		return nsVendorType
	default:
		return nsEntity
	}
}

// retName is the *Ret element for the kind.
func (k ListKind) retName() string {
	return [...]string{"AccountRet", "ItemServiceRet", "ItemNonInventoryRet", "ItemOtherChargeRet",
		"CustomerRet", "VendorRet", "EmployeeRet", "OtherNameRet", "VendorTypeRet"}[k]
}

// refNoun is how QuickBooks names the list in 3140 messages.
func (k ListKind) refNoun() string {
	switch k.nameSpace() {
	case nsAccount:
		return "Account"
	case nsItem:
		return "Item"
	case nsVendorType:
		return "Vendor Type"
	}
	return [...]string{KindCustomer: "Customer", KindVendor: "Vendor", KindEmployee: "Employee", KindOtherName: "Other Name"}[k]
}

// hierarchical lists have ParentRef, FullName "A:B" and Sublevel.
func (k ListKind) hierarchical() bool {
	switch k {
	case KindVendor, KindEmployee, KindOtherName:
		return false
	}
	return true
}

// hasFullName: VendorRet, EmployeeRet and OtherNameRet carry only Name.
func (k ListKind) hasFullName() bool { return k.hierarchical() }

// listRecord is one list element. The fields QuickBooks computes or that
// identify the record are held as Go values; everything else the client
// sent is kept as Ret-shaped elements in body, so any field in the schema
// round-trips without a struct field per field.
type listRecord struct {
	kind     ListKind
	listID   string
	name     string
	parentID string
	active   bool
	created  time.Time
	modified time.Time
	editSeq  string
	body     []*element
}

func (c *Company) fullName(r *listRecord) string {
	if r.parentID == "" {
		return r.name
	}
	if p := c.lists[r.parentID]; p != nil {
		return c.fullName(p) + ":" + r.name
	}
	return r.name
}

func (c *Company) sublevel(r *listRecord) int {
	n := 0
	for p := c.lists[r.parentID]; p != nil; p = c.lists[p.parentID] {
		n++
	}
	return n
}

// renderList builds the *Ret element for a record, in schema order.
func (c *Company) renderList(r *listRecord) *element {
	ret := newElement(r.kind.retName(),
		textElement("ListID", r.listID),
		textElement("TimeCreated", c.stamp(r.created)),
		textElement("TimeModified", c.stamp(r.modified)),
		textElement("EditSequence", r.editSeq),
		textElement("Name", r.name),
	)
	if r.kind.hasFullName() {
		ret.add(textElement("FullName", c.fullName(r)))
	}
	ret.add(textElement("IsActive", strconv.FormatBool(r.active)))
	if r.kind.hierarchical() {
		if p := c.lists[r.parentID]; p != nil {
			ret.add(c.refTo("ParentRef", p))
		}
		ret.add(textElement("Sublevel", strconv.Itoa(c.sublevel(r))))
	}
	for _, b := range r.body {
		ret.add(c.resolveRefs(b.clone()))
	}
	orderBySchema(ret)
	return ret
}

// refTo builds a reference aggregate with the record's current FullName.
func (c *Company) refTo(name string, r *listRecord) *element {
	full := r.name
	if r.kind.hasFullName() {
		full = c.fullName(r)
	}
	return newElement(name, textElement("ListID", r.listID), textElement("FullName", full))
}

// resolveRefs refreshes FullName in every *Ref that points at a record of
// this company, so renaming a parent or vendor shows in later responses as
// it does in QuickBooks (references are by ListID internally).
func (c *Company) resolveRefs(e *element) *element {
	if id := e.childText("ListID"); id != "" && len(e.name) > 3 && e.name[len(e.name)-3:] == "Ref" {
		if r := c.lists[id]; r != nil {
			return c.refTo(e.name, r)
		}
	}
	for i, k := range e.children {
		e.children[i] = c.resolveRefs(k)
	}
	return e
}
