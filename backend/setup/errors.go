package setup

import (
	"errors"
	"net/http"
	"strings"

	"joblink/backend/problem"
	"joblink/backend/procore"
	"joblink/backend/setup/wire"
)

// refuse is a request the wizard turns down, with the words to show.
func refuse(status int, code, message, fix string) *wire.Error {
	return &wire.Error{Status: status, Code: code, Message: message, Fix: fix}
}

// internal is a failure of Joblink itself (the store, the disk).
func internal(what string, err error) *wire.Error {
	return &wire.Error{Status: http.StatusInternalServerError, Code: "setup_failed",
		Message: "Joblink could not " + what + ".",
		Fix:     "Try again; if it keeps happening, restart Joblink and send the log file to support.", Err: err}
}

// asProblem finds the words in err: a problem.Problem, or an error that can give one (the
// procore package's errors), or a generic sentence.
func asProblem(err error) *problem.Problem {
	var p *problem.Problem
	if errors.As(err, &p) {
		return p
	}
	var withWords interface{ Problem() *problem.Problem }
	if errors.As(err, &withWords) {
		return withWords.Problem()
	}
	return &problem.Problem{Message: "Joblink could not talk to Procore: " + err.Error() + ".",
		Fix: "Try again; if it keeps happening, send the log file to support.", Err: err}
}

// procoreFailure turns an error from a Procore call into the API's answer: Procore out of
// reach or failing is 502, Procore refusing what was given is 400.
func procoreFailure(err error) *wire.Error {
	var we *wire.Error
	if errors.As(err, &we) {
		return we
	}
	p := asProblem(err)
	out := &wire.Error{Status: http.StatusBadRequest, Code: "procore_refused", Message: p.Message, Fix: p.Fix, Err: err}
	var te *procore.TransportError
	var ae *procore.APIError
	switch {
	case errors.As(err, &ae) && refusedCredentials(ae):
		// The client id and secret are on the same form: the fix points at them, and the code
		// lets the form mark them.
		out.Code = "procore_credentials"
		out.Fix = "Check the Client ID and Client secret above (copy them again from Procore's App Management), and the Procore environment: sandbox and production credentials differ."
	case errors.As(err, &te):
		out.Status, out.Code = http.StatusBadGateway, "procore_unreachable"
	case errors.As(err, &ae) && ae.Status >= 500:
		out.Status, out.Code = http.StatusBadGateway, "procore_failed"
	}
	return out
}

// refusedCredentials reports whether Procore refused the app's client id or secret.
func refusedCredentials(ae *procore.APIError) bool {
	words := strings.ToLower(ae.Error())
	return strings.Contains(words, "invalid_client") || strings.Contains(words, "unauthorized_client")
}

func wordsOf(err error) *wire.Problem {
	var we *wire.Error
	if errors.As(err, &we) {
		return &wire.Problem{Message: we.Message, Fix: we.Fix}
	}
	p := asProblem(err)
	return &wire.Problem{Message: p.Message, Fix: p.Fix}
}

var (
	errNotConnected = refuse(http.StatusConflict, "procore_not_connected",
		"Joblink is not connected to Procore.", "Open the setup wizard's Procore step and sign in to Procore.")
	errNoCompany = refuse(http.StatusConflict, "procore_no_company",
		"No Procore company is chosen.", "Choose the Procore company Joblink should work in at the setup wizard's Company step.")
)
