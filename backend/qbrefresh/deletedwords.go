package qbrefresh

import (
	"strings"
	"unicode"

	"joblink/backend/qbmirror"
)

// listDelTypes are the ListDelType values of the mirrored lists: every item type ItemQuery
// returns, not only service items, since the mirror keeps them all.
var listDelTypes = map[string]qbmirror.Kind{
	"Account":               qbmirror.Accounts,
	"ItemService":           qbmirror.Items,
	"ItemNonInventory":      qbmirror.Items,
	"ItemOtherCharge":       qbmirror.Items,
	"ItemInventory":         qbmirror.Items,
	"ItemInventoryAssembly": qbmirror.Items,
	"ItemFixedAsset":        qbmirror.Items,
	"ItemSubtotal":          qbmirror.Items,
	"ItemDiscount":          qbmirror.Items,
	"ItemPayment":           qbmirror.Items,
	"ItemSalesTax":          qbmirror.Items,
	"ItemSalesTaxGroup":     qbmirror.Items,
	"ItemGroup":             qbmirror.Items,
	"Vendor":                qbmirror.Vendors,
	"Customer":              qbmirror.Customers,
}

// mirroredDelTypes is listDelTypes' keys in a stable order, for the query and its memo.
var mirroredDelTypes = []string{
	"Account", "ItemService", "ItemNonInventory", "ItemOtherCharge", "ItemInventory", "ItemInventoryAssembly",
	"ItemFixedAsset", "ItemSubtotal", "ItemDiscount", "ItemPayment", "ItemSalesTax", "ItemSalesTaxGroup",
	"ItemGroup", "Vendor", "Customer",
}

// deletedWhat names a deleted record the way a bookkeeper would: "service item", "vendor",
// "job", "purchase order". QuickBooks calls jobs customers; a job is a customer below another.
func deletedWhat(delType, fullName string) string {
	switch {
	case delType == "Customer" && strings.Contains(fullName, ":"):
		return "job"
	case delType == "ItemNonInventory":
		return "non-inventory item"
	case strings.HasPrefix(delType, "Item") && len(delType) > len("Item"):
		return words(strings.TrimPrefix(delType, "Item")) + " item"
	}
	return words(delType)
}

// mirrorWhat names a record the mirror held, for one QuickBooks no longer has.
func mirrorWhat(r qbmirror.Record) string {
	switch r.Kind {
	case qbmirror.Items:
		if r.Type == "" {
			return "item"
		}
		return deletedWhat("Item"+r.Type, r.FullName)
	case qbmirror.Customers:
		if r.Sublevel > 0 {
			return "job"
		}
		return "customer"
	}
	return string(r.Kind)
}

// words splits a qbXML name into lower-case words: "PurchaseOrder" → "purchase order".
func words(name string) string {
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte(' ')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
