package setup

import (
	"joblink/backend/setup/wire"
)

// State is the wizard as GET /api/setup shows it.
func (s *Service) State() wire.State {
	sv, conn, procoreProblem := s.snapshot()
	ps := sv.procore
	st := wire.State{Completed: !sv.finish.CompletedAt.IsZero(), Demo: s.opts.Demo}

	st.Procore = wire.Procore{Environment: ps.Environment, BaseURL: ps.BaseURL, Connected: conn != nil,
		Company: ps.Company, BrowserSignIn: s.browserAvailability(ps.Environment), Problem: procoreProblem}
	if env, err := environmentOf(ps); err == nil {
		st.Procore.BaseURL = env.APIBase
	}
	if conn != nil {
		method := ps.Method
		st.Procore.Method, st.Procore.User = &method, ps.User
	}

	st.WebConnector = s.webConnectorView(sv.webConnector)

	q := sv.quickBooks
	st.QuickBooks = wire.QuickBooks{IncomeAccount: q.IncomeAccount, ExpenseAccount: q.ExpenseAccount,
		RetainageItem: q.RetainageItem, ListsReady: s.listsReady(), Notes: s.quickBooksNotes(q)}

	st.Preferences = wire.Preferences{DirectExport: s.directExport(sv.preferences), PollMinutes: pollMinutes(sv.preferences),
		CallSharePercent: callSharePercent(sv.preferences), Autostart: s.autostartView(),
		JobCostDirectCostColumn: jobCostColumn(sv.preferences), JobCostAddNewCostCodes: sv.preferences.JobCostAddNew,
		JobCostRefresh: jobCostRefresh(sv.preferences)}

	if s.opts.Demo && s.opts.Prefill != nil {
		p := *s.opts.Prefill
		st.Prefill = &p
	}
	st.Step = step(st, sv)
	return st
}

// step is the first step not yet complete.
func step(st wire.State, sv saved) string {
	p, w, q := st.Procore, st.WebConnector, st.QuickBooks
	switch {
	case !p.Connected:
		return wire.StepProcore
	case p.Company == nil:
		return wire.StepCompany
	case !w.PasswordSet || w.FirstContactAt == nil || w.Problem != nil:
		return wire.StepWebConnector
	case q.IncomeAccount == nil || q.ExpenseAccount == nil:
		return wire.StepQuickBooks
	case sv.preferences.SavedAt.IsZero() && !st.Completed:
		return wire.StepPreferences
	}
	return wire.StepDone
}

// webConnectorView combines what the Web Connector side reports with what the wizard saved.
// The first contact is remembered the first time it is seen, so it stays even when a later
// contact is refused.
func (s *Service) webConnectorView(saved webConnectorState) wire.WebConnector {
	if s.opts.WebConnector == nil {
		return wire.WebConnector{Problem: &wire.Problem{
			Message: "The QuickBooks Web Connector endpoint is not running in this Joblink.",
			Fix:     "Check the database on the dashboard; the endpoint starts with Joblink once the database opens.",
		}}
	}
	ws := s.opts.WebConnector()
	out := wire.WebConnector{PasswordSet: ws.PasswordSet, URL: ws.URL, Company: ws.Company}
	if ws.Problem != nil {
		out.Problem = &wire.Problem{Message: ws.Problem.Message, Fix: ws.Problem.Fix}
	}
	if ws.EndpointAbsent && out.Problem == nil {
		out.Problem = &wire.Problem{Message: "The QuickBooks Web Connector endpoint is not running in this Joblink.",
			Fix: "Check the database on the dashboard; the endpoint starts with Joblink once the database opens."}
	}
	first := saved.FirstContactAt
	if first.IsZero() && ws.LastContactAt != nil {
		first = ws.LastContactAt.UTC()
		if err := s.put(keyWebConnector, webConnectorState{PasswordMadeAt: saved.PasswordMadeAt, FirstContactAt: first}); err != nil {
			s.log.Warn().Err(err).Msg("remember the first Web Connector contact")
		} else {
			s.mu.Lock()
			s.saved.webConnector.FirstContactAt = first
			s.mu.Unlock()
		}
	}
	if !first.IsZero() {
		out.FirstContactAt = &first
	}
	return out
}
