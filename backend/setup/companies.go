package setup

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"joblink/backend/procore"
	"joblink/backend/setup/wire"
)

// Companies lists the Procore companies the signed-in user can see. A service account can
// list companies only once it names one (Procore requires the company header for it), so
// before that the bookkeeper is asked for the company id instead.
func (s *Service) Companies(ctx context.Context) ([]wire.Company, error) {
	sv, conn, _ := s.snapshot()
	if conn == nil {
		return nil, errNotConnected
	}
	client := conn.client
	if conn.serviceAccount {
		if sv.procore.Company == nil {
			return nil, refuse(http.StatusConflict, "company_id_needed",
				"A Procore service account cannot list its companies until it is given one of them.",
				"Type your Procore company id (the number after /companies/ in the address of your company's Procore pages) and choose it.")
		}
		client = client.WithCompany(sv.procore.Company.ID)
	}
	list, err := client.ListCompanies(procore.ListCompaniesOptions{}).Collect(ctx)
	if err != nil {
		return nil, procoreFailure(err)
	}
	out := make([]wire.Company, 0, len(list))
	for _, c := range list {
		out = append(out, wire.Company{ID: c.ID, Name: c.Name})
	}
	return out, nil
}

// ChooseCompany sets the Procore company Joblink works in, after checking the sign-in can see it.
func (s *Service) ChooseCompany(ctx context.Context, req wire.CompanyRequest) (wire.State, error) {
	if req.ID == nil || *req.ID <= 0 {
		return wire.State{}, refuse(http.StatusBadRequest, "missing_field", `The request must name the company: {"id": 123}.`,
			"Choose a company from the list.")
	}
	id := *req.ID
	s.ops.Lock()
	defer s.ops.Unlock()
	_, conn, _ := s.snapshot()
	if conn == nil {
		return wire.State{}, errNotConnected
	}
	scoped := conn.client.WithCompany(id)
	lister := conn.client
	if conn.serviceAccount {
		lister = scoped
	}
	list, err := lister.ListCompanies(procore.ListCompaniesOptions{}).Collect(ctx)
	var ae *procore.APIError
	if err != nil && !(errors.As(err, &ae) && (ae.Status == http.StatusForbidden || ae.Status == http.StatusNotFound)) {
		return wire.State{}, procoreFailure(err)
	}
	var chosen *wire.Company
	for _, c := range list {
		if c.ID == id {
			chosen = &wire.Company{ID: c.ID, Name: c.Name}
		}
	}
	if chosen == nil {
		return wire.State{}, refuse(http.StatusBadRequest, "company_not_found",
			"This Procore sign-in cannot see a company with the id "+strconv.FormatInt(id, 10)+".",
			"Check the number, or ask your Procore administrator to give this user (or to add this service account) to the company.")
	}
	// With a company, Procore also says the user's name; for a service account it is the only way.
	var user *wire.User
	if me, err := scoped.Me(ctx); err != nil {
		s.log.Warn().Err(err).Msg("read the signed-in Procore user")
	} else {
		user = userOf(me)
	}
	if err := update(s, keyProcore, procoreField, func(p *procoreState) error {
		p.Company = chosen
		if user != nil {
			p.User = user
		}
		return nil
	}); err != nil {
		return wire.State{}, err
	}
	s.log.Info().Int64("company", id).Msg("Procore company chosen")
	s.notify()
	return s.State(), nil
}
