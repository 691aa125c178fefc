package soap

import (
	"html/template"
	"net/http"
)

// The HTML pages. QBWC fetches the .qwc AppSupport URL when the application is added and
// refuses it unless the answer is 200 or 202 (QBWC1003/1004); people who open AppURL in a
// browser get a page that says what it is instead of an error.
var (
	supportPage = template.Must(template.New("support").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.}} – QuickBooks Web Connector support</title></head>
<body><h1>{{.}} and the QuickBooks Web Connector</h1>
<p>This page is the support address of {{.}}'s Web Connector application. The Web Connector checks that it answers; nothing needs to be done here.</p>
<p>If an update fails, open {{.}} from the tray icon: its status page says what went wrong and how to fix it. The Web Connector's own log is under <code>C:\ProgramData\Intuit\QBWebConnector\log\QWCLog.txt</code>.</p>
</body></html>
`))
	endpointPage = template.Must(template.New("endpoint").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.}} – QuickBooks Web Connector endpoint</title></head>
<body><h1>{{.}} QuickBooks Web Connector endpoint</h1>
<p>This address is for the QuickBooks Web Connector, which talks to it with SOAP requests. There is nothing to see in a browser; open {{.}} from its tray icon instead.</p>
</body></html>
`))
)

func (h *Handler) servePage(w http.ResponseWriter, r *http.Request, page *template.Template) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	if err := page.Execute(w, h.appName); err != nil {
		h.log.Warn().Err(err).Msg("writing the Web Connector page")
	}
}
