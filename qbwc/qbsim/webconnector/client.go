package webconnector

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbsim/internal/pause"
)

// Client is one QBWC installation with one application registered,
// connected to one simulated QuickBooks company.
type Client struct {
	cfg     Config
	company *qbsim.Company
	http    *http.Client

	mu       sync.Mutex
	password string // as typed into QBWC; SetPassword changes it
}

// SetPassword changes the password QBWC sends, as a person retyping it in QBWC's Password
// column does; the next run uses it.
func (c *Client) SetPassword(pw string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.password = pw
}

func (c *Client) currentPassword() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.password
}

// New returns a client. httpClient may be nil (http.DefaultClient).
func New(cfg Config, company *qbsim.Company, httpClient *http.Client) *Client {
	if httpClient == nil {
		httpClient = http.DefaultClient
	}
	return &Client{cfg: cfg.withDefaults(), company: company, http: httpClient, password: cfg.Password}
}

// Run performs an update every cfg.RunEvery until ctx ends (QBWC's
// Auto-Run), starting immediately. Each report is passed to onReport.
func (c *Client) Run(ctx context.Context, onReport func(*Report)) error {
	if c.cfg.RunEvery <= 0 {
		return fmt.Errorf("run web connector: RunEvery must be positive")
	}
	ticker := time.NewTicker(c.cfg.RunEvery)
	defer ticker.Stop()
	for {
		r := c.RunOnce(ctx)
		if onReport != nil {
			onReport(r)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
	}
}

// RunOnce performs one update session, following QBWC's call sequence
// (qbwc-protocol.md §3). Failures are recorded in the report, as QBWC
// shows them in its status column; the run never panics on server input.
func (c *Client) RunOnce(ctx context.Context) *Report {
	r := &Report{Started: time.Now()}
	defer func() { r.Finished = time.Now() }()
	log := c.cfg.Logger.With().Str("app", c.cfg.AppName).Logger()

	do := func(method string, params ...param) (string, []string, error) {
		start := time.Now()
		res, items, err := c.call(ctx, method, params...)
		call := Call{Method: method, Duration: time.Since(start), Result: res}
		if items != nil {
			call.Result = strings.Join(items, "|")
		}
		ev := log.Debug()
		if err != nil {
			call.Err = err.Error()
			ev = log.Warn().Err(err)
		}
		ev.Str("method", method).Dur("took", call.Duration).Str("result", truncate(call.Result, 80)).Msg("qbwc call")
		r.Calls = append(r.Calls, call)
		return res, items, err
	}

	var err error
	if r.ServerVersion, _, err = do("serverVersion"); err != nil {
		r.Err = err
		return r
	}
	if r.ClientVersionResult, _, err = do("clientVersion", param{"strVersion", c.cfg.Version}); err != nil {
		r.Err = err
		return r
	}
	// "E:" and "O:" stop QBWC before authenticate; "W:" only warns.
	if v := r.ClientVersionResult; strings.HasPrefix(v, "E:") || strings.HasPrefix(v, "O:") {
		r.LastError = v
		return r
	}
	_, auth, err := do("authenticate", param{"strUserName", c.cfg.UserName}, param{"strPassword", c.currentPassword()})
	if err != nil {
		r.Err = err
		return r
	}
	if len(auth) < 2 {
		// QBWC1012: an authenticate result without both strings.
		r.Err = fmt.Errorf("authenticate returned %d strings, want at least 2", len(auth))
		return r
	}
	r.Ticket, r.AuthStatus = auth[0], auth[1]
	switch strings.ToLower(r.AuthStatus) {
	case "nvu", "none", "busy":
		r.CloseMessage, _, _ = do("closeConnection", param{"ticket", r.Ticket})
		return r
	}
	companyFile := r.AuthStatus
	if companyFile == "" {
		companyFile = c.cfg.CompanyFile
		if companyFile == "" {
			companyFile = c.company.Info().FilePath
		}
	}

	session, err := c.openSession(do, r, &companyFile)
	if err != nil || session == nil {
		r.Err = err
		return r
	}
	defer session.End()
	c.exchange(ctx, do, r, session, companyFile)
	r.CloseMessage, _, err = do("closeConnection", param{"ticket", r.Ticket})
	if err != nil && r.Err == nil {
		r.Err = err
	}
	return r
}

type caller func(method string, params ...param) (string, []string, error)

// openSession opens QuickBooks; on failure it tells the service through
// connectionError and retries with the path it answers until "done".
func (c *Client) openSession(do caller, r *Report, companyFile *string) (*qbsim.Session, error) {
	for attempt := 0; ; attempt++ {
		s, err := c.company.BeginSession()
		if err == nil {
			return s, nil
		}
		var pe *qbsim.ProcessorError
		if !errors.As(err, &pe) {
			return nil, fmt.Errorf("open QuickBooks session: %w", err)
		}
		r.ConnectionErrors = append(r.ConnectionErrors, pe.HResult)
		res, _, cerr := do("connectionError", param{"ticket", r.Ticket}, param{"hresult", pe.HResult}, param{"message", pe.Message})
		if cerr != nil {
			return nil, cerr
		}
		if strings.EqualFold(res, "done") || attempt >= c.cfg.ConnectionRetries {
			r.LastError = pe.Message
			return nil, nil
		}
		if res != "" {
			*companyFile = res
		}
	}
}

// exchange is the sendRequestXML / receiveResponseXML loop.
func (c *Client) exchange(ctx context.Context, do caller, r *Report, session *qbsim.Session, companyFile string) {
	hcp, err := session.HCPResponse(ctx, c.cfg.OwnerID)
	if err != nil {
		r.Err = fmt.Errorf("build HCP response: %w", err)
		return
	}
	major, minor := strconv.Itoa(c.cfg.QBXMLMajor), strconv.Itoa(c.cfg.QBXMLMinor)
	for first := true; ; first = false {
		sendHCP := ""
		if first {
			// Only the first sendRequestXML of a session carries the HCP
			// response (PG09 ch.2; captures 18 vs 67).
			sendHCP = hcp
		}
		request, _, err := do("sendRequestXML", param{"ticket", r.Ticket}, param{"strHCPResponse", sendHCP},
			param{"strCompanyFileName", companyFile}, param{"qbXMLCountry", c.cfg.Country},
			param{"qbXMLMajorVers", major}, param{"qbXMLMinorVers", minor})
		if err != nil {
			r.Err = err
			return
		}
		if request == "" {
			msg, _, err := do("getLastError", param{"ticket", r.Ticket})
			if err != nil {
				r.Err = err
				return
			}
			if msg == "NoOp" && r.NoOps < c.cfg.MaxNoOps {
				r.NoOps++
				if err := pause.For(ctx, c.cfg.NoOpPause); err != nil {
					r.Err = err
					return
				}
				continue
			}
			if msg != "NoOp" {
				r.LastError = msg
			}
			return
		}
		response, hresult, message := c.process(ctx, r, session, request)
		progress, _, err := do("receiveResponseXML", param{"ticket", r.Ticket}, param{"response", response},
			param{"hresult", hresult}, param{"message", message})
		if err != nil {
			r.Err = err
			return
		}
		n, err := strconv.Atoi(strings.TrimSpace(progress))
		if err != nil {
			r.Err = fmt.Errorf("receiveResponseXML returned %q, not an int", progress)
			return
		}
		r.Progress = n
		if n < 0 {
			if msg, _, err := do("getLastError", param{"ticket", r.Ticket}); err == nil {
				r.LastError = msg
			}
			return
		}
		if n >= 100 {
			return
		}
	}
}

// process hands a request set to QuickBooks, returning either the
// response or the processor's hresult/message.
func (c *Client) process(ctx context.Context, r *Report, session *qbsim.Session, request string) (response, hresult, message string) {
	r.RequestSets++
	r.Requests += countRequests(request)
	resp, err := session.ProcessRequest(ctx, request)
	if err != nil {
		var pe *qbsim.ProcessorError
		if errors.As(err, &pe) {
			r.ProcessorErrors = append(r.ProcessorErrors, pe.HResult)
			return "", pe.HResult, pe.Message
		}
		return "", qbsim.HResultUnexpected, err.Error()
	}
	r.StatusErrors = append(r.StatusErrors, errorStatuses(resp)...)
	return resp, "", ""
}

// countRequests counts the *Rq elements of a message set (0 if unparsable).
func countRequests(doc string) int {
	dec := xml.NewDecoder(strings.NewReader(doc))
	depth, n := 0, 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return n
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 3 && strings.HasSuffix(t.Name.Local, "Rq") {
				n++
			}
		case xml.EndElement:
			depth--
		}
	}
}

// errorStatuses lists "<Rs> <code>: <message>" for Error-severity responses.
func errorStatuses(doc string) []string {
	dec := xml.NewDecoder(strings.NewReader(doc))
	var out []string
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return out
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth != 3 {
				continue
			}
			attrs := map[string]string{}
			for _, a := range t.Attr {
				attrs[a.Name.Local] = a.Value
			}
			if attrs["statusSeverity"] == "Error" {
				out = append(out, t.Name.Local+" "+attrs["statusCode"]+": "+attrs["statusMessage"])
			}
		case xml.EndElement:
			depth--
		}
	}
}
