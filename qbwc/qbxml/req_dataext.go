package qbxml

// DataExt values (custom fields) are what Joblink uses to recognise a company file: a "FileID"
// DataExt on the company, under Joblink's own OwnerID, read back from the HCP response. The same
// requests can also write a custom field on a list record or a transaction.

var (
	listDataExtTypes = []string{"Account", "Customer", "Employee", "Item", "OtherName", "Vendor"}
	txnDataExtTypes  = []string{
		"ARRefundCreditCard", "Bill", "BillPaymentCheck", "BillPaymentCreditCard", "BuildAssembly",
		"Charge", "Check", "CreditCardCharge", "CreditCardCredit", "CreditMemo", "Deposit", "Estimate",
		"InventoryAdjustment", "Invoice", "ItemReceipt", "JournalEntry", "PurchaseOrder",
		"ReceivePayment", "SalesOrder", "SalesReceipt", "SalesTaxPaymentCheck", "VendorCredit",
	}
)

// DataExtTarget says which object a DataExt value belongs to: set exactly one of Company, a list
// record (ListDataExtType + ListObjRef) or a transaction (TxnDataExtType + TxnID).
type DataExtTarget struct {
	Company bool

	ListDataExtType string // Account, Customer, Employee, Item, OtherName, Vendor
	ListObjRef      *Ref

	TxnDataExtType string // Bill, Estimate, PurchaseOrder, …
	TxnID          string
	TxnLineID      string
}

// DataExtValue is one custom-field value: OwnerID is the application GUID ("0" = the public
// custom fields QuickBooks users see), DataExtName ≤31 characters.
type DataExtValue struct {
	OwnerID     string
	DataExtName string
	DataExtTarget
	DataExtValue string
}

// DataExtAdd creates a custom-field value (the definition must exist: DataExtDefAdd).
type DataExtAdd struct{ DataExtValue }

func (DataExtAdd) rqName() string { return "DataExtAddRq" }

func (r DataExtAdd) writeBody(w *xmlWriter) { r.DataExtValue.write(w, "DataExtAdd") }

// DataExtMod replaces a custom-field value.
type DataExtMod struct{ DataExtValue }

func (DataExtMod) rqName() string { return "DataExtModRq" }

func (r DataExtMod) writeBody(w *xmlWriter) { r.DataExtValue.write(w, "DataExtMod") }

func (d DataExtValue) write(w *xmlWriter, element string) {
	w.open(element)
	if d.OwnerID == "" {
		w.invalid("OwnerID", "", "is required")
	}
	w.guid("OwnerID", d.OwnerID)
	w.requiredText("DataExtName", d.DataExtName, 31)
	t := d.DataExtTarget
	targets := 0
	for _, set := range []bool{t.Company, t.ListDataExtType != "", t.TxnDataExtType != ""} {
		if set {
			targets++
		}
	}
	if targets != 1 {
		w.invalid("DataExtTarget", "", "set exactly one of Company, ListDataExtType or TxnDataExtType")
	}
	switch {
	case t.ListDataExtType != "":
		w.enum("ListDataExtType", t.ListDataExtType, listDataExtTypes...)
		w.requiredRef("ListObjRef", t.ListObjRef, 159)
	case t.TxnDataExtType != "":
		w.enum("TxnDataExtType", t.TxnDataExtType, txnDataExtTypes...)
		w.requiredID("TxnID", t.TxnID, 36)
		w.id("TxnLineID", t.TxnLineID, 36)
	case t.Company:
		w.raw("OtherDataExtType", "Company")
	}
	// DataExtValue is required but may legitimately be empty (clearing a value), so it is
	// always written.
	if w.err == nil {
		before := w.buf.Len()
		w.text("DataExtValue", d.DataExtValue, 0)
		if w.buf.Len() == before && w.err == nil {
			w.raw("DataExtValue", "")
		}
	}
	w.close()
}
