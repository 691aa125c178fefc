package procore

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxMessageRunes bounds Procore's message in errors and logs: an HTML error page or a huge
// body must not become a megabyte-long error string.
const maxMessageRunes = 500

// errorBody is what parseErrorBody extracts from any error body.
type errorBody struct {
	Code        string
	Message     string
	FieldErrors map[string][]string
}

// parseErrorBody normalises every error body shape Procore uses (§3.3) — and the OAuth
// server's — into code, message and field errors. It never fails: an unknown shape yields
// whatever text it holds.
//
//	{"code": 401, "message": "…", "fields": "…", "reason": "…", "error": "…"}   generic spec schema
//	{"error": {"code": "…", "message": "…", "details": [{"code","message","source"}]}}
//	{"message": "…", "error": "…"}                                            budget line items 422
//	{"errors": [ {…} | "…" ]}   {"errors": {"field": ["…"]}}   {"errors": "…"}
//	{"error": "invalid_grant", "error_description": "…"}                      OAuth
//	plain text (historic 429), HTML (proxies), empty
func parseErrorBody(body []byte) errorBody {
	var out errorBody
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return out
	}
	var obj map[string]json.RawMessage
	if trimmed[0] != '{' || json.Unmarshal(trimmed, &obj) != nil {
		var s string
		if trimmed[0] == '"' && json.Unmarshal(trimmed, &s) == nil {
			out.Message = clip(s)
			return out
		}
		if trimmed[0] == '<' { // an HTML page from a proxy or load balancer says nothing useful
			return out
		}
		out.Message = clip(string(trimmed))
		return out
	}
	out.FieldErrors = map[string][]string{}
	var messages []string
	if code, ok := scalarString(obj["code"]); ok {
		out.Code = code
	}
	if m, ok := scalarString(obj["message"]); ok {
		messages = append(messages, m)
	}
	if raw, ok := obj["error"]; ok {
		if s, ok := scalarString(raw); ok {
			// In OAuth bodies "error" is a code (invalid_grant); elsewhere it is a message.
			if _, oauth := obj["error_description"]; oauth || isCodeLike(s) {
				if out.Code == "" {
					out.Code = s
				} else {
					messages = append(messages, s)
				}
			} else {
				messages = append(messages, s)
			}
		} else {
			nested := nestedError(raw, out.FieldErrors)
			if out.Code == "" {
				out.Code = nested.Code
			}
			if nested.Message != "" {
				messages = append(messages, nested.Message)
			}
		}
	}
	if d, ok := scalarString(obj["error_description"]); ok {
		messages = append(messages, d)
	}
	if r, ok := scalarString(obj["reason"]); ok {
		messages = append(messages, r)
	}
	if f, ok := scalarString(obj["fields"]); ok {
		// The generic schema names the offending field(s) as one string.
		out.FieldErrors[f] = append(out.FieldErrors[f], "is invalid")
	}
	if raw, ok := obj["errors"]; ok {
		messages = append(messages, collectErrors(raw, out.FieldErrors)...)
	}
	out.Message = clip(joinDistinct(messages))
	if len(out.FieldErrors) == 0 {
		out.FieldErrors = nil
	}
	return out
}

// nestedError reads {"code","message","details":[{"code","message","source"}]}.
func nestedError(raw json.RawMessage, fields map[string][]string) errorBody {
	var e struct {
		Code    json.RawMessage `json:"code"`
		Message json.RawMessage `json:"message"`
		Details []struct {
			Message json.RawMessage `json:"message"`
			Source  json.RawMessage `json:"source"`
		} `json:"details"`
	}
	var out errorBody
	if json.Unmarshal(raw, &e) != nil {
		return out
	}
	out.Code, _ = scalarString(e.Code)
	out.Message, _ = scalarString(e.Message)
	for _, d := range e.Details {
		msg, _ := scalarString(d.Message)
		src, _ := scalarString(d.Source)
		if msg == "" {
			continue
		}
		if src == "" {
			src = "base"
		}
		fields[src] = append(fields[src], msg)
	}
	return out
}

// collectErrors reads an "errors" value: a string, a field → messages map, or an array of
// strings or objects. Field messages go to fields; loose messages are returned.
func collectErrors(raw json.RawMessage, fields map[string][]string) []string {
	if s, ok := scalarString(raw); ok {
		return []string{s}
	}
	var asMap map[string]json.RawMessage
	if json.Unmarshal(raw, &asMap) == nil {
		addFieldErrors(asMap, fields)
		return nil
	}
	var asList []json.RawMessage
	if json.Unmarshal(raw, &asList) != nil {
		return nil
	}
	var loose []string
	for _, item := range asList {
		if s, ok := scalarString(item); ok {
			loose = append(loose, s)
			continue
		}
		var obj map[string]json.RawMessage
		if json.Unmarshal(item, &obj) != nil {
			continue
		}
		msg, hasMsg := scalarString(obj["message"])
		field, _ := scalarString(obj["field"])
		if field == "" {
			field, _ = scalarString(obj["source"])
		}
		switch {
		case hasMsg && field != "":
			fields[field] = append(fields[field], msg)
		case hasMsg:
			loose = append(loose, msg)
		default: // {"name": ["can't be blank"]}
			addFieldErrors(obj, fields)
		}
	}
	return loose
}

// addFieldErrors adds {"field": ["msg", …] | "msg"} to fields; sync item errors are read the
// same way.
func addFieldErrors(obj map[string]json.RawMessage, fields map[string][]string) {
	for field, v := range obj {
		if s, ok := scalarString(v); ok {
			fields[field] = append(fields[field], clip(s))
			continue
		}
		var list []json.RawMessage
		if json.Unmarshal(v, &list) == nil {
			for _, m := range list {
				if s, ok := scalarString(m); ok {
					fields[field] = append(fields[field], clip(s))
				}
			}
		}
	}
}

// scalarString reads a JSON string, number or boolean as text; null and containers are not
// scalars.
func scalarString(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", false
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return "", false
		}
		s = strings.TrimSpace(s)
		return s, s != ""
	case 't', 'f':
		var b bool
		if json.Unmarshal(raw, &b) != nil {
			return "", false
		}
		return strconv.FormatBool(b), true
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		var n json.Number
		if json.Unmarshal(raw, &n) != nil {
			return "", false
		}
		return n.String(), true
	}
	return "", false
}

// isCodeLike tells an error code (invalid_grant, not_found) from a sentence.
func isCodeLike(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '_' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func joinDistinct(parts []string) string {
	seen := map[string]bool{}
	var out []string
	for _, p := range parts {
		if p != "" && !seen[p] {
			seen[p] = true
			out = append(out, strings.TrimRight(p, ". "))
		}
	}
	return strings.Join(out, ". ")
}

// clip keeps a message readable: valid UTF-8, one line, at most maxMessageRunes runes.
func clip(s string) string {
	s = strings.ToValidUTF8(s, "?")
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= maxMessageRunes {
		return s
	}
	r := []rune(s)
	return fmt.Sprintf("%s… (%d more characters)", string(r[:maxMessageRunes]), len(r)-maxMessageRunes)
}
