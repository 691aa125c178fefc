package api

import (
	"context"
	"errors"
	"html/template"
	"net/http"
	"net/url"

	"joblink/backend/httpjson"
	"joblink/backend/problem"
	"joblink/backend/setup/wire"
)

// SetupService is the first-run setup wizard as the API drives it (backend/setup implements
// it). Errors are *wire.Error (status, code and words) or carry words as *problem.Problem.
type SetupService interface {
	State() wire.State
	SetEnvironment(ctx context.Context, req wire.EnvironmentRequest) (wire.State, error)
	StartBrowserSignIn(ctx context.Context, creds wire.Credentials) (wire.BrowserStart, error)
	CodeSignInURL(clientID string) (wire.BrowserStart, error)
	CompleteBrowserSignIn(ctx context.Context, query url.Values) error
	SignInWithCode(ctx context.Context, req wire.CodeRequest) (wire.State, error)
	SignInServiceAccount(ctx context.Context, creds wire.Credentials) (wire.State, error)
	Companies(ctx context.Context) ([]wire.Company, error)
	ChooseCompany(ctx context.Context, req wire.CompanyRequest) (wire.State, error)
	Disconnect(ctx context.Context) (wire.State, error)
	NewPassword(replace bool) (string, error) // replace: the bookkeeper confirmed replacing a set one
	ChooseQuickBooks(req wire.QuickBooksRequest) (wire.State, error)
	SetPreferences(req wire.PreferencesRequest) (wire.State, error)
	Finish() (wire.State, error)
}

// setupRoutes adds the wizard's routes to mux.
func (s *server) setupRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/setup", s.setupState)
	mux.HandleFunc("PUT /api/setup/procore/environment", setupCall(s, func(ctx context.Context, req wire.EnvironmentRequest) (any, error) {
		return s.Setup.SetEnvironment(ctx, req)
	}))
	mux.HandleFunc("POST /api/setup/procore/browser", setupCall(s, func(ctx context.Context, req wire.Credentials) (any, error) {
		return s.Setup.StartBrowserSignIn(ctx, req)
	}))
	mux.HandleFunc("GET /api/setup/procore/browser", s.codeSignInURL)
	mux.HandleFunc("POST /api/setup/procore/code", setupCall(s, func(ctx context.Context, req wire.CodeRequest) (any, error) {
		return s.Setup.SignInWithCode(ctx, req)
	}))
	mux.HandleFunc("POST /api/setup/procore/service-account", setupCall(s, func(ctx context.Context, req wire.Credentials) (any, error) {
		return s.Setup.SignInServiceAccount(ctx, req)
	}))
	mux.HandleFunc("GET /api/setup/procore/companies", setupCall(s, func(ctx context.Context, _ noBody) (any, error) {
		list, err := s.Setup.Companies(ctx)
		return map[string][]wire.Company{"companies": list}, err
	}))
	mux.HandleFunc("PUT /api/setup/procore/company", setupCall(s, func(ctx context.Context, req wire.CompanyRequest) (any, error) {
		return s.Setup.ChooseCompany(ctx, req)
	}))
	mux.HandleFunc("POST /api/setup/procore/disconnect", setupCall(s, func(ctx context.Context, _ noBody) (any, error) {
		return s.Setup.Disconnect(ctx)
	}))
	mux.HandleFunc("POST /api/setup/webconnector/password", setupCall(s, func(_ context.Context, req passwordRequest) (any, error) {
		pw, err := s.Setup.NewPassword(req.Replace)
		return map[string]string{"password": pw}, err
	}))
	mux.HandleFunc("PUT /api/setup/quickbooks", setupCall(s, func(_ context.Context, req wire.QuickBooksRequest) (any, error) {
		return s.Setup.ChooseQuickBooks(req)
	}))
	mux.HandleFunc("PUT /api/setup/preferences", setupCall(s, func(_ context.Context, req wire.PreferencesRequest) (any, error) {
		return s.Setup.SetPreferences(req)
	}))
	mux.HandleFunc("POST /api/setup/finish", setupCall(s, func(context.Context, noBody) (any, error) {
		return s.Setup.Finish()
	}))
}

// passwordRequest asks for a Web Connector password; Replace confirms replacing the one set.
type passwordRequest struct {
	Replace bool `json:"replace"`
}

// noBody marks a route that takes no request body; one sent anyway is refused before the route
// runs (takesNoBody in api.go).
type noBody struct{}

// setupCall decodes the body strictly into Req (unless it is noBody), runs fn and answers
// with its result or its error.
func setupCall[Req any](s *server, fn func(ctx context.Context, req Req) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.setupAvailable(w) {
			return
		}
		var req Req
		if _, none := any(req).(noBody); !none && !httpjson.Decode(w, r, &req) {
			return
		}
		out, err := fn(r.Context(), req)
		if err != nil {
			s.setupError(w, err)
			return
		}
		httpjson.Write(w, http.StatusOK, out)
	}
}

func (s *server) setupAvailable(w http.ResponseWriter) bool {
	if s.Setup != nil {
		return true
	}
	httpjson.Error(w, http.StatusConflict, "setup_unavailable",
		"The setup wizard needs Joblink's database, which is not open.", "See the database problem on the dashboard.")
	return false
}

func (s *server) setupState(w http.ResponseWriter, _ *http.Request) {
	if s.setupAvailable(w) {
		httpjson.Write(w, http.StatusOK, s.Setup.State())
	}
}

// codeSignInURL is GET /api/setup/procore/browser?oob=1[&clientId=…]: the page that shows a
// code to paste, for when the browser cannot come back to Joblink.
func (s *server) codeSignInURL(w http.ResponseWriter, r *http.Request) {
	if !s.setupAvailable(w) {
		return
	}
	q := r.URL.Query()
	if q.Get("oob") != "1" {
		httpjson.Error(w, http.StatusBadRequest, "oob_only",
			"This address gives the sign-in page for the paste-the-code sign-in only.",
			"Add ?oob=1, or start a browser sign-in with POST.")
		return
	}
	out, err := s.Setup.CodeSignInURL(q.Get("clientId"))
	if err != nil {
		s.setupError(w, err)
		return
	}
	httpjson.Write(w, http.StatusOK, out)
}

// setupError answers with the error's own status and words.
func (s *server) setupError(w http.ResponseWriter, err error) {
	var we *wire.Error
	if errors.As(err, &we) {
		if we.Status >= 500 {
			s.Log.Error().Err(err).Msg("setup")
		}
		httpjson.Error(w, we.Status, we.Code, we.Message, we.Fix)
		return
	}
	var p *problem.Problem
	if errors.As(err, &p) {
		httpjson.Error(w, http.StatusBadGateway, "setup_failed", p.Message, p.Fix)
		return
	}
	s.Log.Error().Err(err).Msg("setup")
	httpjson.Error(w, http.StatusInternalServerError, "setup_failed", "Joblink could not do this: "+err.Error()+".",
		"Try again; if it keeps happening, send the log file to support.")
}

// callbackPage is the page the browser shows after Procore sends it back. It is complete in
// itself (no scripts, no other files) and never repeats what was in the address.
var callbackPage = template.Must(template.New("callback").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Joblink – Procore sign-in</title>
<style>body{font-family:system-ui,sans-serif;max-width:34em;margin:4em auto;padding:0 1em;line-height:1.5;color:#222}
h1{font-size:1.4em}.ok{color:#1a7f37}.bad{color:#b42318}</style></head>
<body>{{if .OK}}<h1 class="ok">Joblink is connected to Procore.</h1><p>You can close this tab and go back to Joblink.</p>
{{else}}<h1 class="bad">Joblink could not finish the Procore sign-in.</h1><p>{{.Message}}</p>{{if .Fix}}<p><b>What to do:</b> {{.Fix}}</p>{{end}}
<p>You can close this tab.</p>{{end}}</body></html>`))

// OAuthCallback is GET /oauth/callback, where Procore sends the browser after the bookkeeper
// approves Joblink. It is public (the browser has no UI token); the sign-in's single-use
// state is what protects it.
func OAuthCallback(setup SetupService) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		view := struct {
			OK           bool
			Message, Fix string
		}{OK: true}
		status := http.StatusOK
		if setup == nil {
			view.OK, view.Message, view.Fix = false, "The setup wizard is not running in this Joblink.", "Open Joblink and check the dashboard."
			status = http.StatusServiceUnavailable
		} else if err := setup.CompleteBrowserSignIn(r.Context(), r.URL.Query()); err != nil {
			view.OK = false
			status = http.StatusBadRequest
			var we *wire.Error
			var p *problem.Problem
			switch {
			case errors.As(err, &we):
				view.Message, view.Fix = we.Message, we.Fix
				if we.Status >= 500 {
					status = we.Status
				}
			case errors.As(err, &p):
				view.Message, view.Fix = p.Message, p.Fix
			default:
				view.Message, view.Fix = "Something went wrong.", "Go back to Joblink and sign in again."
			}
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-store")
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
		h.Set("Referrer-Policy", "no-referrer")
		w.WriteHeader(status)
		_ = callbackPage.Execute(w, view)
	})
}
