package jobcosts

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"joblink/backend/budgets"
	"joblink/backend/engine"
	"joblink/backend/problem"
	"joblink/backend/procore"
)

// A cost code with QuickBooks actuals and no budget line, on a LOCKED budget. Procore's budget
// takes new lines while unlocked; once locked, its original budget changes only through budget
// changes or modifications, and whether the API adds a line then is not documented
// (documents.md A5: "behaviour on a locked budget unknown"; the simulator refuses it, as it
// refuses any original-budget change there). So:
//   - when Joblink already knows the budget is locked without asking (the budgets flow read its
//     lock state when it read the budget), the line is not tried: it is listed as not in the
//     budget, with why and how to add it;
//   - otherwise it is tried, and a refusal that names the lock (or, asked only then, a budget
//     Procore says is locked) is explained the same way, with Procore's own words kept.

// lockedFix is what to do about a cost code a locked budget has no line for.
const lockedFix = "In Procore, add the cost code to the budget through a budget change (or unlock the budget, add the line and lock it again; " +
	"unlocking removes the budget's modifications unless you keep them), then refresh the project's job costs here. " +
	"The setting \"Automatically add new cost codes to budgets\" cannot add lines to a locked budget."

// lockedMeaning says why the line is missing.
const lockedMeaning = "The project's budget is locked: Procore adds a cost code to a locked budget only through a budget change, so Joblink cannot add the line."

// knownLocked reports whether Joblink already knows, without a Procore call, that a project's
// budget is locked: the budgets flow's item for the project keeps the lock state it read.
func (s *Service) knownLocked(project string) bool {
	h := s.h()
	if h == nil {
		return false
	}
	it, err := h.Get(budgets.BudgetItemID(project))
	return err == nil && budgets.ItemLocked(it)
}

// lockCheck answers, at most once per push, whether a refused line add was refused because
// the budget is locked: Procore's words saying so, else (only after a refusal) its lock state.
type lockCheck struct {
	asked, locked bool
}

func (lc *lockCheck) refusedForLock(ctx context.Context, c *procore.Client, project int64, err error) bool {
	var ae *procore.APIError
	if !errors.As(err, &ae) || ae.Status != 422 {
		return false
	}
	if strings.Contains(strings.ToLower(procoreWords(ae)), "locked") {
		return true
	}
	if !lc.asked {
		lc.asked = true
		lc.locked, _ = c.BudgetLocked(ctx, project)
	}
	return lc.locked
}

// procoreWords is Procore's sentence of a refusal: its message, else its field errors.
func procoreWords(ae *procore.APIError) string {
	said := strings.TrimSpace(ae.Message)
	for field, ms := range ae.FieldErrors {
		for _, m := range ms {
			if said == "" {
				said = strings.TrimSpace(field + " " + m)
			}
		}
	}
	return said
}

// lockedLine fills a view line Joblink did not try to add (the budget is known to be locked).
func lockedLine(v *ViewLine) {
	v.Status = LineNotInBudget
	v.Message = "QuickBooks has actual costs on this cost code, and the project's budget has no line for it. " + lockedMeaning
	v.Fix = lockedFix
}

// lockedRefusal fills a view line whose add Procore refused because the budget is locked.
func lockedRefusal(v *ViewLine, err error) {
	var ae *procore.APIError
	errors.As(err, &ae)
	v.Status = LineRefused
	v.Message = "Procore refused to add a budget line for this cost code: \"" + procoreWords(ae) + "\". " + lockedMeaning
	v.Fix = lockedFix
}

// lockedFailure is the project's problem when Procore refused new lines on its locked budget.
func lockedFailure(codes []string, said string) *engine.Failure {
	return &engine.Failure{Class: problem.FixData, Code: 422,
		Message: fmt.Sprintf("Procore refused to add budget lines for %d cost code(s) with QuickBooks actual costs (%s): \"%s\"",
			len(codes), strings.Join(codes, ", "), said),
		Meaning: lockedMeaning + " The other lines show QuickBooks' figures.",
		Fix:     lockedFix}
}
