package logging

import (
	"io"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Redacted replaces every secret in a log line.
const Redacted = "[REDACTED]"

const secretKeyName = `[^"\\]*(?:token|passw|secret|authoriz|api[_-]?key|cookie|credential)[^"\\]*`

var (
	// A field whose name says it holds a secret: its value goes, whatever it is (string, number,
	// boolean).
	secretField = regexp.MustCompile(`(?i)("` + secretKeyName + `"\s*:\s*)(?:"(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false)`)
	// The same inside a JSON document that was logged as a string (a Procore error body), where
	// every quote is escaped.
	secretFieldEscaped = regexp.MustCompile(`(?i)(\\"` + secretKeyName + `\\"\s*:\s*)\\"[^"\\]*\\"`)
	// "Bearer abc…" and "Basic abc…" anywhere in a value.
	authScheme = regexp.MustCompile(`(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{4,}`)
	// key=value pairs in URLs, form bodies and messages.
	secretParam = regexp.MustCompile(`(?i)\b((?:access_|refresh_|id_)?token|client_secret|password|passwd|secret|api_key|apikey)=([^&\s"\\]+)`)
	// An OAuth authorization code in a callback URL.
	oauthCode = regexp.MustCompile(`([?&]code=)[^&\s"\\]+`)
	// The Web Connector's password element in a SOAP envelope.
	soapPassword = regexp.MustCompile(`(?i)(<(?:[a-z0-9_]+:)?strPassword>)[^<]*(</)`)
)

var registry struct {
	sync.RWMutex
	secrets  map[string]bool
	replacer *strings.Replacer
}

// RegisterSecret makes the redactor remove this exact value wherever it appears, in whatever
// field or format. Call it for every secret the process learns (UI token, OAuth tokens, …).
// Values shorter than 8 characters are ignored: they would blank out ordinary words.
func RegisterSecret(secret string) {
	if len(secret) < 8 {
		return
	}
	registry.Lock()
	defer registry.Unlock()
	if registry.secrets == nil {
		registry.secrets = map[string]bool{}
	}
	if registry.secrets[secret] {
		return
	}
	registry.secrets[secret] = true
	all := make([]string, 0, len(registry.secrets))
	for s := range registry.secrets {
		all = append(all, s)
	}
	sort.Slice(all, func(i, j int) bool { return len(all[i]) > len(all[j]) }) // longest first
	pairs := make([]string, 0, 2*len(all))
	for _, s := range all {
		pairs = append(pairs, s, Redacted)
	}
	registry.replacer = strings.NewReplacer(pairs...)
}

// Redact removes secrets from one log line (or any text).
func Redact(line string) string {
	registry.RLock()
	r := registry.replacer
	registry.RUnlock()
	if r != nil {
		line = r.Replace(line)
	}
	line = secretField.ReplaceAllString(line, `${1}"`+Redacted+`"`)
	line = secretFieldEscaped.ReplaceAllString(line, `${1}\"`+Redacted+`\"`)
	line = authScheme.ReplaceAllString(line, `$1 `+Redacted)
	line = secretParam.ReplaceAllString(line, `$1=`+Redacted)
	line = oauthCode.ReplaceAllString(line, `${1}`+Redacted)
	line = soapPassword.ReplaceAllString(line, `${1}`+Redacted+`${2}`)
	return line
}

// Redactor is an io.Writer that redacts each write (zerolog writes one event per call).
type Redactor struct{ w io.Writer }

// NewRedactor wraps w.
func NewRedactor(w io.Writer) *Redactor { return &Redactor{w: w} }

func (r *Redactor) Write(p []byte) (int, error) {
	if _, err := io.WriteString(r.w, Redact(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
