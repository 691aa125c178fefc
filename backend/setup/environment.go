package setup

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"joblink/backend/procore"
	"joblink/backend/setup/wire"
)

// Environment names as the API spells them.
const (
	envProduction     = "production"
	envSandbox        = "sandbox"
	envMonthlySandbox = "monthly_sandbox"
	envCustom         = "custom"
)

// environmentOf maps the saved choice to the procore package's Environment.
func environmentOf(ps procoreState) (procore.Environment, error) {
	switch ps.Environment {
	case envCustom:
		return procore.CustomEnvironment(ps.BaseURL), nil
	case envMonthlySandbox:
		return procore.EnvironmentByName("monthly-sandbox")
	case envSandbox, envProduction:
		return procore.EnvironmentByName(ps.Environment)
	}
	return procore.EnvironmentByName(envProduction)
}

// checkBaseURL accepts an http(s) URL with a host and no path other than "/", and returns it
// without the trailing slash.
func checkBaseURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return "", refuse(http.StatusBadRequest, "bad_base_url",
			"“"+raw+"” is not a Procore address Joblink can use.",
			"Give the address as http://host:port or https://host, with nothing after the host (for example http://127.0.0.1:41750).")
	}
	return strings.TrimRight(u.Scheme+"://"+u.Host, "/"), nil
}

// SetEnvironment chooses the Procore environment. Changing it disconnects: tokens from one
// environment are not accepted by another.
func (s *Service) SetEnvironment(ctx context.Context, req wire.EnvironmentRequest) (wire.State, error) {
	s.ops.Lock()
	defer s.ops.Unlock()
	name := strings.TrimSpace(req.Environment)
	var base string
	switch name {
	case envProduction, envSandbox, envMonthlySandbox:
		if strings.TrimSpace(req.BaseURL) != "" {
			return wire.State{}, refuse(http.StatusBadRequest, "unexpected_base_url",
				"A Procore address is only given for the custom environment.",
				`Leave "baseURL" out, or choose "custom".`)
		}
	case envCustom:
		if strings.TrimSpace(req.BaseURL) == "" {
			return wire.State{}, refuse(http.StatusBadRequest, "missing_field",
				"The custom Procore environment needs its address.", `Give "baseURL", for example http://127.0.0.1:41750.`)
		}
		var err error
		if base, err = checkBaseURL(req.BaseURL); err != nil {
			return wire.State{}, err
		}
	default:
		return wire.State{}, refuse(http.StatusBadRequest, "unknown_environment",
			"“"+name+"” is not a Procore environment.",
			"Choose production, sandbox, monthly_sandbox, or custom with an address.")
	}
	cur, _, _ := s.snapshot()
	if cur.procore.Environment == name && cur.procore.BaseURL == base {
		return s.State(), nil
	}
	s.disconnectLocked(ctx)
	if err := update(s, keyProcore, procoreField, func(p *procoreState) error {
		*p = procoreState{Environment: name, BaseURL: base}
		return nil
	}); err != nil {
		return wire.State{}, err
	}
	s.log.Info().Str("environment", name).Str("baseURL", base).Msg("Procore environment chosen")
	s.notify()
	return s.State(), nil
}
