package procore

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// Project is a Procore project, a QuickBooks job (§5). It holds the list and show fields
// Joblink uses; pointer fields are the ones Procore sends as null when unset.
type Project struct {
	ID                      int64       `json:"id"`
	Name                    string      `json:"name"`
	DisplayName             string      `json:"display_name"`
	ProjectNumber           *string     `json:"project_number"`
	Code                    *string     `json:"code"`
	Active                  bool        `json:"active"`
	Address                 *string     `json:"address"`
	City                    *string     `json:"city"`
	StateCode               *string     `json:"state_code"`
	CountryCode             *string     `json:"country_code"`
	Zip                     *string     `json:"zip"`
	County                  *string     `json:"county"`
	Phone                   *string     `json:"phone"`
	Fax                     *string     `json:"fax"`
	Description             *string     `json:"description"`
	TimeZone                *string     `json:"time_zone"`
	Latitude                *float64    `json:"latitude"` // a position, not money
	Longitude               *float64    `json:"longitude"`
	Stage                   *string     `json:"stage"`
	StartDate               *string     `json:"start_date"` // YYYY-MM-DD
	CompletionDate          *string     `json:"completion_date"`
	TotalValue              Decimal     `json:"total_value"`
	AccountingProjectNumber *string     `json:"accounting_project_number"`
	StoreNumber             *string     `json:"store_number"`
	OriginID                *string     `json:"origin_id"`
	OriginData              *string     `json:"origin_data"`
	OriginCode              *string     `json:"origin_code"`
	StandardCostCodeListID  *int64      `json:"standard_cost_code_list_id"`
	IsERPIntegrated         *bool       `json:"is_erp_integrated"`
	ParentJobID             *int64      `json:"parent_job_id"`
	Company                 *CompanyRef `json:"company"`
	CreatedAt               time.Time   `json:"created_at"`
	UpdatedAt               time.Time   `json:"updated_at"`
}

// ProjectFields are the writable project attributes (§5.3, §5.4). Only set (non-nil) fields
// are sent, so an update never blanks what it does not mention.
type ProjectFields struct {
	Name                    *string  `json:"name,omitempty"`
	ProjectNumber           *string  `json:"project_number,omitempty"`
	Active                  *bool    `json:"active,omitempty"`
	Address                 *string  `json:"address,omitempty"`
	City                    *string  `json:"city,omitempty"`
	StateCode               *string  `json:"state_code,omitempty"` // ISO-3166 alpha-2, upper case
	CountryCode             *string  `json:"country_code,omitempty"`
	Zip                     *string  `json:"zip,omitempty"`
	County                  *string  `json:"county,omitempty"` // update only
	Phone                   *string  `json:"phone,omitempty"`
	Fax                     *string  `json:"fax,omitempty"` // update only
	Description             *string  `json:"description,omitempty"`
	TimeZone                *string  `json:"time_zone,omitempty"`
	StartDate               *string  `json:"start_date,omitempty"`
	CompletionDate          *string  `json:"completion_date,omitempty"`
	TotalValue              *Decimal `json:"total_value,omitempty"`
	AccountingProjectNumber *string  `json:"accounting_project_number,omitempty"`
	StoreNumber             *string  `json:"store_number,omitempty"`
	OriginID                *string  `json:"origin_id,omitempty"`
	OriginData              *string  `json:"origin_data,omitempty"`
	OriginCode              *string  `json:"origin_code,omitempty"`    // create/update only; sync does not list it
	ERPIntegrated           *bool    `json:"erp_integrated,omitempty"` // create/update only
	StandardCostCodeListID  *int64   `json:"standard_cost_code_list_id,omitempty"`
	ProjectTemplateID       *int64   `json:"project_template_id,omitempty"`
	OfficeID                *int64   `json:"office_id,omitempty"`
	ProjectStageID          *int64   `json:"project_stage_id,omitempty"`
	ParentJobID             *int64   `json:"parent_job_id,omitempty"`
}

// ProjectSyncItem is one project in a sync batch: ID and/or OriginID name an existing
// project; with neither, Procore creates one (§3.4).
type ProjectSyncItem struct {
	ID int64 `json:"id,omitempty"`
	ProjectFields
}

func (p ProjectSyncItem) syncKeys() (int64, string) { return p.ID, deref(p.OriginID) }

// ListProjectsOptions narrows ListProjects.
type ListProjectsOptions struct {
	Updated  TimeRange // filters[updated_at], for incremental reads
	Status   string    // filters[by_status]: Active (Procore's default), Inactive or All
	OriginID string    // filters[origin_id]
	// Compact asks for id, name and display_name only (serializer_view=compact): a cheap
	// listing of which projects exist.
	Compact bool
}

// ListProjects lists the company's projects (§5.1).
func (c *Client) ListProjects(opts ListProjectsOptions) *Pager[Project] {
	q := c.companyQuery()
	setRange(q, "updated_at", opts.Updated, c.Now())
	setIf(q, "filters[by_status]", opts.Status)
	setIf(q, "filters[origin_id]", opts.OriginID)
	if opts.Compact {
		q.Set("serializer_view", "compact")
	}
	return newPager[Project](c, "/rest/v1.0/projects", q)
}

// Project shows one project (§5.2).
func (c *Client) Project(ctx context.Context, id int64) (Project, error) {
	var p Project
	err := c.Get(ctx, "/rest/v1.0/projects/"+strconv.FormatInt(id, 10), c.companyQuery(), &p)
	return p, err
}

// CreateProject creates a project (§5.3). With an OriginID it is safe to repeat: a lost answer is
// resolved by looking the project up by origin_id (see createOnce); without one it is sent once.
func (c *Client) CreateProject(ctx context.Context, f ProjectFields) (Project, error) {
	body := map[string]any{"company_id": c.cfg.CompanyID, "project": f}
	return createOnce(ctx, c, "project", f.OriginID, func() (Project, error) {
		var p Project
		err := c.call(ctx, &request{method: http.MethodPost, path: "/rest/v1.0/projects", body: body}, &p)
		return p, err
	}, func(originID string) ([]Project, error) {
		return c.ListProjects(ListProjectsOptions{OriginID: originID, Status: "All"}).Collect(ctx)
	})
}

// UpdateProject changes the set fields of a project (§5.4).
func (c *Client) UpdateProject(ctx context.Context, id int64, f ProjectFields) (Project, error) {
	var p Project
	body := map[string]any{"company_id": c.cfg.CompanyID, "project": f}
	err := c.call(ctx, &request{method: http.MethodPatch, path: "/rest/v1.0/projects/" + strconv.FormatInt(id, 10), body: body}, &p)
	return p, err
}

// SyncProjects creates or updates projects in batches of at most 1,000 (§5.5).
func (c *Client) SyncProjects(ctx context.Context, items []ProjectSyncItem) (SyncResult[Project], error) {
	return syncChunks[ProjectSyncItem, Project](ctx, c, "/rest/v1.0/projects/sync", nil,
		map[string]any{"company_id": c.cfg.CompanyID}, items)
}

func (c *Client) companyQuery() url.Values {
	return url.Values{"company_id": {strconv.FormatInt(c.cfg.CompanyID, 10)}}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
