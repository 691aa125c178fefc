package localserver

import (
	"io/fs"
	"net/http"
	"strings"
)

const uiNotBuilt = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Joblink</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40em;margin:4em auto;line-height:1.5">
<h1>Joblink</h1><p>This copy of Joblink was built without its user interface.</p>
<p>Build it again with <code>make build</code>. The JSON API at <code>/api/</code> works without it.</p></body></html>`

// UI serves the built frontend (index.html and its assets). A build without the frontend says so
// instead of answering with a bare 404.
func UI(assets fs.FS) http.Handler {
	built := false
	var files http.Handler
	if assets != nil {
		_, err := fs.Stat(assets, "index.html")
		built = err == nil
		files = http.FileServerFS(assets)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Content-Security-Policy",
			"default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		if !built {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write([]byte(uiNotBuilt))
			return
		}
		// Folders are not listed: the UI is its files, not an index of them.
		if r.URL.Path != "/" && strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path == "/" || r.URL.Path == "/index.html" {
			w.Header().Set("Cache-Control", "no-cache")
		}
		files.ServeHTTP(w, r)
	})
}
