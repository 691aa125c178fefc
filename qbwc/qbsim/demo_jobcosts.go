package qbsim

import (
	"fmt"
	"math"
)

// The demo's job costs. The Procore demo (backend/procoresim budgetdemo.go) budgets seven projects
// whose QuickBooks jobs the demo company has under the same names, on fifteen standard cost codes;
// Joblink exports cost codes as service items named by the full code ("01-100"), with the code's
// name as both descriptions. The demo company already has those service items (so the cost code
// export links them rather than adding them) and a few months of actual costs on the seven jobs:
// bills, checks and credit-card charges on item lines, an item receipt, a vendor credit and a
// credit-card credit that reduce costs, a journal entry moving labor onto a job, and a few
// Expenses-tab lines (account lines costed to a job), which QuickBooks' Job Estimates vs. Actuals
// report leaves out and the job-costs page must show apart. One job also has costs on a code its
// budget lacks ("02-100"), the "not in the budget" case. The jobs without a Procore budget have no
// demo costs.

// demoCostCodes are the budgeted codes (procoresim demoBudgetLines) plus 02-100, with Procore's
// standard names.
var demoCostCodes = []struct{ code, name string }{
	{"01-100", "Project Management"}, {"01-120", "Temporary Facilities"}, {"01-180", "Safety"},
	{"02-100", "Demolition"},
	{"03-110", "Reinforcing Steel"}, {"03-120", "Cast-in-Place Concrete"}, {"05-100", "Structural Steel"},
	{"06-100", "Rough Carpentry"}, {"07-110", "Insulation"}, {"07-120", "Roofing"}, {"08-150", "Windows"},
	{"09-100", "Gypsum Board"}, {"09-150", "Painting"}, {"22-130", "Plumbing Fixtures"}, {"23-100", "Ductwork"},
	{"26-120", "Lighting"},
}

// demoCostJobs are the QuickBooks jobs of the Procore demo budgets, with the budget's scale.
var demoCostJobs = []struct {
	job   string
	scale float64
}{
	{"Cedar Ridge Properties:Cedar Ridge Medical Office Building", 1.00},
	{"Harbor Point Development LLC:Harbor Point Mixed-Use Apartments", 2.35},
	{"Westfield Development LLC:Westfield Parking Structure - Building B", 0.62},
	{"Cedar Ridge Properties:Cedar Ridge Data Center", 1.48},
	{"Northgate Realty Group:Northgate Parking Structure - Building D", 0.81},
	{"Cedar Ridge Properties:Cedar Ridge Warehouse", 0.54},
	{"Westfield Development LLC:Westfield Fire Station - Building F", 0.77},
}

// demoBudgetBase is the budget template's amount per code (procoresim demoBudgetLines), so the
// actual costs are believable fractions of each line's budget.
var demoBudgetBase = map[string]float64{
	"01-100": 48_250, "01-120": 18_540, "01-180": 9_875, "03-110": 64_512.50, "03-120": 212_400,
	"05-100": 186_030, "06-100": 42_180, "07-110": 23_815.75, "07-120": 96_500, "08-150": 71_240,
	"09-100": 88_410, "09-150": 31_600, "22-130": 54_335.20, "23-100": 118_960, "26-120": 67_250,
}

// demoJobCosts is the fixture NewDemoCompany seeds after the overlap.
func demoJobCosts() Fixture {
	var f Fixture
	for _, cc := range demoCostCodes {
		f.Items = append(f.Items, Item{Name: cc.code, Description: cc.name,
			IncomeAccount: "Construction Income:Contract Revenue", ExpenseAccount: "Job Costs:Subcontractors"})
	}
	// share is pct percent of code's budget on job j, in dollars with cents.
	share := func(j int, code string, pct float64) string {
		base := demoBudgetBase[code]
		if base == 0 {
			base = 12_000
		}
		return fmt.Sprintf("%.2f", math.Round(base*demoCostJobs[j].scale*pct)/100)
	}
	vendors := []string{"Bay Area Concrete Inc.", "Redwood Framing Co.", "Sierra Roofing", "Oakland Steel Erectors",
		"Presidio Glass & Windows", "Delta Drywall", "Summit Painting", "Pacific Plumbing & Heating", "Coastal HVAC Services",
		"Golden Gate Electric"}
	for j, dj := range demoCostJobs {
		job := dj.job
		month := 3 + j%3
		codes := [][2]string{{"03-120", "05-100"}, {"06-100", "07-120"}, {"08-150", "09-100"}, {"22-130", "23-100"}, {"26-120", "09-150"}}
		pair := codes[j%len(codes)]
		bill := Transaction{Type: "Bill", Vendor: vendors[j%len(vendors)], Date: fmt.Sprintf("2024-%02d-05", month),
			Ref: fmt.Sprintf("JC-%d01", j+1), Memo: "Progress billing",
			ItemLines: []ItemLine{
				{Item: pair[0], Amount: share(j, pair[0], 22.5), Job: job, Billable: "NotBillable"},
				{Item: pair[1], Quantity: "3", Cost: share(j, pair[1], 4.1), Job: job},
				{Item: "01-100", Amount: share(j, "01-100", 12), Job: job},
			}}
		if j%2 == 0 {
			bill.ExpenseLines = []ExpenseLine{{Account: "Job Costs:Equipment Rental", Amount: fmt.Sprintf("%d.50", 640+45*j), Job: job,
				Memo: "Lift rental (no cost code)"}}
		}
		f.Transactions = append(f.Transactions, bill,
			Transaction{Type: "Check", Payee: vendors[(j+3)%len(vendors)], Account: "Operating Checking",
				Date: fmt.Sprintf("2024-%02d-12", month), Ref: fmt.Sprintf("%d", 5100+j),
				ItemLines: []ItemLine{{Item: "01-120", Amount: share(j, "01-120", 15), Job: job}}},
			Transaction{Type: "CreditCardCharge", Payee: "ACME Lumber & Supply", Account: "Company Visa",
				Date: fmt.Sprintf("2024-%02d-19", month), Ref: fmt.Sprintf("V-%d", 700+j),
				ItemLines: []ItemLine{{Item: "01-180", Amount: share(j, "01-180", 6.5), Job: job}}})
		if j == 1 || j == 4 {
			f.Transactions = append(f.Transactions, Transaction{Type: "Check", Payee: "East Bay Excavating",
				Account: "Operating Checking", Date: fmt.Sprintf("2024-%02d-21", month), Ref: fmt.Sprintf("%d", 5200+j),
				ExpenseLines: []ExpenseLine{{Account: "Job Costs:Permits & Fees", Amount: "1285.00", Job: job, Memo: "City permit (no cost code)"}}})
		}
	}
	first, second := demoCostJobs[0].job, demoCostJobs[1].job
	f.Transactions = append(f.Transactions,
		Transaction{Type: "ItemReceipt", Vendor: "Bay Area Concrete Inc.", Date: "2024-04-02", Ref: "IR-88",
			ItemLines: []ItemLine{{Item: "03-110", Quantity: "12", Cost: "418.75", Job: first}}},
		Transaction{Type: "VendorCredit", Vendor: "Bay Area Concrete Inc.", Date: "2024-04-09", Ref: "CM-12",
			Memo: "Returned rebar", ItemLines: []ItemLine{{Item: "03-110", Amount: "837.50", Job: first}}},
		Transaction{Type: "CreditCardCredit", Payee: "ACME Lumber & Supply", Account: "Company Visa", Date: "2024-04-15",
			Ref: "V-RTN", ItemLines: []ItemLine{{Item: "01-180", Amount: "212.40", Job: second}}},
		Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2024-05-08", Ref: "JC-DEMO",
			Memo: "Selective demolition", ItemLines: []ItemLine{{Item: "02-100", Amount: "8450.00", Job: second}}},
		Transaction{Type: "JournalEntry", Date: "2024-05-31", Ref: "JE-LAB-05", JournalLines: []JournalLine{
			{Debit: true, Account: "Job Costs:Direct Labor", Amount: "4120.00", Entity: first, Memo: "May crew labor"},
			{Debit: true, Account: "Job Costs:Direct Labor", Amount: "2680.00", Entity: second, Memo: "May crew labor"},
			{Account: "Payroll Checking", Amount: "6800.00", Memo: "May crew labor"},
		}},
	)
	return f
}
