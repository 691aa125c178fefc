package procoresim

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// headerRule says when Procore-Company-Id is required (reference §1.3).
type headerRule int

const (
	headerRequired           headerRule = iota // every call
	headerForServiceAccounts                   // /me and /companies: only for client-credentials tokens
)

// call is what an API handler gets: the caller, and the company the request is about (nil on /me and
// /companies when no header was sent). Handlers run with s.mu held.
type call struct {
	user    *User
	company *Company
	token   *accessToken
}

type apiHandler func(w http.ResponseWriter, r *http.Request, c *call)

const messageMissingCompany = "Missing Procore-Company-Id header!"

// apiEndpoint wraps a handler with what every /rest call goes through, in Procore's order: faults
// (they model the platform, before any app logic), bearer token (401), rate limit (headers on every
// authenticated response, 429 when exhausted), then the company header.
func (s *Server) apiEndpoint(rule headerRule, handler apiHandler) http.Handler {
	serve := s.serveAPI(rule, handler)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.apiRequests.Add(1)
		if s.injectFault(w, r) {
			return
		}
		if s.takeLostResponse() {
			// The work happens, the answer never arrives: the client cannot tell whether it did.
			serve(&discardedResponse{header: http.Header{}}, r)
			dropConnection(w)
			return
		}
		serve(w, r)
	})
}

// serveAPI is the part of an API call after the platform faults: token, rate limit, company.
func (s *Server) serveAPI(rule headerRule, handler apiHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		token, problem := s.lookupAccessToken(r)
		if problem != "" {
			writeUnauthorized(w, problem)
			return
		}
		if !s.admitRequest(w, token.userID) {
			return
		}
		c := &call{user: s.users[token.userID], token: token}
		headerValue := strings.TrimSpace(r.Header.Get("Procore-Company-Id"))
		if headerValue == "" {
			if rule == headerRequired || token.serviceAccount {
				writeError(w, http.StatusBadRequest, messageMissingCompany, "")
				return
			}
			handler(w, r, c)
			return
		}
		companyID, err := strconv.ParseInt(headerValue, 10, 64)
		if err != nil {
			writeError(w, http.StatusBadRequest, "Procore-Company-Id must be a company id", "")
			return
		}
		company := s.visibleCompany(c.user, companyID)
		if company == nil {
			// 403, not 404: the company exists for the app or not at all, and Procore documents
			// "App is not connected to this company" as a 403 (reference §3.3).
			writeError(w, http.StatusForbidden, "App is not connected to this company", "The user has no access to company "+headerValue)
			return
		}
		c.company = company
		handler(w, r, c)
	}
}

// discardedResponse takes an answer nobody will receive.
type discardedResponse struct{ header http.Header }

func (d *discardedResponse) Header() http.Header         { return d.header }
func (d *discardedResponse) Write(b []byte) (int, error) { return len(b), nil }
func (d *discardedResponse) WriteHeader(int)             {}

// lookupAccessToken returns the request's valid token, or why there is none. Caller holds s.mu.
func (s *Server) lookupAccessToken(r *http.Request) (*accessToken, string) {
	value := bearerToken(r)
	if value == "" {
		return nil, "missing"
	}
	token := s.tokens.access[value]
	switch {
	case token == nil:
		return nil, "unknown"
	case token.revoked:
		return nil, "revoked"
	case !s.opts.Now().Before(token.expiresAt):
		return nil, "expired"
	}
	return token, ""
}

// writeUnauthorized sends Procore's "The access token is invalid" (reference §2.2 error texts) with
// the reason in the standard WWW-Authenticate challenge, as Doorkeeper does.
func writeUnauthorized(w http.ResponseWriter, reason string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="Doorkeeper", error="invalid_token", error_description="The access token is invalid"`)
	writeError(w, http.StatusUnauthorized, "The access token is invalid", "The access token is "+reason)
}

// visibleCompany returns the company if the user may see it.
func (s *Server) visibleCompany(user *User, companyID int64) *Company {
	company := s.byID[companyID]
	if company == nil || user == nil {
		return nil
	}
	if len(user.CompanyIDs) > 0 && !slices.Contains(user.CompanyIDs, companyID) {
		return nil
	}
	return company
}

// visibleProject returns the call company's project if the user may see it.
func (c *call) visibleProject(projectID int64) *Project {
	project := c.company.projects.byID[projectID]
	if project == nil || !c.canSeeProject(projectID) {
		return nil
	}
	return project
}

func (c *call) canSeeProject(projectID int64) bool {
	return c.user.ProjectIDs == nil || slices.Contains(c.user.ProjectIDs, projectID)
}

// scopeCompany checks a company_id given in the query or body against the header's company: a
// different or invisible company answers 404, so a caller learns nothing about companies it cannot see.
func (c *call) scopeCompany(w http.ResponseWriter, value string, required bool) bool {
	if value == "" {
		if required {
			writeError(w, http.StatusBadRequest, "company_id is missing", "")
			return false
		}
		return true
	}
	id, err := strconv.ParseInt(value, 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "company_id must be an integer", "")
		return false
	}
	if id != c.company.ID {
		notFound(w, "Company")
		return false
	}
	return true
}

// pathID parses a path id, answering 404 when it is not an integer (no such resource can exist).
func pathID(w http.ResponseWriter, r *http.Request, name, what string) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil {
		notFound(w, what)
		return 0, false
	}
	return id, true
}

// projectFromPath resolves {project_id} to a visible project or answers 404.
func (c *call) projectFromPath(w http.ResponseWriter, r *http.Request) *Project {
	id, ok := pathID(w, r, "project_id", "Project")
	if !ok {
		return nil
	}
	project := c.visibleProject(id)
	if project == nil {
		notFound(w, "Project")
	}
	return project
}
