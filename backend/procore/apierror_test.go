package procore

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"joblink/backend/problem"
)

func TestEveryErrorBodyShapeIsNormalised(t *testing.T) {
	cases := []struct {
		name, body string
		status     int
		code, msg  string
		fields     map[string]string // field → first message
		words      string
	}{
		{"generic schema", `{"code":403,"message":"App is not connected to this company","fields":"","reason":"","error":""}`,
			403, "403", "App is not connected to this company", nil, "Joblink app is installed"},
		{"default error schema", `{"error":{"code":"validation","message":"Invalid project","details":[{"code":"blank","message":"can't be blank","source":"name"}]}}`,
			422, "validation", "Invalid project", map[string]string{"name": "can't be blank"}, "name can't be blank"},
		{"budget line item 422", `{"message":"Unprocessable Currency","error":"Currency mismatch with the project"}`,
			422, "", "Unprocessable Currency. Currency mismatch with the project", nil, "Unprocessable Currency"},
		{"errors array", `{"errors":[{"message":"Status transition not allowed"},"locked by ERP"]}`,
			400, "", "Status transition not allowed. locked by ERP", nil, "Status transition not allowed"},
		{"errors map", `{"errors":{"origin_id":["has already been taken"]}}`,
			409, "", "", map[string]string{"origin_id": "has already been taken"}, "origin id has already been taken"},
		{"errors string", `{"errors":"Record is locked"}`, 422, "", "Record is locked", nil, "Record is locked"},
		{"oauth", `{"error":"invalid_token","error_description":"The access token is invalid"}`,
			401, "invalid_token", "The access token is invalid", nil, "Sign in to Procore again"},
		{"plain text 429", "You have surpassed the max number of requests for an hour.", 429, "",
			"You have surpassed the max number of requests for an hour.", nil, "slow down"},
		{"html 502", "<html><body>Bad gateway</body></html>", 502, "", "", nil, "problem of its own"},
		{"empty 404", "", 404, "", "", nil, "may not have permission to see it"},
		{"json string", `"Not found"`, 404, "", "Not found", nil, "was not found"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tc.status)
				_, _ = w.Write([]byte(tc.body))
			}, func(c *Config) { c.MaxAttempts = 1; c.Tokens = samePairTokens{"access-token-for-tests"} })
			_, err := c.Vendor(context.Background(), 42)
			var e *APIError
			if !errors.As(err, &e) {
				t.Fatalf("want *APIError, got %v", err)
			}
			if e.Status != tc.status || e.Code != tc.code || e.Message != tc.msg || e.Method != "GET" || e.Path != "/rest/v1.0/vendors/42" {
				t.Fatalf("got %+v", e)
			}
			for f, m := range tc.fields {
				if len(e.FieldErrors[f]) == 0 || e.FieldErrors[f][0] != m {
					t.Fatalf("field %s: %v", f, e.FieldErrors)
				}
			}
			if !strings.Contains(e.Words(), tc.words) {
				t.Fatalf("words %q lack %q", e.Words(), tc.words)
			}
			var p *problem.Problem
			if !errors.As(error(e.Problem()), &p) || p.Message == "" || p.Fix == "" || !errors.Is(p, e) {
				t.Fatalf("problem %+v", p)
			}
		})
	}
}

func TestNotFoundWordsNameTheRecord(t *testing.T) {
	e := &APIError{Status: 404, Method: "GET", Path: "/rest/v1.0/vendors/42"}
	want := "The Procore vendor 42 was not found, or your Procore user may not have permission to see it."
	if e.Problem().Message != want {
		t.Fatalf("got %q", e.Problem().Message)
	}
}

func TestLongHTMLishBodiesAreClipped(t *testing.T) {
	eb := parseErrorBody([]byte(strings.Repeat("x", 5000)))
	if len(eb.Message) > maxMessageRunes+60 {
		t.Fatalf("message %d bytes", len(eb.Message))
	}
}

func FuzzParseErrorBody(f *testing.F) {
	for _, s := range []string{
		`{"code":1,"message":"m","fields":"f","reason":"r","error":"e"}`,
		`{"error":{"code":"c","message":"m","details":[{"code":"x","message":"y","source":"z"}]}}`,
		`{"errors":[{"a":["b"]},"c",{"message":"d","field":"e"}]}`, `{"errors":{"a":"b"}}`,
		`{"error":"invalid_grant","error_description":"The refresh token is invalid"}`, "plain", "<html>", `"s"`, "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		eb := parseErrorBody(body)
		if strings.ContainsAny(eb.Message, "\n\r") {
			t.Fatalf("multi-line message %q", eb.Message)
		}
		e := &APIError{Status: 400, Code: eb.Code, Message: eb.Message, FieldErrors: eb.FieldErrors, Path: "/rest/v1.0/x"}
		_ = e.Error()
		_ = e.Words()
	})
}

func FuzzParseLinkHeader(f *testing.F) {
	f.Add(`<https://api.procore.com/rest/v1.0/x?page=2&per_page=5>; rel="next", <https://a/b?page=30>; rel="last"`)
	f.Add(`<a,b>; rel=next`)
	f.Add(`<`)
	f.Fuzz(func(t *testing.T, h string) {
		for rel, u := range ParseLinkHeader(h) {
			if rel == "" || strings.ContainsAny(rel, " \t") {
				t.Fatalf("bad rel %q → %q", rel, u)
			}
		}
	})
}

func TestParseLinkHeader(t *testing.T) {
	h := `<https://api.procore.com/rest/v1.0/punch_items?page=1&per_page=5>; rel="first",
      <https://api.procore.com/rest/v1.0/punch_items?page=2&per_page=5>; rel="prev",
      <https://api.procore.com/rest/v1.0/punch_items?page=30&per_page=5>; rel="last",
      <https://api.procore.com/rest/v1.0/punch_items?page=4&per_page=5>; rel="next"`
	got := ParseLinkHeader(h)
	if pageOf(got["next"]) != 4 || pageOf(got["last"]) != 30 || pageOf(got["first"]) != 1 || len(got) != 4 {
		t.Fatalf("got %v", got)
	}
	if got := ParseLinkHeader(`<https://x/a?q=1,2&page=3>; rel=next`); pageOf(got["next"]) != 3 {
		t.Fatalf("comma inside URL: %v", got)
	}
}
