package qbxml

import "time"

// listDelTypes is the ListDelType enumeration of ListDeletedQuery (qbxml130.xsd).
var listDelTypes = []string{
	"Account", "BillingRate", "Class", "Currency", "Customer", "CustomerMsg", "CustomerType", "DateDrivenTerms",
	"Employee", "InventorySite", "ItemDiscount", "ItemFixedAsset", "ItemGroup", "ItemInventory",
	"ItemInventoryAssembly", "ItemNonInventory", "ItemOtherCharge", "ItemPayment", "ItemSalesTax",
	"ItemSalesTaxGroup", "ItemService", "ItemSubtotal", "JobType", "OtherName", "PaymentMethod",
	"PayrollItemNonWage", "PayrollItemWage", "PriceLevel", "SalesRep", "SalesTaxCode", "ShipMethod",
	"StandardTerms", "ToDo", "UnitOfMeasureSet", "Vehicle", "Vendor", "VendorType", "WorkersCompCode",
}

// ListDeletedQuery lists list records (accounts, items, customers and jobs, vendors …) deleted in
// QuickBooks, by type (at least one), optionally within a deletion-time range. Both bounds
// are inclusive and, like every QuickBooks time, whole seconds. QuickBooks keeps this log for a
// limited time only (90 days per Conductor's API documentation; not confirmed by Intuit), so
// a deleted record can only be learnt of this way while it is recent. It is not
// iterator-capable: one answer carries every match.
type ListDeletedQuery struct {
	ListDelTypes      []string // "Account", "ItemService", "Vendor", "Customer" …
	FromDeletedDate   time.Time
	ToDeletedDate     time.Time
	IncludeRetElement []string
}

func (ListDeletedQuery) rqName() string { return "ListDeletedQueryRq" }

func (q ListDeletedQuery) writeBody(w *xmlWriter) {
	if len(q.ListDelTypes) == 0 {
		w.invalid("ListDelType", "", "is required (at least one list type)")
		return
	}
	for _, t := range q.ListDelTypes {
		w.enum("ListDelType", t, listDelTypes...)
	}
	w.dateRange("DeletedDateRangeFilter", "FromDeletedDate", "ToDeletedDate", q.FromDeletedDate, q.ToDeletedDate, "", true)
	w.includeRetElements(q.IncludeRetElement)
}

// ListDeletedRet reports a deleted list record: its type, ListID and the full name it had
// (vendors, which have no FullName elsewhere, are reported by name). Times are as QuickBooks
// wrote them, with its machine's offset.
type ListDeletedRet struct {
	ListDelType string `xml:"ListDelType"`
	ListID      string `xml:"ListID"`
	TimeCreated string `xml:"TimeCreated"`
	TimeDeleted string `xml:"TimeDeleted"`
	FullName    string `xml:"FullName"`
}

func (*ListDeletedRet) RetElement() string { return "ListDeletedRet" }

func init() {
	retTypes["ListDeletedRet"] = func() Ret { return new(ListDeletedRet) }
}
