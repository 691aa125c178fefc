package setup

import (
	"net/http"

	"joblink/backend/setup/wire"
)

// incomplete is the first unfinished requirement of Finish, in step order, with its words;
// nil when the wizard may finish.
func (s *Service) incomplete(st wire.State) *wire.Error {
	stop := func(msg, fix string) *wire.Error {
		return refuse(http.StatusConflict, "setup_incomplete", msg, fix)
	}
	switch p, w, q := st.Procore, st.WebConnector, st.QuickBooks; {
	case !p.Connected:
		return stop("Joblink is not connected to Procore yet.", "Go back to the Procore step and sign in.")
	case p.Company == nil:
		return stop("No Procore company is chosen yet.", "Go back to the Company step and choose the company Joblink should work in.")
	case !w.PasswordSet:
		return stop("The Web Connector has no password yet.",
			"At the Web Connector step, make the password, download the .qwc file and add it to the Web Connector with that password.")
	case w.Problem != nil:
		return stop("The Web Connector's last contact had a problem: "+w.Problem.Message, w.Problem.Fix)
	case w.FirstContactAt == nil:
		return stop("The QuickBooks Web Connector has not contacted Joblink yet.",
			"Open QuickBooks with your company file, then in the Web Connector tick Joblink and choose Update Selected.")
	case q.IncomeAccount == nil:
		return stop("No income account is chosen for cost-code items.", "At the QuickBooks step, choose the income account.")
	case q.ExpenseAccount == nil:
		return stop("No expense account is chosen for cost-code items.", "At the QuickBooks step, choose the expense account.")
	}
	return nil
}

// Finish ends the wizard, or says which step still needs doing (409). The retainage item may
// still be missing: Joblink asks for it when invoices are exported.
func (s *Service) Finish() (wire.State, error) {
	s.ops.Lock()
	defer s.ops.Unlock()
	if err := s.incomplete(s.State()); err != nil {
		return wire.State{}, err
	}
	if err := update(s, keyFinish, finishField, func(f *finishState) error {
		if f.CompletedAt.IsZero() {
			f.CompletedAt = s.now().UTC()
		}
		return nil
	}); err != nil {
		return wire.State{}, err
	}
	s.log.Info().Msg("setup wizard finished")
	s.notify()
	return s.State(), nil
}
