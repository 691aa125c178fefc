package procoresim

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// Project is a Procore project (a QuickBooks job). Field names and types follow reference §5; nullable
// fields are pointers so they marshal as null the way Procore sends unset values.
type Project struct {
	ID                     int64          `json:"id"`
	Name                   string         `json:"name"`
	DisplayName            string         `json:"display_name"`
	ProjectNumber          *string        `json:"project_number"`
	Code                   *string        `json:"code"`
	Address                *string        `json:"address"`
	City                   *string        `json:"city"`
	StateCode              *string        `json:"state_code"`
	CountryCode            *string        `json:"country_code"`
	Zip                    *string        `json:"zip"`
	County                 *string        `json:"county"`
	TimeZone               string         `json:"time_zone"`
	Latitude               *float64       `json:"latitude"`
	Longitude              *float64       `json:"longitude"`
	Stage                  string         `json:"stage"`
	Phone                  *string        `json:"phone"`
	Fax                    *string        `json:"fax"`
	Description            *string        `json:"description"`
	Active                 bool           `json:"active"`
	OriginID               *string        `json:"origin_id"`
	OriginData             *string        `json:"origin_data"`
	OriginCode             *string        `json:"origin_code"`
	TotalValue             *Decimal       `json:"total_value"`
	StartDate              *string        `json:"start_date"`
	CompletionDate         *string        `json:"completion_date"`
	StandardCostCodeListID *int64         `json:"standard_cost_code_list_id"`
	IsERPIntegrated        bool           `json:"is_erp_integrated"`
	IsDemo                 bool           `json:"is_demo"`
	CreatedAt              string         `json:"created_at"`
	UpdatedAt              string         `json:"updated_at"`
	Company                companyRef     `json:"company"`
	CustomFields           map[string]any `json:"custom_fields"`

	// The rest of the reference's fields (§5.1, §5.2). The reference company has no values for
	// them, so they are null, as Procore sends unset fields; they are here so that a client meets
	// every field of the real shapes.
	AccountingProjectNumber *string     `json:"accounting_project_number"`
	DesignatedMarketArea    *string     `json:"designated_market_area"`
	EstimatedValue          *Decimal    `json:"estimated_value"` // deprecated in Procore
	OwnersProjectID         *string     `json:"owners_project_id"`
	ParentJobID             *int64      `json:"parent_job_id"`
	PhotoID                 *int64      `json:"photo_id"`
	ProjectBidTypeID        *int64      `json:"project_bid_type_id"`
	ProjectOwnerTypeID      *int64      `json:"project_owner_type_id"`
	ProjectRegionID         *int64      `json:"project_region_id"`
	ProjectStage            *companyRef `json:"project_stage"`
	ProjectTemplate         *companyRef `json:"project_template"`
	StoreNumber             *string     `json:"store_number"`
	// Show-only.
	ActualStartDate         *string      `json:"actual_start_date"`
	Departments             []companyRef `json:"departments"`
	DictionaryType          *string      `json:"dictionary_type"`
	EstimatedCompletionDate *string      `json:"estimated_completion_date"`
	EstimatedStartDate      *string      `json:"estimated_start_date"`
	Flag                    *string      `json:"flag"`
	InboundEmail            *string      `json:"inbound_email"`
	InboundEmailAddress     *string      `json:"inbound_email_address"`
	LogoURL                 *string      `json:"logo_url"`
	Office                  *companyRef  `json:"office"`
	PersistentMessage       *struct {
		Title   string `json:"title"`
		Message string `json:"message"`
	} `json:"persistent_message"`
	Program             *companyRef `json:"program"`
	ProjectBidType      *companyRef `json:"project_bid_type"`
	ProjectOwnerType    *companyRef `json:"project_owner_type"`
	ProjectRegion       *companyRef `json:"project_region"`
	ProjectStageID      *int64      `json:"project_stage_id"`
	ProjectType         *companyRef `json:"project_type"`
	ProjectedFinishDate *string     `json:"projected_finish_date"`
	PublicNotes         *string     `json:"public_notes"`
	SquareFeet          *int64      `json:"square_feet"`
	Template            bool        `json:"template"`
	TZName              *string     `json:"tz_name"`
	WarrantyEndDate     *string     `json:"warranty_end_date"`
	WarrantyStartDate   *string     `json:"warranty_start_date"`

	// DirectCostsTool says whether the project's Direct Costs tool is on (a project tool setting,
	// not part of the project JSON): it decides what the budget's Direct Costs column adds up and
	// whether a budget line's direct_costs may be written (budgetledger.go).
	DirectCostsTool bool `json:"-"`
}

func (p *Project) rowID() int64         { return p.ID }
func (p *Project) rowOriginID() *string { return p.OriginID }

// Fields only one of the two shapes has (reference §5.1 list vs §5.2 show).
var (
	projectShowOnly = []string{"code", "description", "standard_cost_code_list_id", "is_erp_integrated",
		"actual_start_date", "departments", "dictionary_type", "estimated_completion_date", "estimated_start_date",
		"flag", "inbound_email", "inbound_email_address", "logo_url", "office", "persistent_message", "program",
		"project_bid_type", "project_owner_type", "project_region", "project_stage_id", "project_type",
		"projected_finish_date", "public_notes", "square_feet", "template", "tz_name", "warranty_end_date",
		"warranty_start_date"}
	projectListOnly = []string{"stage", "fax", "project_template"}
)

// Writable project attributes. Sync items lack origin_code and erp_integrated (reference §5.5).
var (
	projectCreateFields = []string{"name", "project_number", "code", "active", "address", "city", "state_code",
		"country_code", "zip", "county", "phone", "fax", "description", "time_zone", "start_date", "completion_date",
		"total_value", "origin_id", "origin_data", "origin_code", "erp_integrated", "latitude", "longitude",
		"standard_cost_code_list_id"}
	projectSyncFields = []string{"name", "project_number", "active", "address", "city", "state_code",
		"country_code", "zip", "phone", "description", "time_zone", "start_date", "completion_date",
		"total_value", "origin_id", "origin_data"}
	projectRenames = map[string]string{"erp_integrated": "is_erp_integrated"}
)

const projectIDBase int64 = 3_100_000_000

func (s *Server) projectKind(c *call, fields []string) kind[*Project] {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	return kind[*Project]{
		table: c.company.projects, idBase: projectIDBase, tooLargeStatus: http.StatusUnprocessableEntity,
		blank: func(id int64) *Project {
			return &Project{ID: id, Active: true, TimeZone: "US/Pacific", Stage: "None", CreatedAt: now,
				Company: companyRef{ID: c.company.ID, Name: c.company.Name}, CustomFields: map[string]any{}}
		},
		clone: func(p *Project) *Project { copied := *p; return &copied },
		apply: func(p *Project, attrs attributes) fieldErrors {
			problems := applyAttributes(p, attrs, fields, projectRenames)
			p.DisplayName = p.Name
			if p.ProjectNumber != nil && *p.ProjectNumber != "" {
				p.DisplayName = *p.ProjectNumber + " - " + p.Name
			}
			p.UpdatedAt = now
			if strings.TrimSpace(p.Name) == "" {
				problems.add("name", "can't be blank")
			}
			validateISOCodes(problems, p.StateCode, p.CountryCode)
			return problems
		},
		visible: func(p *Project) bool { return c.canSeeProject(p.ID) },
		render:  func(p *Project) any { return render(p, projectListOnly...) },
	}
}

// validateISOCodes enforces the two-letter upper-case rule (reference §5: ISO-3166 alpha-2).
func validateISOCodes(problems fieldErrors, stateCode, countryCode *string) {
	for field, value := range map[string]*string{"state_code": stateCode, "country_code": countryCode} {
		if value == nil || *value == "" {
			continue
		}
		if len(*value) != 2 || strings.ToUpper(*value) != *value {
			problems.add(field, "must be an ISO-3166 alpha-2 code, like CA or US")
		}
	}
}

// handleListProjects is GET /rest/v1.x/projects (reference §5.1).
func (s *Server) handleListProjects(maxPerPage int) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		query := r.URL.Query()
		if !c.scopeCompany(w, query.Get("company_id"), true) {
			return
		}
		filters, ok := readFilters(w, r)
		if !ok {
			return
		}
		status := query.Get("filters[by_status]")
		compact := query.Get("serializer_view") == "compact" || query.Get("view") == "compact"
		var rows []*Project
		for _, p := range c.company.projects.rows {
			if !c.canSeeProject(p.ID) || !filters.match(p.ID, p.OriginID, p.CreatedAt, p.UpdatedAt) {
				continue
			}
			// Lists return active projects unless asked otherwise (reference §5.1).
			if (status == "" || status == "Active") && !p.Active || status == "Inactive" && p.Active {
				continue
			}
			if query.Get("filters[synced]") == "true" && p.OriginID == nil {
				continue
			}
			rows = append(rows, p)
		}
		writeJSON(w, http.StatusOK, paginateRendered(w, r, rows, maxPerPage, func(p *Project) any {
			if compact {
				return keep(render(p), "id", "name", "display_name")
			}
			return render(p, projectShowOnly...)
		}))
	}
}

// handleShowProject is GET /rest/v1.x/projects/{id} (reference §5.2).
func (s *Server) handleShowProject(w http.ResponseWriter, r *http.Request, c *call) {
	if !c.scopeCompany(w, r.URL.Query().Get("company_id"), true) {
		return
	}
	id, ok := pathID(w, r, "id", "Project")
	if !ok {
		return
	}
	project := c.visibleProject(id)
	if project == nil {
		notFound(w, "Project")
		return
	}
	writeJSON(w, http.StatusOK, render(project, projectListOnly...))
}

// projectBody is the create/update body: {"company_id", "project": {...}}.
type projectBody struct {
	CompanyID json.Number `json:"company_id"`
	Project   attributes  `json:"project"`
}

// handleCreateProject is POST /rest/v1.0/projects (reference §5.3): 201 with the show shape.
func (s *Server) handleCreateProject(w http.ResponseWriter, r *http.Request, c *call) {
	var body projectBody
	if !decodeBody(w, r, &body) || !c.scopeCompany(w, string(body.CompanyID), true) {
		return
	}
	if body.Project == nil {
		writeError(w, http.StatusBadRequest, "param is missing or the value is empty: project", "")
		return
	}
	k := s.projectKind(c, projectCreateFields)
	project, problems := k.create(body.Project)
	if project != nil && c.user.ProjectIDs != nil {
		c.user.ProjectIDs = append(c.user.ProjectIDs, project.ID) // the creator is on the project
	}
	writeCreateResult(w, func() any { return render(project, projectListOnly...) }, problems)
}

// handleUpdateProject is PATCH /rest/v1.0/projects/{id} (reference §5.4).
func (s *Server) handleUpdateProject(w http.ResponseWriter, r *http.Request, c *call) {
	id, ok := pathID(w, r, "id", "Project")
	if !ok {
		return
	}
	var body projectBody
	if !decodeBody(w, r, &body) || !c.scopeCompany(w, string(body.CompanyID), true) {
		return
	}
	k := s.projectKind(c, projectCreateFields)
	existing, found := k.find(id)
	if !found {
		notFound(w, "Project")
		return
	}
	project, problems, locked := k.update(existing, body.Project)
	writeUpdateResult(w, render(project, projectListOnly...), problems, locked)
}

// handleSyncProjects is PATCH /rest/v1.0/projects/sync (reference §5.5); company_id may come from the
// query or the body.
func (s *Server) handleSyncProjects(w http.ResponseWriter, r *http.Request, c *call) {
	var body struct {
		CompanyID json.Number `json:"company_id"`
		syncRequest
	}
	if !decodeBody(w, r, &body) {
		return
	}
	companyID := r.URL.Query().Get("company_id")
	if companyID == "" {
		companyID = string(body.CompanyID)
	}
	if !c.scopeCompany(w, companyID, true) {
		return
	}
	s.projectKind(c, projectSyncFields).sync(w, body.Updates)
}

// orEmptyRows makes a nil slice an empty one, so an empty list is [] on the wire, never null.
func orEmptyRows[T any](rows []T) []T {
	if rows == nil {
		return []T{}
	}
	return rows
}
