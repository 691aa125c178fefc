package localserver

import "net/http"

// Routes are the handlers that share the listener.
type Routes struct {
	API    http.Handler            // everything under /api/; /api/health is public, the rest needs the token
	UI     http.Handler            // the frontend, public (it holds no data; the API does)
	Public map[string]http.Handler // other mux patterns with their own authentication (e.g. the Web Connector)
}

// Handler assembles the listener's handler: the site-wide checks around every route, and the
// token check around the API.
func (g *Guard) Handler(rt Routes) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /api/health", rt.API)
	mux.Handle("/api/", g.RequireToken(rt.API))
	if rt.UI != nil {
		mux.Handle("/", rt.UI)
	}
	for pattern, h := range rt.Public {
		mux.Handle(pattern, h)
	}
	return g.Site(mux)
}
