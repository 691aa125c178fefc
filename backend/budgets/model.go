package budgets

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"joblink/backend/engine"
	"joblink/qbwc/qbxml"
)

// budgetData is a budget item's Data: what the estimate is made of. It holds nothing that
// changes without the budget changing (no names of the job, no times), because different Data
// on a synced item means "changed in Procore".
type budgetData struct {
	Project     string `json:"project"` // Procore project id
	ProjectName string `json:"projectName"`
	Number      string `json:"number,omitempty"` // the project number
	Locked      bool   `json:"locked"`
	// JobLinked is whether the project was linked to a QuickBooks job when read: a budget
	// explained as "not linked" comes back the moment the project is linked.
	JobLinked bool `json:"jobLinked"`
	// Job is the linked job's full name when read: the Approvals list shows it (Detail), and a
	// project linked to another job is read as changed, so the list never names the old one.
	Job   string       `json:"job,omitempty"`
	Lines []budgetLine `json:"lines"`
}

// budgetLine is one budget line item: a cost code (× cost type) and its original budget.
type budgetLine struct {
	ID       string `json:"id"`      // the budget line item
	CodeKey  string `json:"codeKey"` // the cost-code item's key: the standard cost code id ("" none)
	Code     string `json:"code"`    // "01-010"
	Name     string `json:"name"`    // the cost code's description
	Category string `json:"category,omitempty"`
	Cents    int64  `json:"cents"`
	// ProjectCodeID and TypeID are Procore's project cost code and cost type of the line: a
	// budget change line (a WBS code) resolves to them.
	ProjectCodeID int64 `json:"projectCodeId,omitempty"`
	TypeID        int64 `json:"typeId,omitempty"`
}

// changeData is a budget change item's Data: the lines to append.
type changeData struct {
	Project     string       `json:"project"`
	ProjectName string       `json:"projectName"`
	Source      string       `json:"source"` // sourceChange or sourceModification
	ID          string       `json:"id"`     // Procore's id of the change or modification
	Number      string       `json:"number,omitempty"`
	Title       string       `json:"title"`
	Status      string       `json:"status"`
	Job         string       `json:"job,omitempty"` // where its lines go: the estimate's job, else the linked job
	Lines       []changeLine `json:"lines"`
}

// changeLine is one signed line of a change: negative on the "from" code, positive on "to".
type changeLine struct {
	Ref      string `json:"ref"` // Procore's identity of the line: "budget_change/123", "from", "to"
	CodeKey  string `json:"codeKey"`
	Code     string `json:"code"`
	Name     string `json:"name"`
	Category string `json:"category,omitempty"`
	Cents    int64  `json:"cents"`
}

const (
	sourceChange       = "budget_change"
	sourceModification = "budget_modification"
)

// budgetKey is the budget item's key of a project; a project has one original budget.
func budgetKey(project string) string { return project + "/budget" }

// changeKey is a change item's key: "<project>/bc<id>" or "<project>/bm<id>".
func changeKey(project, source, id string) string { return project + "/" + shortSource(source) + id }

func shortSource(source string) string {
	if source == sourceModification {
		return "bm"
	}
	return "bc"
}

// marker is what each line a change appends carries in its description: Found reads it back
// to tell whether the change is in the estimate. It is unique to the change.
func (c changeData) marker() string { return "[JL " + shortSource(c.Source) + c.ID + "]" }

// label is how the bookkeeper names the change: "Budget change #3 Slab redesign".
func (c changeData) label() string {
	if c.Source == sourceModification {
		if c.Title != "" {
			return "Budget modification " + c.ID + " " + c.Title
		}
		return "Budget modification " + c.ID
	}
	s := "Budget change"
	if c.Number != "" {
		s += " #" + c.Number
	}
	if c.Title != "" {
		s += " " + c.Title
	}
	return s
}

func (d budgetData) total() int64 {
	var n int64
	for _, l := range d.Lines {
		n += l.Cents
	}
	return n
}

func (c changeData) total() int64 {
	var n int64
	for _, l := range c.Lines {
		n += l.Cents
	}
	return n
}

func decodeBudget(it *engine.Item) (budgetData, error) {
	var d budgetData
	if err := json.Unmarshal(it.Data, &d); err != nil {
		return d, fmt.Errorf("budget %s: %w", it.ID, err)
	}
	return d, nil
}

func decodeChange(it *engine.Item) (changeData, error) {
	var d changeData
	if err := json.Unmarshal(it.Data, &d); err != nil {
		return d, fmt.Errorf("budget change %s: %w", it.ID, err)
	}
	return d, nil
}

// lineDesc is an estimate line's description: the cost code's description, with the cost
// type when the budget has several for the code.
func lineDesc(name, category string) string {
	if category == "" {
		return name
	}
	return name + " (" + category + ")"
}

// changeDesc is an appended line's description: the change's number and title, the code, and
// the marker.
func changeDesc(c changeData, l changeLine) string {
	return c.label() + " - " + strings.TrimSpace(l.Code+" "+lineDesc(l.Name, l.Category)) + " " + c.marker()
}

// money writes cents as the bookkeeper reads amounts: "45,000.00", "-1,250.50".
func money(c int64) string {
	s := string(qbxml.Cents(c))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String() + "." + frac
	if neg {
		return "-" + out
	}
	return out
}

// cents reads a Procore amount ("45000.0", "-1250.5", "12") as cents; more than two decimals
// that are not zero are refused rather than rounded.
func cents(amount string) (int64, error) {
	amount = strings.TrimSpace(amount)
	if amount == "" {
		return 0, nil
	}
	if strings.ContainsAny(amount, "eE") {
		f, err := strconv.ParseFloat(amount, 64)
		if err != nil {
			return 0, err
		}
		amount = strconv.FormatFloat(f, 'f', -1, 64)
	}
	return qbxml.Decimal(amount).Units(2)
}

// budgetDiff says, code by code, how the budget's original amounts now differ from what was
// exported.
func budgetDiff(exported, now budgetData) []string {
	type key struct{ code, category string }
	was, is := map[key]int64{}, map[key]int64{}
	names := map[key]string{}
	for _, l := range exported.Lines {
		k := key{l.Code, l.Category}
		was[k] += l.Cents
		names[k] = strings.TrimSpace(l.Code + " " + lineDesc(l.Name, l.Category))
	}
	for _, l := range now.Lines {
		k := key{l.Code, l.Category}
		is[k] += l.Cents
		names[k] = strings.TrimSpace(l.Code + " " + lineDesc(l.Name, l.Category))
	}
	var out []string
	for k, name := range names {
		a, inWas := was[k]
		b, inIs := is[k]
		switch {
		case !inIs:
			out = append(out, fmt.Sprintf("%s: removed (was %s)", name, money(a)))
		case !inWas:
			out = append(out, fmt.Sprintf("%s: added, %s", name, money(b)))
		case a != b:
			out = append(out, fmt.Sprintf("%s: %s in QuickBooks, %s in Procore now", name, money(a), money(b)))
		}
	}
	sort.Strings(out)
	return out // unlocked but unchanged is no difference: QuickBooks has the budget as it is
}

// changeDiff says how a change differs from what was appended.
func changeDiff(exported, now changeData) []string {
	var out []string
	if now.Status != exported.Status {
		out = append(out, fmt.Sprintf("its status is %q in Procore now (it was %q when appended)", now.Status, exported.Status))
	}
	lines := func(c changeData) map[string]int64 {
		m := map[string]int64{}
		for _, l := range c.Lines {
			m[strings.TrimSpace(l.Code+" "+lineDesc(l.Name, l.Category))] += l.Cents
		}
		return m
	}
	was, is := lines(exported), lines(now)
	for name, a := range was {
		if b, ok := is[name]; !ok {
			out = append(out, fmt.Sprintf("%s: %s appended, no longer in the change", name, money(a)))
		} else if a != b {
			out = append(out, fmt.Sprintf("%s: %s appended, %s in Procore now", name, money(a), money(b)))
		}
	}
	for name, b := range is {
		if _, ok := was[name]; !ok {
			out = append(out, fmt.Sprintf("%s: %s in Procore now, not appended", name, money(b)))
		}
	}
	sort.Strings(out)
	return out
}
