package localserver

import (
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"joblink/backend/datadir"
	"joblink/backend/httpjson"
)

// DefaultMaxBody bounds request bodies of the API and the UI. Web Connector responses, the
// largest requests Joblink receives, get their own, higher limit where they are handled.
const DefaultMaxBody int64 = 1 << 20

// Guard holds what the checks need: the listener's port (Host and Origin must name it), the
// UI access token, and the API's body limit (DefaultMaxBody when zero).
type Guard struct {
	Port    int
	Token   string
	MaxBody int64
}

// allowedHost reports whether a Host header names this listener on a loopback name. Anything
// else — another name that resolves to 127.0.0.1 (DNS rebinding), a missing port, a LAN
// address — is refused.
func (g *Guard) allowedHost(hostport string) bool {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil || port != strconv.Itoa(g.Port) {
		return false
	}
	switch strings.ToLower(host) {
	case "localhost", "127.0.0.1", "::1":
		return true
	}
	return false
}

func (g *Guard) allowedOrigin(origin string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Scheme != "http" || u.Path != "" && u.Path != "/" || u.User != nil {
		return false
	}
	return g.allowedHost(u.Host)
}

func stateChanging(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

// Site wraps everything served on the listener: it refuses foreign Host headers and foreign
// Origins on state-changing requests, and sets protective headers. Body limits are per route
// (see Handler): the API's are small, the Web Connector's responses can be large.
func (g *Guard) Site(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		// "GET http://127.0.0.1:P/… HTTP/1.1" takes the host from the request line and drops
		// the Host header, which could name anything: only the origin form is accepted.
		if !strings.HasPrefix(r.RequestURI, "/") && !(r.Method == http.MethodOptions && r.RequestURI == "*") {
			httpjson.Error(w, http.StatusBadRequest, "absolute_request_target",
				"Joblink only answers requests for a path on its own address, not for a full URL (as sent to a proxy).",
				"Open Joblink at http://127.0.0.1:"+strconv.Itoa(g.Port)+"/.")
			return
		}
		if !g.allowedHost(r.Host) {
			httpjson.Error(w, http.StatusForbidden, "forbidden_host",
				"Joblink only answers requests addressed to localhost, 127.0.0.1 or [::1] on its own port.",
				"Open Joblink at "+"http://127.0.0.1:"+strconv.Itoa(g.Port)+"/.")
			return
		}
		if stateChanging(r.Method) {
			origin := r.Header.Get("Origin")
			if origin != "" && !g.allowedOrigin(origin) || !sameOriginFetch(r.Header.Get("Sec-Fetch-Site")) {
				httpjson.Error(w, http.StatusForbidden, "forbidden_origin",
					"Joblink refused a change requested by another web site.",
					"Make changes from Joblink's own window or its page at http://127.0.0.1:"+strconv.Itoa(g.Port)+"/.")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// RequireToken lets a request through only with "Authorization: Bearer <token>".
func (g *Guard) RequireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		presented, ok := bearer(r.Header.Get("Authorization"))
		if !ok || !datadir.TokensEqual(presented, g.Token) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="Joblink"`)
			msg := "Joblink needs its access token for this request."
			if ok {
				msg = "The access token sent with this request is not this Joblink's token."
			}
			httpjson.Error(w, http.StatusUnauthorized, "unauthorized", msg,
				"Use the token in the file ui-token in Joblink's data folder.")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// sameOriginFetch reads the browser's Sec-Fetch-Site header (case-insensitively, as header
// values are compared): a change may come from this page ("same-origin"), from the person
// ("none"), or from a client that does not send the header. "same-site" is refused too: any
// other program's page on localhost is same-site.
func sameOriginFetch(site string) bool {
	site = strings.TrimSpace(site)
	return site == "" || strings.EqualFold(site, "same-origin") || strings.EqualFold(site, "none")
}

func bearer(header string) (string, bool) {
	scheme, token, found := strings.Cut(strings.TrimSpace(header), " ")
	if !found || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

// APIBody applies the body limit and the JSON body check (see jsonBody) to the API, here and in
// the Wails window, whose requests never touch the network.
func APIBody(limit int64, next http.Handler) http.Handler {
	return LimitBody(limit, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if jsonBody(w, r) {
			next.ServeHTTP(w, r)
		}
	}))
}

// LimitBody applies only the body limit: used where the other checks do not apply.
func LimitBody(limit int64, next http.Handler) http.Handler {
	if limit <= 0 {
		limit = DefaultMaxBody
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > limit {
			httpjson.TooLarge(w, limit)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		next.ServeHTTP(w, r)
	})
}
