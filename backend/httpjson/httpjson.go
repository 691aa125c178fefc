// Package httpjson writes and reads the JSON bodies of Joblink's local API, including the one
// error shape every failure uses: what happened, and how to fix it.
package httpjson

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Problem is the body of every error response: {"error": {"code", "message", "fix"}}.
type Problem struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Fix     string `json:"fix,omitempty"`
}

// Write sends v as JSON with the given status. API responses are never cached.
func Write(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Error sends the error shape.
func Error(w http.ResponseWriter, status int, code, message, fix string) {
	Write(w, status, map[string]Problem{"error": {Code: code, Message: message, Fix: fix}})
}

// TooLarge answers 413 for a body over the limit.
func TooLarge(w http.ResponseWriter, limit int64) {
	Error(w, http.StatusRequestEntityTooLarge, "body_too_large",
		fmt.Sprintf("The request is larger than Joblink accepts (%d KB at most).", limit/1024),
		"Send less data in one request.")
}

// Decode reads a JSON request body into v, strictly: unknown fields, trailing data, a wrong
// content type and an oversized body are all errors. On failure it has already answered.
func Decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(strings.ToLower(ct), "application/json") {
		Error(w, http.StatusUnsupportedMediaType, "unsupported_media_type",
			fmt.Sprintf("Joblink expected JSON but received %q.", ct), "Send the body as application/json.")
		return false
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("extra data after the JSON value")
	}
	if err == nil {
		if _, extra := dec.Token(); extra != io.EOF {
			err = errors.New("extra data after the JSON value")
		}
	}
	if err == nil {
		return true
	}
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		TooLarge(w, tooBig.Limit)
		return false
	}
	if errors.Is(err, io.EOF) {
		err = errors.New("the body is empty")
	}
	Error(w, http.StatusBadRequest, "malformed_json",
		"Joblink could not read the request: "+err.Error()+".", "Send a valid JSON body.")
	return false
}
