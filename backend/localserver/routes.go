package localserver

import (
	"net/http"

	"github.com/rs/zerolog"
)

// Routes are the handlers that share the listener.
type Routes struct {
	API    http.Handler            // everything under /api/; /api/health is public, the rest needs the token
	UI     http.Handler            // the frontend, public (it holds no data; the API does)
	Public map[string]http.Handler // other mux patterns with their own authentication and body limits (e.g. the Web Connector)
	Log    zerolog.Logger          // one debug line per API request (RequestLog); the zero Logger writes none
}

// Handler assembles the listener's handler: the site-wide checks around every route, the token
// check, body limit and JSON body check around the API, and a body limit around the UI.
func (g *Guard) Handler(rt Routes) http.Handler {
	api := APIBody(g.MaxBody, rt.API)
	mux := http.NewServeMux()
	mux.Handle("GET /api/health", RequestLog(rt.Log, "listener", api))
	mux.Handle("/api/", RequestLog(rt.Log, "listener", g.RequireToken(api)))
	if rt.UI != nil {
		mux.Handle("/", LimitBody(g.MaxBody, rt.UI))
	}
	for pattern, h := range rt.Public {
		mux.Handle(pattern, h)
	}
	return g.Site(mux)
}
