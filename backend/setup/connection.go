package setup

import (
	"context"
	"errors"

	"joblink/backend/problem"
	"joblink/backend/procore"
	"joblink/backend/setup/wire"
)

// Sign-in methods as the API spells them.
const (
	methodBrowser        = "browser"
	methodCode           = "code"
	methodServiceAccount = "service_account"
)

// connection is one Procore sign-in: the OAuth that keeps its token fresh and a client without
// a company. Company-scoped clients are copies of it, so every refresh goes through one OAuth
// and is serialised there.
type connection struct {
	oauth          *procore.OAuth
	client         *procore.Client
	serviceAccount bool
	gen            uint64
}

// newConnection builds a connection for env and creds. It makes no network call.
func (s *Service) newConnection(env procore.Environment, creds wire.Credentials, serviceAccount bool) (*connection, error) {
	s.mu.Lock()
	s.nextGen++
	gen := s.nextGen
	s.mu.Unlock()
	tokens := &tokenFile{s: s, gen: gen, file: procore.NewFileTokenStore(s.tokPath)}
	oauth, err := procore.NewOAuth(procore.OAuthConfig{
		Environment: env, ClientID: creds.ClientID, ClientSecret: creds.ClientSecret, Store: tokens,
		HTTPClient: s.opts.HTTPClient, Logger: &s.log, ServiceAccount: serviceAccount,
	})
	if err != nil {
		return nil, err
	}
	sv, _, _ := s.snapshot()
	client, err := procore.New(procore.Config{
		Environment: env, Tokens: oauth, ServiceAccount: serviceAccount, HTTPClient: s.opts.HTTPClient, Logger: &s.log,
		CallShare: callShare(sv.preferences), // the bookkeeper's choice, from the first call
	})
	if err != nil {
		return nil, err
	}
	return &connection{oauth: oauth, client: client, serviceAccount: serviceAccount, gen: gen}, nil
}

// use makes conn the current connection (nil: none); older connections lose the token file.
func (s *Service) use(conn *connection) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.conn = conn
	if conn != nil {
		s.gen = conn.gen
	} else {
		s.nextGen++
		s.gen = s.nextGen
	}
}

// resume rebuilds the saved connection at start. A sign-in that cannot be used is reported on
// the Procore step instead of failing the start.
func (s *Service) resume() {
	ps := s.saved.procore
	if ps.Method == "" {
		return
	}
	fail := func(msg string, err error) {
		s.log.Warn().Err(err).Msg("the saved Procore sign-in cannot be used")
		s.problem = &wire.Problem{Message: msg, Fix: "Sign in to Procore again at the setup wizard's Procore step; nothing else was lost."}
	}
	creds, err := s.credentials(ps)
	if err != nil {
		fail("Joblink could not read the saved Procore app credentials on this computer.", err)
		return
	}
	env, err := environmentOf(ps)
	if err != nil {
		fail("The saved Procore environment is not valid.", err)
		return
	}
	conn, err := s.newConnection(env, creds, ps.Method == methodServiceAccount)
	if err != nil {
		fail("The saved Procore sign-in is not valid.", err)
		return
	}
	if !conn.serviceAccount {
		if _, err := procore.NewFileTokenStore(s.tokPath).Load(); err != nil {
			fail("Joblink could not find or read the saved Procore sign-in on this computer.", err)
			return
		}
	}
	s.use(conn)
}

// credentials are the client id and secret of the saved connection.
func (s *Service) credentials(ps procoreState) (wire.Credentials, error) {
	if ps.BuiltInApp {
		if s.opts.AppClientID == "" || s.opts.AppClientSecret == "" {
			return wire.Credentials{}, errors.New("this build has no Procore app registration")
		}
		return wire.Credentials{ClientID: s.opts.AppClientID, ClientSecret: s.opts.AppClientSecret}, nil
	}
	return s.loadApp()
}

// ProcoreClient is the Procore client for the chosen company, for the sync engine. Every
// client it returns shares one sign-in, so token refreshes are serialised. When Joblink is not
// connected or no company is chosen the error is a *problem.Problem saying what to do.
func (s *Service) ProcoreClient() (*procore.Client, error) {
	sv, conn, _ := s.snapshot()
	if conn == nil {
		return nil, &problem.Problem{Message: errNotConnected.Message, Fix: errNotConnected.Fix}
	}
	if sv.procore.Company == nil {
		return nil, &problem.Problem{Message: errNoCompany.Message, Fix: errNoCompany.Fix}
	}
	return conn.client.WithCompany(sv.procore.Company.ID), nil
}

// Disconnect revokes the Procore sign-in and forgets it, with the app credentials the
// bookkeeper gave. The company choice goes too; QuickBooks choices stay.
func (s *Service) Disconnect(ctx context.Context) (wire.State, error) {
	s.ops.Lock()
	defer s.ops.Unlock()
	s.disconnectLocked(ctx)
	if err := update(s, keyProcore, procoreField, func(p *procoreState) error {
		*p = procoreState{Environment: p.Environment, BaseURL: p.BaseURL}
		return nil
	}); err != nil {
		return wire.State{}, err
	}
	s.log.Info().Msg("disconnected from Procore")
	s.notify()
	return s.State(), nil
}

// disconnectLocked revokes and forgets the current sign-in. A failure to tell Procore is
// shown on the Procore step; locally the sign-in is gone either way. The caller holds s.ops.
func (s *Service) disconnectLocked(ctx context.Context) {
	_, conn, _ := s.snapshot()
	var shown *wire.Problem
	if conn != nil {
		if err := conn.oauth.Disconnect(ctx); err != nil {
			s.log.Warn().Err(err).Msg("Procore disconnect was incomplete")
			shown = wordsOf(err)
		}
	} else if err := procore.NewFileTokenStore(s.tokPath).Delete(); err != nil {
		s.log.Warn().Err(err).Msg("remove the saved Procore sign-in")
	}
	if err := s.appFile.Remove(); err != nil {
		s.log.Warn().Err(err).Msg("remove the saved Procore app credentials")
	}
	s.use(nil)
	s.mu.Lock()
	s.problem = shown
	s.mu.Unlock()
}
