package localserver

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"joblink/backend/httpjson"
)

// Request bodies of the API are JSON and nothing else. The decoders behind the routes are
// lenient in ways an attacker can use (a Content-Type matched by prefix, "application/jsonx",
// "charset=utf-16", or none at all; duplicate keys, of which the last silently wins), so the
// listener checks every body once, before any route sees it.

// jsonBody is the check: a body must be declared application/json (charset utf-8 at most) and
// must not repeat a key within an object. Malformed JSON is left to the route, which says
// what it expected.
func jsonBody(w http.ResponseWriter, r *http.Request) bool {
	if r.ContentLength == 0 || r.Body == nil || r.Body == http.NoBody {
		return true
	}
	// The Wails window's asset server hands its requests on with an unknown length (-1), a GET
	// included: only an empty read tells that such a request has no body.
	if r.ContentLength < 0 && r.Header.Get("Content-Type") == "" {
		if empty, ok := emptyBody(w, r); !ok || empty {
			return ok
		}
	}
	if !isJSONContentType(r.Header.Get("Content-Type")) {
		ct := r.Header.Get("Content-Type")
		msg := "Joblink expected a JSON body but the request did not say what it sent."
		if ct != "" {
			msg = "Joblink expected a JSON body but received " + strings.ToValidUTF8(ct, "?") + "."
		}
		httpjson.Error(w, http.StatusUnsupportedMediaType, "unsupported_media_type", msg,
			"Send the body as Content-Type: application/json (UTF-8).")
		return false
	}
	body, ok := readBody(w, r)
	if !ok {
		return false
	}
	if key, dup := duplicateKey(body); dup {
		httpjson.Error(w, http.StatusBadRequest, "duplicate_key",
			"The request names "+quoteKey(key)+" twice; Joblink does not guess which one is meant.", "Send each field once.")
		return false
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	return true
}

// emptyBody reads a body of unknown length: empty, it is replaced by http.NoBody; otherwise it
// is put back for the content-type check. ok is false when the answer was already written.
func emptyBody(w http.ResponseWriter, r *http.Request) (empty, ok bool) {
	body, ok := readBody(w, r)
	if !ok {
		return false, false
	}
	if len(body) == 0 {
		r.Body = http.NoBody
		return true, true
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	return false, true
}

// readBody reads the whole body (already limited by LimitBody); on failure it answers and
// returns false.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			httpjson.TooLarge(w, tooBig.Limit)
			return nil, false
		}
		httpjson.Error(w, http.StatusBadRequest, "body_unreadable", "Joblink could not read the request body: "+err.Error()+".", "Send the request again.")
		return nil, false
	}
	return body, true
}

func isJSONContentType(ct string) bool {
	mediaType, params, err := mime.ParseMediaType(ct)
	if err != nil || mediaType != "application/json" {
		return false
	}
	for name, value := range params {
		if name != "charset" || !strings.EqualFold(value, "utf-8") {
			return false
		}
	}
	return true
}

// duplicateKey reports the first key that appears twice in one JSON object. It stops quietly at
// the first syntax error: malformed JSON is the route's to explain.
func duplicateKey(body []byte) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(body))
	// One set of keys per open object; nil for an open array.
	var stack []map[string]bool
	expectKey := func() bool { return len(stack) > 0 && stack[len(stack)-1] != nil }
	afterKey := false // the last token was a key, so the next is its value
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", false
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, map[string]bool{})
			case '[':
				stack = append(stack, nil)
			case '}', ']':
				stack = stack[:len(stack)-1]
			}
			afterKey = false
		case string:
			if expectKey() && !afterKey {
				keys := stack[len(stack)-1]
				if keys[t] {
					return t, true
				}
				keys[t] = true
				afterKey = true
				continue
			}
			afterKey = false
		default:
			afterKey = false
		}
	}
}

func quoteKey(k string) string {
	if len(k) > 40 {
		k = k[:40] + "…"
	}
	b, _ := json.Marshal(strings.ToValidUTF8(k, "?"))
	return string(b)
}
