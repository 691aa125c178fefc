package procore

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
)

// Small shapes that financial records (§8–§11) name inside one another.

// IDRef is a record named only by its id ({"id": …}).
type IDRef struct {
	ID int64 `json:"id"`
}

// ProjectRef names a project inside another record.
type ProjectRef struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// UserRef names a Procore user (created_by, reviewed_by, …).
type UserRef struct {
	ID          int64   `json:"id"`
	Name        *string `json:"name"`
	Login       *string `json:"login"`
	CompanyName *string `json:"company_name"`
}

// CurrencyConfiguration is the currency of an amount-carrying record.
type CurrencyConfiguration struct {
	CurrencyISOCode      *string `json:"currency_iso_code"`
	CurrencyExchangeRate Decimal `json:"currency_exchange_rate"`
	BaseCurrencyISOCode  *string `json:"base_currency_iso_code"`
}

// Holder is the record a line item belongs to ({"id", "holder_type": "WorkOrderContract"}).
type Holder struct {
	ID         int64  `json:"id"`
	HolderType string `json:"holder_type"`
}

// Attachment is a file on a financial record.
type Attachment struct {
	ID       int64   `json:"id"`
	URL      *string `json:"url"`
	Name     *string `json:"name"`
	Filename *string `json:"filename"`
}

// StringID is an id that v2.0 endpoints send as a JSON string ("5000000001", §1.2); numbers
// and null are accepted too. It stays an int64 so it compares with v1.0 ids.
type StringID int64

func (s *StringID) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		*s = 0
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var str string
		if err := json.Unmarshal(b, &str); err != nil {
			return err
		}
		if str == "" {
			*s = 0
			return nil
		}
		b = []byte(str)
	}
	n, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		return fmt.Errorf("procore: %q is not an id", string(b))
	}
	*s = StringID(n)
	return nil
}

func (s StringID) MarshalJSON() ([]byte, error) {
	return []byte(strconv.Quote(strconv.FormatInt(int64(s), 10))), nil
}

func idString(id int64) string { return strconv.FormatInt(id, 10) }

// projectQuery is the project_id query most financial endpoints require (§8, §9, §10).
func projectQuery(projectID int64) url.Values {
	return url.Values{"project_id": {idString(projectID)}}
}

// projectPath is /rest/<version>/projects/{project_id}<rest>, for endpoints that take the
// project in the path (§8.6–§8.8, §9.6, §11).
func projectPath(version string, projectID int64, rest string) string {
	return "/rest/" + version + "/projects/" + idString(projectID) + rest
}

// setIDs adds an array filter (filters[id][]=1&filters[id][]=2, §1.4).
func setIDs(q url.Values, key string, ids []int64) {
	for _, id := range ids {
		q.Add(key, idString(id))
	}
}

func setID(q url.Values, key string, id int64) {
	if id != 0 {
		q.Set(key, idString(id))
	}
}

// dataEnvelope reads {"data": …}, the wrapper of budget changes (§8.8) and v2.0 (§1.2). An
// answer without the wrapper is taken as it is.
func unwrapData(raw json.RawMessage) json.RawMessage {
	var env map[string]json.RawMessage
	if json.Unmarshal(raw, &env) == nil {
		if d, ok := env["data"]; ok {
			return d
		}
	}
	return raw
}
