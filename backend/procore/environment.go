package procore

import (
	"fmt"
	"net/url"
	"strings"
)

// Environment names a Procore deployment: where to sign in and where the API lives. Tokens
// from one environment are not accepted by another (§1.1).
type Environment struct {
	Name      string // for messages and logs
	OAuthBase string // e.g. https://login.procore.com
	APIBase   string // e.g. https://api.procore.com
}

// The environments of §1.1. The customer's on-demand sandbox uses Production's hosts.
var (
	Production       = Environment{Name: "production", OAuthBase: "https://login.procore.com", APIBase: "https://api.procore.com"}
	DeveloperSandbox = Environment{Name: "developer sandbox", OAuthBase: "https://login-sandbox.procore.com", APIBase: "https://sandbox.procore.com"}
	MonthlySandbox   = Environment{Name: "monthly sandbox", OAuthBase: "https://login-sandbox-monthly.procore.com", APIBase: "https://api-monthly.procore.com"}
)

// CustomEnvironment serves OAuth and the API from one base URL: the simulator and tests.
func CustomEnvironment(baseURL string) Environment {
	base := strings.TrimRight(baseURL, "/")
	return Environment{Name: "custom (" + base + ")", OAuthBase: base, APIBase: base}
}

// EnvironmentByName maps a settings value ("production", "sandbox", "monthly-sandbox", or a
// URL) to an Environment.
func EnvironmentByName(name string) (Environment, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "production", "prod":
		return Production, nil
	case "sandbox", "developer-sandbox", "developer sandbox":
		return DeveloperSandbox, nil
	case "monthly", "monthly-sandbox", "monthly sandbox":
		return MonthlySandbox, nil
	}
	if u, err := url.Parse(name); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return CustomEnvironment(name), nil
	}
	return Environment{}, fmt.Errorf("unknown Procore environment %q: use production, sandbox, monthly-sandbox or a URL", name)
}

func (e Environment) validate() error {
	for _, base := range []string{e.OAuthBase, e.APIBase} {
		u, err := url.Parse(base)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("procore environment %q: bad base URL %q", e.Name, base)
		}
	}
	return nil
}
