package qbsim

import "strings"

var (
	accountKinds = []ListKind{KindAccount}
	itemKinds    = []ListKind{KindItemService, KindItemNonInventory, KindItemOtherCharge}
	entityKinds  = []ListKind{KindCustomer, KindVendor, KindEmployee, KindOtherName}
)

// refKinds lists the references the simulator enforces and what they must
// point at. Other references (ClassRef, TermsRef, SalesTaxCodeRef, ...)
// name lists the simulator does not model and are stored as sent.
var refKinds = map[string][]ListKind{
	"AccountRef":             accountKinds,
	"IncomeAccountRef":       accountKinds,
	"ExpenseAccountRef":      accountKinds,
	"COGSAccountRef":         accountKinds,
	"AssetAccountRef":        accountKinds,
	"APAccountRef":           accountKinds,
	"OverrideItemAccountRef": accountKinds,
	"PrefVendorRef":          {KindVendor},
	"VendorRef":              {KindVendor},
	"CustomerRef":            {KindCustomer},
	"ShipToEntityRef":        entityKinds,
	"PayeeEntityRef":         entityKinds,
	"ItemRef":                itemKinds,
	"EntityRef":              entityKinds, // journal entry lines
	"VendorTypeRef":          {KindVendorType},
}

// resolveRef finds the record a reference names among the kinds. ListID
// takes precedence over FullName, as in QuickBooks.
func (c *Company) resolveRef(ref *element, kinds []ListKind) *listRecord {
	var found *listRecord
	if id := ref.childText("ListID"); id != "" {
		found = c.lists[id]
	} else if name := ref.childText("FullName"); name != "" {
		found = c.lookupName(kinds[0].nameSpace(), name)
	}
	if found == nil {
		return nil
	}
	for _, k := range kinds {
		if found.kind == k {
			return found
		}
	}
	return nil
}

func refValue(ref *element) string {
	if v := ref.childText("FullName"); v != "" {
		return v
	}
	return ref.childText("ListID")
}

// checkRefs verifies every enforced reference below e and rewrites it to
// {ListID, FullName} so stored data refers by ListID. where is the object
// noun used in the 3140 message ("Bill"); references inside a line
// aggregate say "Bill line" as QuickBooks does.
func (c *Company) checkRefs(e *element, where string) (status, bool) {
	for i, k := range e.children {
		if kinds, ok := refKinds[k.name]; ok {
			r := c.resolveRef(k, kinds)
			if r == nil {
				return errInvalidRef(kinds[0].refNoun(), refValue(k), where), false
			}
			e.children[i] = c.refTo(k.name, r)
			continue
		}
		inner := where
		if strings.Contains(k.name, "Line") && !strings.HasSuffix(where, " line") {
			inner = where + " line"
		}
		if st, ok := c.checkRefs(k, inner); !ok {
			return st, false
		}
	}
	return statusOK, true
}
