package soap

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync"
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

// Defaults of the limits in Options.
const (
	// DefaultMaxSmallBody is what is read of a request before its ticket has been checked:
	// authenticate and the version calls are a few hundred bytes, and the ticket comes first
	// in every other call.
	DefaultMaxSmallBody int64 = 16 << 10
	// DefaultMaxConcurrent calls are served at once. One Web Connector makes one call at a
	// time; a few more allow for a second QBWC user and the support pages' visitors.
	DefaultMaxConcurrent = 4
	// DefaultMaxBuffered is twice DefaultMaxBody: one large response being received and one
	// more (a retry after a timeout) at the same time.
	DefaultMaxBuffered = 2 * DefaultMaxBody
	// DefaultQueueWait is how long a call waits for one of the MaxConcurrent places before it
	// is answered 503.
	DefaultQueueWait = 5 * time.Second
)

// Options configures NewHandler.
type Options struct {
	// MaxBody is the largest request body accepted; bigger bodies get 413. Zero means
	// DefaultMaxBody.
	MaxBody int64
	// MaxSmallBody is the most read of a request whose ticket the Service has not admitted
	// (see LargeBodyAdmitter); bigger bodies get 413 without being read. Zero means
	// DefaultMaxSmallBody.
	MaxSmallBody int64
	// MaxConcurrent bounds the SOAP calls served at once (zero: DefaultMaxConcurrent), and
	// MaxBuffered the bytes of large bodies held at once (zero: DefaultMaxBuffered). A call
	// over either limit waits up to QueueWait (zero: DefaultQueueWait), then gets 503.
	MaxConcurrent int
	MaxBuffered   int64
	QueueWait     time.Duration
	// AppName is named on the HTML pages (default "Joblink").
	AppName string
	Logger  zerolog.Logger
}

// Handler serves the Web Connector endpoint. Create it with NewHandler.
type Handler struct {
	svc       Service
	maxBody   int64
	maxSmall  int64
	queueWait time.Duration
	appName   string
	log       zerolog.Logger

	places chan struct{} // one token per call being served (MaxConcurrent)

	budgetMu sync.Mutex
	budget   int64 // bytes of large bodies that may still be reserved
}

// NewHandler returns the handler for EndpointPath and SupportPath. Mount it on both paths,
// e.g. mux.Handle("/qbwc", h) and mux.Handle("/qbwc/", h).
func NewHandler(svc Service, opts Options) *Handler {
	h := &Handler{svc: svc, maxBody: opts.MaxBody, maxSmall: opts.MaxSmallBody, queueWait: opts.QueueWait, appName: opts.AppName, budget: opts.MaxBuffered,
		log: opts.Logger.With().Str("component", "qbwc-soap").Logger()}
	if h.maxBody <= 0 {
		h.maxBody = DefaultMaxBody
	}
	if h.maxSmall <= 0 {
		h.maxSmall = DefaultMaxSmallBody
	}
	h.maxSmall = min(h.maxSmall, h.maxBody)
	if h.queueWait <= 0 {
		h.queueWait = DefaultQueueWait
	}
	if h.budget <= 0 {
		h.budget = DefaultMaxBuffered
	}
	h.budget = max(h.budget, h.maxBody) // one largest body always fits
	n := opts.MaxConcurrent
	if n <= 0 {
		n = DefaultMaxConcurrent
	}
	h.places = make(chan struct{}, n)
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
	body, status, readFault, done := h.readBody(w, r)
	defer done()
	if readFault != nil {
		if status == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "5")
		}
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

// readBody reads the body in two steps so that memory follows trust. First at most
// maxSmall bytes, whoever sends them (the buffer grows as bytes arrive, never to the
// announced Content-Length). A body that does not end there is read on, up to maxBody, only
// for a large-body operation whose ticket the Service admits, and only within the byte
// budget. It also takes one of the places that bound concurrent calls, after the first step
// so that slow senders of small prefixes do not hold them. The status returned with a fault
// is the HTTP status to answer with; done must be called when the body is no longer needed.
func (h *Handler) readBody(w http.ResponseWriter, r *http.Request) (body []byte, status int, f *Fault, done func()) {
	done = func() {}
	if r.ContentLength > h.maxBody {
		return nil, http.StatusRequestEntityTooLarge, h.tooLarge(h.maxBody), done
	}
	src := http.MaxBytesReader(w, r.Body, h.maxBody)
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(src, h.maxSmall+1)); err != nil {
		return nil, readStatus(err), h.readFault(err), done
	}
	if buf.Len() == 0 {
		return nil, http.StatusInternalServerError, &Fault{Code: FaultClient, String: "the request body is empty; expected a SOAP envelope"}, done
	}
	if !h.takePlace(r) {
		return nil, http.StatusServiceUnavailable, h.busyFault(), done
	}
	done = func() { <-h.places }
	if int64(buf.Len()) <= h.maxSmall {
		return buf.Bytes(), 0, nil, done
	}

	op, ticket := peekCall(buf.Bytes())
	if !h.admitsLarge(op, ticket) {
		h.log.Warn().Str("op", op).Int64("content_length", r.ContentLength).Msg("large Web Connector request refused: no valid ticket for it")
		return nil, http.StatusRequestEntityTooLarge, h.tooLarge(h.maxSmall), done
	}
	reserve := h.maxBody
	if r.ContentLength > 0 {
		reserve = r.ContentLength
	}
	if !h.reserve(reserve) {
		return nil, http.StatusServiceUnavailable, h.busyFault(), done
	}
	releasePlace := done
	done = func() { h.unreserve(reserve); releasePlace() }
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength) - buf.Len()) // admitted and within the budget
	}
	if _, err := buf.ReadFrom(src); err != nil {
		return nil, readStatus(err), h.readFault(err), done
	}
	return buf.Bytes(), 0, nil, done
}

// admitsLarge asks the Service whether this call may carry a large body.
func (h *Handler) admitsLarge(op, ticket string) bool {
	if !largeBodyOps[op] || ticket == "" {
		return false
	}
	a, ok := h.svc.(LargeBodyAdmitter)
	return !ok || a.AdmitLargeBody(op, ticket)
}

// takePlace waits for one of the MaxConcurrent places, at most queueWait.
func (h *Handler) takePlace(r *http.Request) bool {
	select {
	case h.places <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(h.queueWait)
	defer t.Stop()
	select {
	case h.places <- struct{}{}:
		return true
	case <-t.C:
	case <-r.Context().Done():
	}
	return false
}

// reserve takes n bytes from the budget for large bodies, or reports that they are not
// there. It does not wait: the holder of the budget is receiving a large response, which
// takes long, and the Web Connector retries a failed call.
func (h *Handler) reserve(n int64) bool {
	h.budgetMu.Lock()
	defer h.budgetMu.Unlock()
	if n > h.budget {
		return false
	}
	h.budget -= n
	return true
}

func (h *Handler) unreserve(n int64) {
	h.budgetMu.Lock()
	h.budget += n
	h.budgetMu.Unlock()
}

func readStatus(err error) int {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusBadRequest
}

func (h *Handler) readFault(err error) *Fault {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return h.tooLarge(h.maxBody)
	}
	return &Fault{Code: FaultClient, String: "could not read the request body: " + err.Error()}
}

func (h *Handler) busyFault() *Fault {
	return &Fault{Code: FaultServer, String: "Joblink is busy with other Web Connector calls; try again shortly"}
}

func (h *Handler) tooLarge(limit int64) *Fault {
	if limit < h.maxBody {
		return &Fault{Code: FaultClient, String: fmt.Sprintf("the request is larger than Joblink accepts without a valid ticket (%d KB at most)", limit>>10)}
	}
	return &Fault{Code: FaultClient, String: fmt.Sprintf("the request is larger than Joblink accepts (%d MB at most); ask QuickBooks for less data per request", limit>>20)}
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
