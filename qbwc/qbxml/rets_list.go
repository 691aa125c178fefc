package qbxml

import "encoding/xml"

// Ret is a decoded record (an *Ret element) of a response.
type Ret interface {
	// RetElement is the record's element name, e.g. "CustomerRet".
	RetElement() string
}

// UnknownRet stands for a record type this package does not decode; its content was skipped.
type UnknownRet struct{ Element string }

func (r *UnknownRet) RetElement() string { return r.Element }

// retTypes maps record element names to constructors; records of other names become UnknownRet.
var retTypes = map[string]func() Ret{
	"HostRet":             func() Ret { return new(HostRet) },
	"CompanyRet":          func() Ret { return new(CompanyRet) },
	"PreferencesRet":      func() Ret { return new(PreferencesRet) },
	"AccountRet":          func() Ret { return new(AccountRet) },
	"ItemServiceRet":      func() Ret { return new(ItemServiceRet) },
	"CustomerRet":         func() Ret { return new(CustomerRet) },
	"VendorRet":           func() Ret { return new(VendorRet) },
	"DataExtRet":          func() Ret { return new(DataExtRet) },
	"EstimateRet":         func() Ret { return new(EstimateRet) },
	"PurchaseOrderRet":    func() Ret { return new(PurchaseOrderRet) },
	"BillRet":             func() Ret { return new(BillRet) },
	"BillPaymentCheckRet": func() Ret { return new(BillPaymentCheckRet) },
	"TransactionRet":      func() Ret { return new(TransactionRet) },
	"TxnDeletedRet":       func() Ret { return new(TxnDeletedRet) },
}

// itemRetElements are the other item types an ItemQuery returns; they share ItemRet.
var itemRetElements = []string{
	"ItemNonInventoryRet", "ItemOtherChargeRet", "ItemInventoryRet", "ItemInventoryAssemblyRet",
	"ItemFixedAssetRet", "ItemSubtotalRet", "ItemDiscountRet", "ItemPaymentRet", "ItemSalesTaxRet",
	"ItemSalesTaxGroupRet", "ItemGroupRet",
}

func init() {
	for _, name := range itemRetElements {
		retTypes[name] = func() Ret { return new(ItemRet) }
	}
}

func newRet(element string) Ret {
	if f, ok := retTypes[element]; ok {
		return f()
	}
	return nil
}

// ListCore is what every list record starts with. EditSequence must be sent back unchanged
// in a Mod; TimeCreated/TimeModified are kept as QuickBooks wrote them (local time with offset).
type ListCore struct {
	ListID       string `xml:"ListID"`
	TimeCreated  string `xml:"TimeCreated"`
	TimeModified string `xml:"TimeModified"`
	EditSequence string `xml:"EditSequence"`
}

// DataExtRet is a custom-field value, returned inside records when the query asked for an
// OwnerID, and on its own by DataExtAdd/DataExtMod.
type DataExtRet struct {
	OwnerID      string `xml:"OwnerID"`
	DataExtName  string `xml:"DataExtName"`
	DataExtType  string `xml:"DataExtType"`
	DataExtValue string `xml:"DataExtValue"`
}

func (*DataExtRet) RetElement() string { return "DataExtRet" }

// HostRet describes the QuickBooks product answering the requests.
type HostRet struct {
	ProductName           string   `xml:"ProductName"`
	MajorVersion          string   `xml:"MajorVersion"`
	MinorVersion          string   `xml:"MinorVersion"`
	Country               string   `xml:"Country"`
	SupportedQBXMLVersion []string `xml:"SupportedQBXMLVersion"`
	IsAutomaticLogin      bool     `xml:"IsAutomaticLogin"`
	QBFileMode            string   `xml:"QBFileMode"`
}

func (*HostRet) RetElement() string { return "HostRet" }

// CompanyRet is the company record (name, address, custom fields such as Joblink's FileID).
type CompanyRet struct {
	IsSampleCompany  bool         `xml:"IsSampleCompany"`
	CompanyName      string       `xml:"CompanyName"`
	LegalCompanyName string       `xml:"LegalCompanyName"`
	Address          Address      `xml:"Address"`
	LegalAddress     Address      `xml:"LegalAddress"`
	Phone            string       `xml:"Phone"`
	Email            string       `xml:"Email"`
	CompanyType      string       `xml:"CompanyType"`
	EIN              string       `xml:"EIN"`
	DataExtRet       []DataExtRet `xml:"DataExtRet"`
}

func (*CompanyRet) RetElement() string { return "CompanyRet" }

// PreferencesRet carries the company preferences Joblink's sync depends on.
type PreferencesRet struct {
	AccountingPreferences struct {
		IsUsingAccountNumbers bool   `xml:"IsUsingAccountNumbers"`
		IsUsingClassTracking  bool   `xml:"IsUsingClassTracking"`
		IsUsingAuditTrail     bool   `xml:"IsUsingAuditTrail"`
		ClosingDate           string `xml:"ClosingDate"`
	} `xml:"AccountingPreferences"`
	JobsAndEstimatesPreferences struct {
		IsUsingEstimates         bool `xml:"IsUsingEstimates"`
		IsUsingProgressInvoicing bool `xml:"IsUsingProgressInvoicing"`
	} `xml:"JobsAndEstimatesPreferences"`
	MultiCurrencyPreferences struct {
		IsMultiCurrencyOn bool `xml:"IsMultiCurrencyOn"`
		HomeCurrencyRef   Ref  `xml:"HomeCurrencyRef"`
	} `xml:"MultiCurrencyPreferences"`
	PurchasesAndVendorsPreferences struct {
		IsUsingInventory bool `xml:"IsUsingInventory"`
	} `xml:"PurchasesAndVendorsPreferences"`
}

func (*PreferencesRet) RetElement() string { return "PreferencesRet" }

// AccountRet is one account of the chart of accounts.
type AccountRet struct {
	ListCore
	Name               string       `xml:"Name"`
	FullName           string       `xml:"FullName"`
	IsActive           bool         `xml:"IsActive"`
	ParentRef          Ref          `xml:"ParentRef"`
	Sublevel           int          `xml:"Sublevel"`
	AccountType        string       `xml:"AccountType"`
	DetailAccountType  string       `xml:"DetailAccountType"`
	SpecialAccountType string       `xml:"SpecialAccountType"`
	AccountNumber      string       `xml:"AccountNumber"`
	Desc               string       `xml:"Desc"`
	Balance            Decimal      `xml:"Balance"`
	TotalBalance       Decimal      `xml:"TotalBalance"`
	CurrencyRef        Ref          `xml:"CurrencyRef"`
	DataExtRet         []DataExtRet `xml:"DataExtRet"`
}

func (*AccountRet) RetElement() string { return "AccountRet" }

// ItemServiceRet is a service item (a Procore cost code in Joblink).
type ItemServiceRet struct {
	ListCore
	Name            string `xml:"Name"`
	FullName        string `xml:"FullName"`
	IsActive        bool   `xml:"IsActive"`
	ClassRef        Ref    `xml:"ClassRef"`
	ParentRef       Ref    `xml:"ParentRef"`
	Sublevel        int    `xml:"Sublevel"`
	SalesTaxCodeRef Ref    `xml:"SalesTaxCodeRef"`
	SalesOrPurchase *struct {
		Desc         string  `xml:"Desc"`
		Price        Decimal `xml:"Price"`
		PricePercent Decimal `xml:"PricePercent"`
		AccountRef   Ref     `xml:"AccountRef"`
	} `xml:"SalesOrPurchase"`
	SalesAndPurchase *struct {
		SalesDesc         string  `xml:"SalesDesc"`
		SalesPrice        Decimal `xml:"SalesPrice"`
		IncomeAccountRef  Ref     `xml:"IncomeAccountRef"`
		PurchaseDesc      string  `xml:"PurchaseDesc"`
		PurchaseCost      Decimal `xml:"PurchaseCost"`
		ExpenseAccountRef Ref     `xml:"ExpenseAccountRef"`
		PrefVendorRef     Ref     `xml:"PrefVendorRef"`
	} `xml:"SalesAndPurchase"`
	ExternalGUID string       `xml:"ExternalGUID"`
	DataExtRet   []DataExtRet `xml:"DataExtRet"`
}

func (*ItemServiceRet) RetElement() string { return "ItemServiceRet" }

// ItemRet is any non-service item type an ItemQuery returns, reduced to the fields all item
// types share; Type is the element name ("ItemNonInventoryRet", …).
type ItemRet struct {
	XMLName xml.Name
	ListCore
	Name       string       `xml:"Name"`
	FullName   string       `xml:"FullName"`
	IsActive   bool         `xml:"IsActive"`
	ParentRef  Ref          `xml:"ParentRef"`
	Sublevel   int          `xml:"Sublevel"`
	DataExtRet []DataExtRet `xml:"DataExtRet"`
}

func (r *ItemRet) RetElement() string { return r.XMLName.Local }

// CustomerRet is a customer or, when Sublevel > 0, a job (FullName "Customer:Job").
type CustomerRet struct {
	ListCore
	Name                string       `xml:"Name"`
	FullName            string       `xml:"FullName"`
	IsActive            bool         `xml:"IsActive"`
	ClassRef            Ref          `xml:"ClassRef"`
	ParentRef           Ref          `xml:"ParentRef"`
	Sublevel            int          `xml:"Sublevel"`
	CompanyName         string       `xml:"CompanyName"`
	Salutation          string       `xml:"Salutation"`
	FirstName           string       `xml:"FirstName"`
	MiddleName          string       `xml:"MiddleName"`
	LastName            string       `xml:"LastName"`
	JobTitle            string       `xml:"JobTitle"`
	BillAddress         Address      `xml:"BillAddress"`
	ShipAddress         Address      `xml:"ShipAddress"`
	PrintAs             string       `xml:"PrintAs"`
	Phone               string       `xml:"Phone"`
	Mobile              string       `xml:"Mobile"`
	Fax                 string       `xml:"Fax"`
	Email               string       `xml:"Email"`
	Contact             string       `xml:"Contact"`
	CustomerTypeRef     Ref          `xml:"CustomerTypeRef"`
	TermsRef            Ref          `xml:"TermsRef"`
	Balance             Decimal      `xml:"Balance"`
	TotalBalance        Decimal      `xml:"TotalBalance"`
	SalesTaxCodeRef     Ref          `xml:"SalesTaxCodeRef"`
	AccountNumber       string       `xml:"AccountNumber"`
	CreditLimit         Decimal      `xml:"CreditLimit"`
	JobStatus           string       `xml:"JobStatus"`
	JobStartDate        string       `xml:"JobStartDate"`
	JobProjectedEndDate string       `xml:"JobProjectedEndDate"`
	JobEndDate          string       `xml:"JobEndDate"`
	JobDesc             string       `xml:"JobDesc"`
	JobTypeRef          Ref          `xml:"JobTypeRef"`
	Notes               string       `xml:"Notes"`
	ExternalGUID        string       `xml:"ExternalGUID"`
	CurrencyRef         Ref          `xml:"CurrencyRef"`
	DataExtRet          []DataExtRet `xml:"DataExtRet"`
}

func (*CustomerRet) RetElement() string { return "CustomerRet" }

// VendorRet is a vendor (a Procore company).
type VendorRet struct {
	ListCore
	Name                    string       `xml:"Name"`
	IsActive                bool         `xml:"IsActive"`
	ClassRef                Ref          `xml:"ClassRef"`
	IsTaxAgency             bool         `xml:"IsTaxAgency"`
	CompanyName             string       `xml:"CompanyName"`
	Salutation              string       `xml:"Salutation"`
	FirstName               string       `xml:"FirstName"`
	MiddleName              string       `xml:"MiddleName"`
	LastName                string       `xml:"LastName"`
	JobTitle                string       `xml:"JobTitle"`
	VendorAddress           Address      `xml:"VendorAddress"`
	ShipAddress             Address      `xml:"ShipAddress"`
	Phone                   string       `xml:"Phone"`
	Mobile                  string       `xml:"Mobile"`
	Fax                     string       `xml:"Fax"`
	Email                   string       `xml:"Email"`
	Contact                 string       `xml:"Contact"`
	NameOnCheck             string       `xml:"NameOnCheck"`
	AccountNumber           string       `xml:"AccountNumber"`
	Notes                   string       `xml:"Notes"`
	VendorTypeRef           Ref          `xml:"VendorTypeRef"`
	TermsRef                Ref          `xml:"TermsRef"`
	CreditLimit             Decimal      `xml:"CreditLimit"`
	VendorTaxIdent          string       `xml:"VendorTaxIdent"`
	IsVendorEligibleFor1099 bool         `xml:"IsVendorEligibleFor1099"`
	Balance                 Decimal      `xml:"Balance"`
	ExternalGUID            string       `xml:"ExternalGUID"`
	CurrencyRef             Ref          `xml:"CurrencyRef"`
	DataExtRet              []DataExtRet `xml:"DataExtRet"`
}

func (*VendorRet) RetElement() string { return "VendorRet" }
