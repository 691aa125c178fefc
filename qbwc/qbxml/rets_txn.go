package qbxml

// TxnCore is what every transaction record starts with.
type TxnCore struct {
	TxnID        string `xml:"TxnID"`
	TimeCreated  string `xml:"TimeCreated"`
	TimeModified string `xml:"TimeModified"`
	EditSequence string `xml:"EditSequence"`
	TxnNumber    int    `xml:"TxnNumber"`
}

// LinkedTxn is a transaction linked to another (a bill received against a PO, an invoice
// created from an estimate).
type LinkedTxn struct {
	TxnID     string  `xml:"TxnID"`
	TxnType   string  `xml:"TxnType"`
	TxnDate   string  `xml:"TxnDate"`
	RefNumber string  `xml:"RefNumber"`
	LinkType  string  `xml:"LinkType"`
	Amount    Decimal `xml:"Amount"`
}

// TxnLine is the line shape shared by estimate, purchase-order and bill item lines; fields a
// line type does not have stay empty. CustomerRef on purchase lines is the job being costed.
type TxnLine struct {
	TxnLineID        string  `xml:"TxnLineID"`
	ItemRef          Ref     `xml:"ItemRef"`
	Desc             string  `xml:"Desc"`
	Quantity         Decimal `xml:"Quantity"`
	UnitOfMeasure    string  `xml:"UnitOfMeasure"`
	Rate             Decimal `xml:"Rate"`
	Cost             Decimal `xml:"Cost"`
	ClassRef         Ref     `xml:"ClassRef"`
	Amount           Decimal `xml:"Amount"`
	CustomerRef      Ref     `xml:"CustomerRef"`
	ServiceDate      string  `xml:"ServiceDate"`
	BillableStatus   string  `xml:"BillableStatus"`
	MarkupRate       Decimal `xml:"MarkupRate"`
	ReceivedQuantity Decimal `xml:"ReceivedQuantity"`
	IsBilled         bool    `xml:"IsBilled"`
	IsManuallyClosed bool    `xml:"IsManuallyClosed"`
}

// ExpenseLine is a bill/check/credit-card expense line: an account, an amount and the job.
type ExpenseLine struct {
	TxnLineID      string  `xml:"TxnLineID"`
	AccountRef     Ref     `xml:"AccountRef"`
	Amount         Decimal `xml:"Amount"`
	Memo           string  `xml:"Memo"`
	CustomerRef    Ref     `xml:"CustomerRef"`
	ClassRef       Ref     `xml:"ClassRef"`
	BillableStatus string  `xml:"BillableStatus"`
}

// EstimateRet is an estimate (a Procore budget in Joblink).
type EstimateRet struct {
	TxnCore
	CustomerRef  Ref          `xml:"CustomerRef"`
	ClassRef     Ref          `xml:"ClassRef"`
	TxnDate      string       `xml:"TxnDate"`
	RefNumber    string       `xml:"RefNumber"`
	BillAddress  Address      `xml:"BillAddress"`
	ShipAddress  Address      `xml:"ShipAddress"`
	IsActive     bool         `xml:"IsActive"`
	PONumber     string       `xml:"PONumber"`
	DueDate      string       `xml:"DueDate"`
	Subtotal     Decimal      `xml:"Subtotal"`
	TotalAmount  Decimal      `xml:"TotalAmount"`
	Memo         string       `xml:"Memo"`
	ExternalGUID string       `xml:"ExternalGUID"` // as given on EstimateAdd: finds it again
	LinkedTxn    []LinkedTxn  `xml:"LinkedTxn"`
	Lines        []TxnLine    `xml:"EstimateLineRet"`
	DataExtRet   []DataExtRet `xml:"DataExtRet"`
}

func (*EstimateRet) RetElement() string { return "EstimateRet" }

// PurchaseOrderRet is a purchase order (a Procore commitment in Joblink).
type PurchaseOrderRet struct {
	TxnCore
	VendorRef        Ref          `xml:"VendorRef"`
	ClassRef         Ref          `xml:"ClassRef"`
	ShipToEntityRef  Ref          `xml:"ShipToEntityRef"`
	TxnDate          string       `xml:"TxnDate"`
	RefNumber        string       `xml:"RefNumber"`
	VendorAddress    Address      `xml:"VendorAddress"`
	ShipAddress      Address      `xml:"ShipAddress"`
	DueDate          string       `xml:"DueDate"`
	ExpectedDate     string       `xml:"ExpectedDate"`
	TotalAmount      Decimal      `xml:"TotalAmount"`
	IsManuallyClosed bool         `xml:"IsManuallyClosed"`
	IsFullyReceived  bool         `xml:"IsFullyReceived"`
	Memo             string       `xml:"Memo"`
	ExternalGUID     string       `xml:"ExternalGUID"` // as given on PurchaseOrderAdd: finds it again
	LinkedTxn        []LinkedTxn  `xml:"LinkedTxn"`
	Lines            []TxnLine    `xml:"PurchaseOrderLineRet"`
	DataExtRet       []DataExtRet `xml:"DataExtRet"`
}

func (*PurchaseOrderRet) RetElement() string { return "PurchaseOrderRet" }

// BillRet is a vendor bill (a subcontractor invoice); its lines carry the job costs.
type BillRet struct {
	TxnCore
	VendorRef    Ref           `xml:"VendorRef"`
	APAccountRef Ref           `xml:"APAccountRef"`
	TxnDate      string        `xml:"TxnDate"`
	DueDate      string        `xml:"DueDate"`
	AmountDue    Decimal       `xml:"AmountDue"`
	RefNumber    string        `xml:"RefNumber"`
	TermsRef     Ref           `xml:"TermsRef"`
	Memo         string        `xml:"Memo"`
	IsPaid       bool          `xml:"IsPaid"`
	LinkedTxn    []LinkedTxn   `xml:"LinkedTxn"`
	ExpenseLines []ExpenseLine `xml:"ExpenseLineRet"`
	ItemLines    []TxnLine     `xml:"ItemLineRet"`
	OpenAmount   Decimal       `xml:"OpenAmount"`
	DataExtRet   []DataExtRet  `xml:"DataExtRet"`
}

func (*BillRet) RetElement() string { return "BillRet" }

// BillPaymentCheckRet is a check paying one or more bills.
type BillPaymentCheckRet struct {
	TxnCore
	PayeeEntityRef Ref     `xml:"PayeeEntityRef"`
	APAccountRef   Ref     `xml:"APAccountRef"`
	TxnDate        string  `xml:"TxnDate"`
	BankAccountRef Ref     `xml:"BankAccountRef"`
	Amount         Decimal `xml:"Amount"`
	RefNumber      string  `xml:"RefNumber"`
	Memo           string  `xml:"Memo"`
	AppliedToTxn   []struct {
		TxnID            string  `xml:"TxnID"`
		TxnType          string  `xml:"TxnType"`
		TxnDate          string  `xml:"TxnDate"`
		RefNumber        string  `xml:"RefNumber"`
		BalanceRemaining Decimal `xml:"BalanceRemaining"`
		Amount           Decimal `xml:"Amount"`
		DiscountAmount   Decimal `xml:"DiscountAmount"`
	} `xml:"AppliedToTxnRet"`
	DataExtRet []DataExtRet `xml:"DataExtRet"`
}

func (*BillPaymentCheckRet) RetElement() string { return "BillPaymentCheckRet" }

// TransactionRet is the thin change-feed record of TransactionQuery: enough to know what
// changed, then fetch details by TxnID.
type TransactionRet struct {
	TxnType      string  `xml:"TxnType"`
	TxnID        string  `xml:"TxnID"`
	TxnLineID    string  `xml:"TxnLineID"`
	TimeCreated  string  `xml:"TimeCreated"`
	TimeModified string  `xml:"TimeModified"`
	EntityRef    Ref     `xml:"EntityRef"`
	AccountRef   Ref     `xml:"AccountRef"`
	TxnDate      string  `xml:"TxnDate"`
	RefNumber    string  `xml:"RefNumber"`
	Amount       Decimal `xml:"Amount"`
	Memo         string  `xml:"Memo"`
}

func (*TransactionRet) RetElement() string { return "TransactionRet" }

// TxnDeletedRet reports a deleted transaction.
type TxnDeletedRet struct {
	TxnDelType  string `xml:"TxnDelType"`
	TxnID       string `xml:"TxnID"`
	TimeCreated string `xml:"TimeCreated"`
	TimeDeleted string `xml:"TimeDeleted"`
	RefNumber   string `xml:"RefNumber"`
}

func (*TxnDeletedRet) RetElement() string { return "TxnDeletedRet" }

// The records below are the other transactions that carry job costs. They are registered in
// retTypes here (see init) so that check, credit-card, item-receipt and journal responses decode
// instead of coming back as UnknownRet.

func init() {
	retTypes["CheckRet"] = func() Ret { return new(CheckRet) }
	retTypes["CreditCardChargeRet"] = func() Ret { return new(CreditCardChargeRet) }
	retTypes["ItemReceiptRet"] = func() Ret { return new(ItemReceiptRet) }
	retTypes["JournalEntryRet"] = func() Ret { return new(JournalEntryRet) }
}

// ItemGroupLine is an item-group line of a purchase transaction (ItemGroupLineRet): a group item
// expanded into its ItemLineRet lines, which carry the costs.
type ItemGroupLine struct {
	TxnLineID     string    `xml:"TxnLineID"`
	ItemGroupRef  Ref       `xml:"ItemGroupRef"`
	Desc          string    `xml:"Desc"`
	Quantity      Decimal   `xml:"Quantity"`
	UnitOfMeasure string    `xml:"UnitOfMeasure"`
	TotalAmount   Decimal   `xml:"TotalAmount"`
	Lines         []TxnLine `xml:"ItemLineRet"`
}

// CheckRet is a check written directly (not a bill payment); its expense and item lines carry
// job costs through CustomerRef. AccountRef is the bank account drawn on.
type CheckRet struct {
	TxnCore
	AccountRef     Ref             `xml:"AccountRef"`
	PayeeEntityRef Ref             `xml:"PayeeEntityRef"`
	RefNumber      string          `xml:"RefNumber"`
	TxnDate        string          `xml:"TxnDate"`
	Amount         Decimal         `xml:"Amount"`
	Memo           string          `xml:"Memo"`
	IsToBePrinted  bool            `xml:"IsToBePrinted"`
	LinkedTxn      []LinkedTxn     `xml:"LinkedTxn"`
	ExpenseLines   []ExpenseLine   `xml:"ExpenseLineRet"`
	ItemLines      []TxnLine       `xml:"ItemLineRet"`
	ItemGroupLines []ItemGroupLine `xml:"ItemGroupLineRet"`
	DataExtRet     []DataExtRet    `xml:"DataExtRet"`
}

func (*CheckRet) RetElement() string { return "CheckRet" }

// CreditCardChargeRet is a purchase on a company credit card; AccountRef is the card's account.
type CreditCardChargeRet struct {
	TxnCore
	AccountRef     Ref             `xml:"AccountRef"`
	PayeeEntityRef Ref             `xml:"PayeeEntityRef"`
	TxnDate        string          `xml:"TxnDate"`
	Amount         Decimal         `xml:"Amount"`
	RefNumber      string          `xml:"RefNumber"`
	Memo           string          `xml:"Memo"`
	ExpenseLines   []ExpenseLine   `xml:"ExpenseLineRet"`
	ItemLines      []TxnLine       `xml:"ItemLineRet"`
	ItemGroupLines []ItemGroupLine `xml:"ItemGroupLineRet"`
	DataExtRet     []DataExtRet    `xml:"DataExtRet"`
}

func (*CreditCardChargeRet) RetElement() string { return "CreditCardChargeRet" }

// ItemReceiptRet records goods received from a vendor (usually against a purchase order, see
// LinkedTxn) before the bill; its lines carry job costs like a bill's.
type ItemReceiptRet struct {
	TxnCore
	VendorRef           Ref             `xml:"VendorRef"`
	APAccountRef        Ref             `xml:"APAccountRef"`
	LiabilityAccountRef Ref             `xml:"LiabilityAccountRef"`
	TxnDate             string          `xml:"TxnDate"`
	TotalAmount         Decimal         `xml:"TotalAmount"`
	RefNumber           string          `xml:"RefNumber"`
	Memo                string          `xml:"Memo"`
	LinkedTxn           []LinkedTxn     `xml:"LinkedTxn"`
	ExpenseLines        []ExpenseLine   `xml:"ExpenseLineRet"`
	ItemLines           []TxnLine       `xml:"ItemLineRet"`
	ItemGroupLines      []ItemGroupLine `xml:"ItemGroupLineRet"`
	DataExtRet          []DataExtRet    `xml:"DataExtRet"`
}

func (*ItemReceiptRet) RetElement() string { return "ItemReceiptRet" }

// JournalLine is a debit or credit line of a journal entry. EntityRef is the customer/job (or
// vendor, employee) the amount is assigned to — how a journal entry moves cost between jobs.
type JournalLine struct {
	TxnLineID      string  `xml:"TxnLineID"`
	AccountRef     Ref     `xml:"AccountRef"`
	Amount         Decimal `xml:"Amount"`
	Memo           string  `xml:"Memo"`
	EntityRef      Ref     `xml:"EntityRef"`
	ClassRef       Ref     `xml:"ClassRef"`
	BillableStatus string  `xml:"BillableStatus"`
}

// JournalEntryRet is a general journal entry. QuickBooks interleaves debit and credit lines in
// entry order; they are kept in two lists here, each in document order.
type JournalEntryRet struct {
	TxnCore
	TxnDate      string        `xml:"TxnDate"`
	RefNumber    string        `xml:"RefNumber"`
	Memo         string        `xml:"Memo"`
	IsAdjustment bool          `xml:"IsAdjustment"`
	DebitLines   []JournalLine `xml:"JournalDebitLine"`
	CreditLines  []JournalLine `xml:"JournalCreditLine"`
	DataExtRet   []DataExtRet  `xml:"DataExtRet"`
}

func (*JournalEntryRet) RetElement() string { return "JournalEntryRet" }
