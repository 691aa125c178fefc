package setup

import (
	"errors"
	"net/http"
	"slices"
	"strings"

	"joblink/backend/qbmirror"
	"joblink/backend/setup/wire"
)

// Ref names a QuickBooks list entry.
type Ref = wire.Ref

// Choices are the QuickBooks accounts and item the exports use.
type Choices struct {
	IncomeAccount  *Ref // income account of cost-code service items
	ExpenseAccount *Ref // expense account of cost-code service items
	RetainageItem  *Ref // nil until chosen: asked for when invoices are exported
}

// Choices returns the QuickBooks choices made in the wizard.
func (s *Service) Choices() (Choices, error) {
	sv, _, _ := s.snapshot()
	q := sv.quickBooks
	return Choices{IncomeAccount: q.IncomeAccount, ExpenseAccount: q.ExpenseAccount, RetainageItem: q.RetainageItem}, nil
}

// Account types each choice accepts, as QuickBooks names them.
var (
	incomeTypes  = []string{"Income", "OtherIncome"}
	expenseTypes = []string{"Expense", "CostOfGoodsSold", "OtherExpense"}
)

// recommendedRetainageType is the item type QuickBooks users normally keep retainage in.
const recommendedRetainageType = "OtherCharge"

// typeWords spells a QuickBooks type for a sentence.
func typeWords(t string) string {
	switch t {
	case "OtherIncome":
		return "Other Income"
	case "CostOfGoodsSold":
		return "Cost of Goods Sold"
	case "OtherExpense":
		return "Other Expense"
	case "OtherCharge":
		return "Other Charge"
	case "NonInventory":
		return "Non-inventory Part"
	case "":
		return "unknown"
	}
	return t
}

func typeList(types []string) string {
	words := make([]string, len(types))
	for i, t := range types {
		words[i] = typeWords(t)
	}
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// pick checks one chosen ListID against the mirror. An empty id clears the choice.
func (s *Service) pick(kind qbmirror.Kind, listID, role string, types []string) (*Ref, error) {
	listID = strings.TrimSpace(listID)
	if listID == "" {
		return nil, nil
	}
	thing := "account"
	if kind == qbmirror.Items {
		thing = "item"
	}
	r, err := s.mirror.Get(kind, listID)
	if errors.Is(err, qbmirror.ErrNotFound) {
		return nil, refuse(http.StatusBadRequest, "not_in_quickbooks",
			"Joblink's copy of your QuickBooks lists has no "+thing+" with the id "+listID+" (chosen as the "+role+").",
			"Choose from the list. If you just added it in QuickBooks, run the Web Connector (Update Selected) so Joblink reads it, then choose it.")
	}
	if err != nil {
		return nil, internal("read the QuickBooks lists", err)
	}
	if !r.Active {
		return nil, refuse(http.StatusBadRequest, "inactive_in_quickbooks",
			"The "+thing+" “"+r.FullName+"” is inactive in QuickBooks, so it cannot be the "+role+".",
			"Make it active in QuickBooks and run the Web Connector, or choose another "+thing+".")
	}
	if types != nil && !slices.Contains(types, r.Type) {
		return nil, refuse(http.StatusBadRequest, "wrong_account_type",
			"“"+r.FullName+"” is an account of type "+typeWords(r.Type)+"; the "+role+" must be of type "+typeList(types)+".",
			"Choose an account of the right type, or create one in QuickBooks (Lists → Chart of Accounts) and run the Web Connector.")
	}
	return &Ref{ListID: r.ListID, FullName: r.FullName}, nil
}

// ChooseQuickBooks records the accounts and retainage item, each checked against the mirror.
// A field left out stays as it is; an empty string clears it.
func (s *Service) ChooseQuickBooks(req wire.QuickBooksRequest) (wire.State, error) {
	s.ops.Lock()
	defer s.ops.Unlock()
	type choice struct {
		given *string
		kind  qbmirror.Kind
		role  string
		types []string
		field func(*quickBooksState) **Ref
	}
	choices := []choice{
		{req.IncomeAccount, qbmirror.Accounts, "income account for cost-code items", incomeTypes,
			func(q *quickBooksState) **Ref { return &q.IncomeAccount }},
		{req.ExpenseAccount, qbmirror.Accounts, "expense account for cost-code items", expenseTypes,
			func(q *quickBooksState) **Ref { return &q.ExpenseAccount }},
		{req.RetainageItem, qbmirror.Items, "retainage item", nil,
			func(q *quickBooksState) **Ref { return &q.RetainageItem }},
	}
	sv, _, _ := s.snapshot()
	next := sv.quickBooks
	for _, c := range choices {
		if c.given == nil {
			continue
		}
		ref, err := s.pick(c.kind, *c.given, c.role, c.types)
		if err != nil {
			return wire.State{}, err
		}
		*c.field(&next) = ref
	}
	if err := update(s, keyQuickBooks, quickBooksField, func(q *quickBooksState) error {
		*q = next
		return nil
	}); err != nil {
		return wire.State{}, err
	}
	s.log.Info().Msg("QuickBooks accounts and items chosen")
	s.notify()
	return s.State(), nil
}

// quickBooksNotes are the remarks shown under the QuickBooks step.
func (s *Service) quickBooksNotes(q quickBooksState) []string {
	notes := []string{}
	if q.RetainageItem == nil {
		notes = append(notes, "No retainage item is chosen yet. That is fine for now: Joblink will ask for one when it first exports a subcontractor invoice.")
		return notes
	}
	if r, err := s.mirror.Get(qbmirror.Items, q.RetainageItem.ListID); err == nil && r.Type != recommendedRetainageType {
		notes = append(notes, "“"+r.FullName+"” is an item of type "+typeWords(r.Type)+". An Other Charge item is recommended for retainage, "+
			"so that retainage held shows apart from the work itself; Joblink accepts this item all the same.")
	}
	return notes
}

// listsReady reports whether accounts and items were mirrored at least once.
func (s *Service) listsReady() bool {
	for _, k := range []qbmirror.Kind{qbmirror.Accounts, qbmirror.Items} {
		if t, err := s.mirror.LastRefresh(k); err != nil || t.IsZero() {
			return false
		}
	}
	return true
}

// Accounts lists the mirrored QuickBooks accounts of the given types (all when none), by name.
func (s *Service) Accounts(types []string) ([]wire.ListEntry, error) {
	return s.listEntries(qbmirror.Accounts, types)
}

// Items lists the mirrored QuickBooks items of the given types (all when none), by name.
func (s *Service) Items(types []string) ([]wire.ListEntry, error) {
	return s.listEntries(qbmirror.Items, types)
}

func (s *Service) listEntries(kind qbmirror.Kind, types []string) ([]wire.ListEntry, error) {
	out := []wire.ListEntry{}
	err := s.mirror.List(kind, func(r qbmirror.Record) error {
		if len(types) == 0 || slices.ContainsFunc(types, func(t string) bool { return strings.EqualFold(t, r.Type) }) {
			out = append(out, wire.ListEntry{ListID: r.ListID, FullName: r.FullName, Type: r.Type, Active: r.Active,
				IncomeAccountID: r.Fields["IncomeAccountID"], ExpenseAccountID: r.Fields["ExpenseAccountID"]})
		}
		return nil
	})
	if err != nil {
		return nil, internal("read the QuickBooks lists", err)
	}
	slices.SortFunc(out, func(a, b wire.ListEntry) int {
		return strings.Compare(strings.ToLower(a.FullName), strings.ToLower(b.FullName))
	})
	return out, nil
}
