package procore

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"joblink/backend/problem"
)

// APIError is any answer from Procore with an error status, whatever shape its body had
// (§3.3): the status, Procore's own code and message, the per-field messages, and how long
// Procore asked us to wait (429, 503).
type APIError struct {
	Status      int
	Code        string // Procore's error code when it gave one ("invalid_grant", "422", …)
	Message     string // Procore's message, as sent (trimmed, at most a few hundred characters)
	FieldErrors map[string][]string
	Method      string
	Path        string // request path without the query (the query can name records, never secrets, but is noise)
	RetryAfter  time.Duration
}

func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "procore: %s %s: %d %s", e.Method, e.Path, e.Status, http.StatusText(e.Status))
	if e.Code != "" && e.Code != fmt.Sprint(e.Status) {
		fmt.Fprintf(&b, " [%s]", e.Code)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	if fe := e.fieldSentence(); fe != "" {
		b.WriteString(" (" + fe + ")")
	}
	return b.String()
}

// Words is the sentence a bookkeeper reads: what happened and what to do.
func (e *APIError) Words() string { return e.Problem().Words() }

// Problem converts the error into the shared error-with-words type, keeping e as the cause.
func (e *APIError) Problem() *problem.Problem {
	thing := describePath(e.Path)
	said := e.procoreSaid()
	p := &problem.Problem{Err: e}
	switch {
	case e.Status == http.StatusUnauthorized:
		p.Message = "Procore no longer accepts Joblink's sign-in (it expired or was revoked)."
		p.Fix = "Sign in to Procore again from Joblink's settings."
	case e.Status == http.StatusForbidden:
		p.Message = "Procore refused access to " + thing + "." + said
		p.Fix = "Check that your Procore user has permission for this tool, that the Joblink app is installed in this Procore company, and that the tool is turned on in the project; your Procore administrator can change these."
	case e.Status == http.StatusNotFound:
		p.Message = capitalise(thing) + " was not found, or your Procore user may not have permission to see it."
		p.Fix = "Check that it still exists in Procore and that your Procore user can open it there."
	case e.Status == http.StatusUnprocessableEntity:
		p.Message = "Procore did not accept the change to " + thing + "." + said
		p.Fix = "Correct the record so it meets Procore's rule, then sync again."
	case e.Status == http.StatusTooManyRequests:
		p.Message = "Procore asked Joblink to slow down because too many requests were made."
		p.Fix = "Joblink waits and tries again by itself" + e.waitWords() + "; nothing needs to be done."
	case e.Status == http.StatusConflict:
		p.Message = "Procore reported a conflict with " + thing + " (often a record with the same QuickBooks id already exists)." + said
		p.Fix = "Check for a duplicate record in Procore."
	case e.Status == http.StatusRequestEntityTooLarge:
		p.Message = "Procore refused the request because it was too large."
		p.Fix = "Send fewer records at a time; if it keeps happening, contact Joblink support."
	case e.Status == http.StatusMethodNotAllowed:
		p.Message = "Procore no longer allows this change to " + thing + "." + said
		p.Fix = "The Procore company may have moved to a newer tool (for example Budget Changes); contact Joblink support."
	case e.Status >= 500:
		p.Message = "Procore had a problem of its own and could not answer."
		p.Fix = "Joblink will try again at the next sync" + e.waitWords() + "; if it keeps happening, check status.procore.com."
	default:
		p.Message = "Procore rejected the request for " + thing + "." + said
		p.Fix = "If this keeps happening, contact Joblink support with the log file."
	}
	return p
}

// procoreSaid quotes Procore's reason (message and field errors) as a sentence fragment.
func (e *APIError) procoreSaid() string {
	parts := []string{}
	if e.Message != "" {
		parts = append(parts, strings.TrimRight(e.Message, "."))
	}
	if fe := e.fieldSentence(); fe != "" {
		parts = append(parts, fe)
	}
	if len(parts) == 0 {
		return ""
	}
	return " Procore said: " + strings.Join(parts, "; ") + "."
}

func (e *APIError) fieldSentence() string {
	if len(e.FieldErrors) == 0 {
		return ""
	}
	fields := make([]string, 0, len(e.FieldErrors))
	for f := range e.FieldErrors {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	parts := make([]string, 0, len(fields))
	for _, f := range fields {
		parts = append(parts, strings.ReplaceAll(f, "_", " ")+" "+strings.Join(e.FieldErrors[f], ", "))
	}
	return strings.Join(parts, "; ")
}

func (e *APIError) waitWords() string {
	if e.RetryAfter <= 0 {
		return ""
	}
	return " in about " + e.RetryAfter.Round(time.Second).String()
}

// Temporary reports whether trying again later may succeed.
func (e *APIError) Temporary() bool {
	return e.Status == http.StatusTooManyRequests || e.Status == http.StatusRequestTimeout || e.Status >= 500
}

// describePath names the record a path refers to, for sentences: /rest/v1.0/vendors/42 →
// "the Procore vendor 42".
func describePath(path string) string {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	var noun, id string
	for i := len(segs) - 1; i >= 0; i-- {
		s := segs[i]
		if s == "" || strings.HasPrefix(s, "v1") || strings.HasPrefix(s, "v2") || s == "rest" {
			continue
		}
		if isDigits(s) {
			if id == "" && noun == "" {
				id = s
			}
			continue
		}
		if s == "sync" || s == "info" {
			continue
		}
		noun = s
		break
	}
	if noun == "" {
		return "the requested Procore record"
	}
	noun = strings.ReplaceAll(noun, "_", " ")
	if id == "" {
		return "the Procore " + noun
	}
	return "the Procore " + singular(noun) + " " + id
}

func singular(noun string) string {
	switch {
	case strings.HasSuffix(noun, "companies"):
		return strings.TrimSuffix(noun, "ies") + "y"
	case strings.HasSuffix(noun, "s"):
		return strings.TrimSuffix(noun, "s")
	}
	return noun
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
