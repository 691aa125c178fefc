package procore

import "net/url"

// Company is a Procore company the user can see (§4.2).
type Company struct {
	ID                    int64   `json:"id"`
	Name                  string  `json:"name"`
	IsActive              bool    `json:"is_active"`
	LogoURL               *string `json:"logo_url"`
	PCNBusinessExperience bool    `json:"pcn_business_experience"`
	MyCompany             bool    `json:"my_company"`
}

// ListCompaniesOptions narrows ListCompanies.
type ListCompaniesOptions struct {
	IncludeFree bool // free companies are left out unless asked for
}

// ListCompanies lists the companies the user can see, for choosing one at setup.
func (c *Client) ListCompanies(opts ListCompaniesOptions) *Pager[Company] {
	q := url.Values{}
	if opts.IncludeFree {
		q.Set("include_free_companies", "true")
	}
	p := newPager[Company](c, "/rest/v1.0/companies", q)
	p.req.company = companyIfKnown
	return p
}

// CompanyRef is a company named inside another record.
type CompanyRef struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}
