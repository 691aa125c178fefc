package soap

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/rs/zerolog"
)

// Paths the handler answers. EndpointPath goes into the .qwc AppURL, SupportPath into AppSupport.
const (
	EndpointPath = "/qbwc"
	SupportPath  = "/qbwc/support"
)

// DefaultMaxBody is the default request size limit: 64 MB. The largest requests are
// receiveResponseXML calls carrying a whole qbXML query result (an unfiltered item or
// transaction query on a large company file reaches tens of megabytes, and entity escaping
// inflates it by a further 10–20 %). Requests to Joblink otherwise stay far below 1 MB, so
// the limit only guards against runaway or hostile bodies.
const DefaultMaxBody int64 = 64 << 20

// Options configures NewHandler.
type Options struct {
	// MaxBody is the largest request body accepted; bigger bodies get 413. Zero means
	// DefaultMaxBody.
	MaxBody int64
	// AppName is named on the HTML pages (default "Joblink").
	AppName string
	Logger  zerolog.Logger
}

// Handler serves the Web Connector endpoint. Create it with NewHandler.
type Handler struct {
	svc     Service
	maxBody int64
	appName string
	log     zerolog.Logger
}

// NewHandler returns the handler for EndpointPath and SupportPath. Mount it on both paths,
// e.g. mux.Handle("/qbwc", h) and mux.Handle("/qbwc/", h).
func NewHandler(svc Service, opts Options) *Handler {
	h := &Handler{svc: svc, maxBody: opts.MaxBody, appName: opts.AppName, log: opts.Logger.With().Str("component", "qbwc-soap").Logger()}
	if h.maxBody <= 0 {
		h.maxBody = DefaultMaxBody
	}
	if h.appName == "" {
		h.appName = "Joblink"
	}
	return h
}

// ServeHTTP routes by path and method.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case EndpointPath, EndpointPath + "/":
		switch r.Method {
		case http.MethodPost:
			h.serveSOAP(w, r)
		case http.MethodGet, http.MethodHead:
			h.servePage(w, r, endpointPage)
		default:
			methodNotAllowed(w, "GET, HEAD, POST")
		}
	case SupportPath, SupportPath + "/":
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			h.servePage(w, r, supportPage)
		default:
			methodNotAllowed(w, "GET, HEAD")
		}
	default:
		http.NotFound(w, r)
	}
}

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
}

// serveSOAP answers one SOAP call. Every failure becomes a Fault; a panic in the Service is
// recovered here so one bad call cannot take the tray app down.
func (h *Handler) serveSOAP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	op := "?"
	defer func() {
		if p := recover(); p != nil {
			h.log.Error().Str("op", op).Interface("panic", p).Msg("Web Connector call panicked")
			h.writeFault(w, http.StatusInternalServerError, &Fault{Code: FaultServer, String: "Joblink failed while answering " + op + "; see Joblink's log"})
		}
	}()

	if f := checkContentType(r.Header.Get("Content-Type")); f != nil {
		h.writeFault(w, http.StatusInternalServerError, f)
		return
	}
	body, status, readFault := h.readBody(w, r)
	if readFault != nil {
		h.writeFault(w, status, readFault)
		return
	}
	c, err := parseEnvelope(body)
	if err != nil {
		var f *Fault
		if !errors.As(err, &f) {
			f = &Fault{Code: FaultClient, String: err.Error()}
		}
		h.writeFault(w, http.StatusInternalServerError, f)
		return
	}
	op = c.Operation
	if action := soapAction(r.Header.Get("SOAPAction")); action != "" && action != op {
		// The body decides (it is what the WSDL binds); a mismatch is worth a trace only.
		h.log.Debug().Str("op", op).Str("soap_action", action).Msg("SOAPAction header names another operation than the body")
	}
	out, ferr := dispatch(r.Context(), h.svc, c)
	if ferr != nil {
		h.writeFault(w, http.StatusInternalServerError, ferr)
		return
	}
	writeXML(w, http.StatusOK, out)
	h.log.Debug().Str("op", op).Int("request_bytes", len(body)).Int("reply_bytes", len(out)).Dur("took", time.Since(start)).Msg("Web Connector call")
}

// readBody reads the whole body within the limit. The status returned with an error is the
// HTTP status to answer with.
func (h *Handler) readBody(w http.ResponseWriter, r *http.Request) ([]byte, int, *Fault) {
	if r.ContentLength > h.maxBody {
		return nil, http.StatusRequestEntityTooLarge, h.tooLarge()
	}
	var buf bytes.Buffer
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength))
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, h.maxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return nil, http.StatusRequestEntityTooLarge, h.tooLarge()
	case err != nil:
		return nil, http.StatusBadRequest, &Fault{Code: FaultClient, String: "could not read the request body: " + err.Error()}
	case buf.Len() == 0:
		return nil, http.StatusInternalServerError, &Fault{Code: FaultClient, String: "the request body is empty; expected a SOAP envelope"}
	}
	return buf.Bytes(), 0, nil
}

func (h *Handler) tooLarge() *Fault {
	return &Fault{Code: FaultClient, String: fmt.Sprintf("the request is larger than Joblink accepts (%d MB at most); ask QuickBooks for less data per request", h.maxBody>>20)}
}

// checkContentType accepts the XML media types SOAP clients use, and a missing header.
func checkContentType(ct string) *Fault {
	if ct == "" {
		return nil
	}
	media, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return clientFault("unreadable Content-Type %q", ct)
	}
	switch media {
	case "text/xml", "application/xml", "application/soap+xml":
	default:
		return clientFault("Content-Type %q is not XML; send text/xml", media)
	}
	if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "us-ascii" {
		return clientFault("charset %q is not supported; send utf-8", cs)
	}
	return nil
}

// soapAction returns the operation named by a SOAPAction header such as
// "http://developer.intuit.com/authenticate" (quotes optional).
func soapAction(v string) string {
	v = strings.Trim(strings.TrimSpace(v), `"`)
	if i := strings.LastIndexByte(v, '/'); i >= 0 {
		v = v[i+1:]
	}
	return v
}

func (h *Handler) writeFault(w http.ResponseWriter, status int, f *Fault) {
	h.log.Warn().Str("faultcode", f.Code).Str("faultstring", f.String).Int("status", status).Msg("Web Connector call refused")
	writeXML(w, status, faultBody(f))
}

func writeXML(w http.ResponseWriter, status int, body []byte) {
	hdr := w.Header()
	hdr.Set("Content-Type", "text/xml; charset=utf-8")
	hdr.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = io.Copy(w, bytes.NewReader(body))
}
