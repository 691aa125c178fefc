package procore

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
)

// Me is the signed-in user (§4.1).
type Me struct {
	ID    int64   `json:"id"`
	Login string  `json:"login"` // e-mail
	Name  *string `json:"name"`  // null unless a company or project is given
}

// Me returns the signed-in user. With a company set, Procore also returns the name.
func (c *Client) Me(ctx context.Context) (Me, error) {
	q := url.Values{}
	if c.cfg.CompanyID != 0 {
		q.Set("company_id", strconv.FormatInt(c.cfg.CompanyID, 10))
	}
	var me Me
	err := c.call(ctx, &request{method: http.MethodGet, path: "/rest/v1.0/me", query: q, company: companyIfKnown, idempotent: true}, &me)
	return me, err
}
