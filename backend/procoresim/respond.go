package procoresim

import (
	"encoding/json"
	"net/http"
)

// errorBody is the generic error schema most Procore endpoints declare for 400/401/403/404/422
// (reference §3.3: code, message, fields, reason, error). Rails-style per-field messages ride along
// in "errors" because the reference notes 4xx bodies "often contain a message or errors field".
type errorBody struct {
	Code    int                 `json:"code"`
	Message string              `json:"message"`
	Fields  *string             `json:"fields"`
	Reason  *string             `json:"reason"`
	Error   string              `json:"error"`
	Errors  map[string][]string `json:"errors,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// writeError sends the generic error schema; reason and fields are optional detail.
func writeError(w http.ResponseWriter, status int, message, reason string) {
	body := errorBody{Code: status, Message: message, Error: message}
	if reason != "" {
		body.Reason = &reason
	}
	writeJSON(w, status, body)
}

// writeFieldErrors sends a 422 (or other status) that names the offending fields.
func writeFieldErrors(w http.ResponseWriter, status int, message string, fields map[string][]string) {
	body := errorBody{Code: status, Message: message, Error: message, Errors: fields}
	names := ""
	for name := range fields {
		if names != "" {
			names += ","
		}
		names += name
	}
	if names != "" {
		body.Fields = &names
	}
	writeJSON(w, status, body)
}

func notFound(w http.ResponseWriter, what string) {
	writeError(w, http.StatusNotFound, what+" not found", "The resource does not exist or you do not have permission to see it")
}
