package procoresim

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// ProjectCostCode is a project's copy of a standard cost code (reference §6.4). Every project gets
// its codes from its standard cost code list the first time anything asks for them (see
// projectCostCodes); sync adds and edits codes on top of that.
type ProjectCostCode struct {
	ID                     int64   `json:"id"`
	ProjectID              int64   `json:"-"`
	ParentID               *int64  `json:"-"`
	Name                   string  `json:"name"`
	Code                   string  `json:"code"`
	FullCode               string  `json:"full_code"`
	SortableCode           string  `json:"sortable_code"`
	Position               int     `json:"position"`
	StandardCostCodeID     *int64  `json:"standard_cost_code_id"`
	StandardCostCodeListID *int64  `json:"standard_cost_code_list_id"`
	OriginID               *string `json:"origin_id"`
	OriginData             *string `json:"origin_data"`
	CreatedAt              string  `json:"created_at"`
	UpdatedAt              string  `json:"updated_at"`
}

func (c *ProjectCostCode) rowID() int64         { return c.ID }
func (c *ProjectCostCode) rowOriginID() *string { return c.OriginID }

const (
	// projectCostCodeIDBase and projectCostCodeSlots place a derived code at a fixed id computed from
	// its project and its position in the standard list, so the same project always gets the same ids
	// (fixtures refer to them) whatever order projects are first read in. Codes created through sync
	// take ids from projectCostCodeCreatedBase, above every derived id.
	projectCostCodeIDBase      int64 = 10_000_000_000
	projectCostCodeSlots       int64 = 4096
	projectCostCodeCreatedBase int64 = 5_000_000_000_000
)

// ProjectCostCodeID is the id the derived copy of the standard list's ordinal-th code (0-based, in
// id order) gets in projectID. The fixture generator uses the same formula.
func ProjectCostCodeID(projectID int64, ordinal int) int64 {
	return projectCostCodeIDBase + (projectID%1_000_000_000)*projectCostCodeSlots + int64(ordinal)
}

// projectCostCodes returns the project's cost codes in id order, deriving them from the project's
// standard cost code list on first use. Callers hold the server lock.
func (c *Company) projectCostCodes(project *Project) []*ProjectCostCode {
	if !c.derivedCostCodes[project.ID] {
		c.derivedCostCodes[project.ID] = true
		c.deriveProjectCostCodes(project)
	}
	var rows []*ProjectCostCode
	for _, code := range c.projectCodes.rows {
		if code.ProjectID == project.ID {
			rows = append(rows, code)
		}
	}
	return rows
}

// projectCostCode returns one of the project's codes, or nil.
func (c *Company) projectCostCode(project *Project, id int64) *ProjectCostCode {
	c.projectCostCodes(project)
	code := c.projectCodes.byID[id]
	if code == nil || code.ProjectID != project.ID {
		return nil
	}
	return code
}

func (c *Company) deriveProjectCostCodes(project *Project) {
	if project.StandardCostCodeListID == nil {
		return
	}
	listID := *project.StandardCostCodeListID
	ordinal := 0
	byStandard := map[int64]int64{}
	for _, standard := range c.costCodes.rows {
		if standard.ListID != listID {
			continue
		}
		if int64(ordinal) >= projectCostCodeSlots {
			break
		}
		id := ProjectCostCodeID(project.ID, ordinal)
		byStandard[standard.ID] = id
		standardID, list := standard.ID, listID
		code := &ProjectCostCode{ID: id, ProjectID: project.ID, Name: standard.Name, Code: standard.Code,
			FullCode: standard.FullCode, SortableCode: standard.FullCode, Position: ordinal + 1,
			StandardCostCodeID: &standardID, StandardCostCodeListID: &list, CreatedAt: project.CreatedAt, UpdatedAt: project.CreatedAt}
		if standard.ParentID != nil {
			if parent, ok := byStandard[*standard.ParentID]; ok {
				code.ParentID = &parent
			}
		}
		ordinal++
		_ = c.projectCodes.insert(code) // derived ids are unique by construction; origin_id is unset
	}
}

// projectCodeForStandard maps a standard cost code to the project's copy of it, or nil.
func (c *Company) projectCodeForStandard(project *Project, standardID int64) *ProjectCostCode {
	for _, code := range c.projectCostCodes(project) {
		if code.StandardCostCodeID != nil && *code.StandardCostCodeID == standardID {
			return code
		}
	}
	return nil
}

// rootCostCode is the top of a code's parent chain (the division, shown as root_cost_code in budget rows).
func (c *Company) rootCostCode(code *ProjectCostCode) *ProjectCostCode {
	for seen := 0; code.ParentID != nil && seen < 64; seen++ {
		parent := c.projectCodes.byID[*code.ParentID]
		if parent == nil {
			break
		}
		code = parent
	}
	return code
}

// renderProjectCostCode builds the full item of reference §6.4, or the compact one for view=erp_compact.
func renderProjectCostCode(c *call, project *Project, code *ProjectCostCode, view string, show bool) any {
	object := render(code)
	if view == "erp_compact" {
		return keep(object, "id", "name", "full_code", "origin_id", "origin_data", "standard_cost_code_id")
	}
	if !show {
		delete(object, "standard_cost_code_list_id") // a show-only field (reference §6.4)
	}
	object["parent"] = nullJSON
	if code.ParentID != nil {
		object["parent"], _ = json.Marshal(map[string]int64{"id": *code.ParentID})
	}
	object["biller"], _ = json.Marshal(project.Name)
	object["biller_id"], _ = json.Marshal(project.ID)
	object["biller_type"] = json.RawMessage(`"Project"`)
	object["biller_origin_id"], _ = json.Marshal(project.OriginID)
	budgeted := false
	for _, item := range c.company.budgetLineItems.rows {
		if item.CostCodeID == code.ID {
			budgeted = true
			break
		}
	}
	object["budgeted"], _ = json.Marshal(budgeted)
	object["deleted_at"] = nullJSON
	object["line_item_types"], _ = json.Marshal(orEmptyRows(c.company.lineItemTypes.rows))
	return object
}

// projectCostCodeScope resolves project_id (required) and refuses sub_job_id: the simulator has no
// sub jobs, so any sub job is one the caller cannot see.
func (c *call) projectCostCodeScope(w http.ResponseWriter, r *http.Request) *Project {
	if r.URL.Query().Get("sub_job_id") != "" {
		if c.projectFromQuery(w, r) != nil {
			notFound(w, "Sub job")
		}
		return nil
	}
	return c.projectFromQuery(w, r)
}

// handleListProjectCostCodes is GET /rest/v1.0/cost_codes?project_id= (reference §6.4).
func (s *Server) handleListProjectCostCodes(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectCostCodeScope(w, r)
	if project == nil {
		return
	}
	filters, ok := readFilters(w, r)
	if !ok {
		return
	}
	var rows []*ProjectCostCode
	for _, code := range c.company.projectCostCodes(project) {
		if filters.match(code.ID, code.OriginID, code.CreatedAt, code.UpdatedAt) {
			rows = append(rows, code)
		}
	}
	view := r.URL.Query().Get("view")
	writeJSON(w, http.StatusOK, paginateRendered(w, r, rows, DefaultMaxPerPage, func(code *ProjectCostCode) any {
		return renderProjectCostCode(c, project, code, view, false)
	}))
}

// handleShowProjectCostCode is GET /rest/v1.0/cost_codes/{id}?project_id=.
func (s *Server) handleShowProjectCostCode(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectCostCodeScope(w, r)
	if project == nil {
		return
	}
	id, ok := pathID(w, r, "id", "Cost code")
	if !ok {
		return
	}
	code := c.company.projectCostCode(project, id)
	if code == nil {
		notFound(w, "Cost code")
		return
	}
	writeJSON(w, http.StatusOK, renderProjectCostCode(c, project, code, r.URL.Query().Get("view"), true))
}

var projectCostCodeFields = []string{"name", "code", "position", "standard_cost_code_id", "origin_id", "origin_data"}

func (s *Server) projectCostCodeKind(c *call, project *Project) kind[*ProjectCostCode] {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	codes := c.company.projectCodes
	c.company.projectCostCodes(project) // derive before the first write, so ids never collide
	return kind[*ProjectCostCode]{
		table: codes, idBase: projectCostCodeCreatedBase, tooLargeStatus: http.StatusUnprocessableEntity,
		blank: func(id int64) *ProjectCostCode {
			return &ProjectCostCode{ID: id, ProjectID: project.ID, StandardCostCodeListID: project.StandardCostCodeListID, CreatedAt: now}
		},
		clone: func(code *ProjectCostCode) *ProjectCostCode { copied := *code; return &copied },
		apply: func(code *ProjectCostCode, attrs attributes) fieldErrors {
			problems := applyAttributes(code, attrs, projectCostCodeFields, nil)
			if parentID, present, err := int64Attr(attrs, "parent_id"); err != nil {
				problems.add("parent_id", "is invalid")
			} else if present {
				code.ParentID = &parentID
			} else if _, sent := attrs["parent_id"]; sent {
				code.ParentID = nil // explicit null: a top-level code
			}
			if code.StandardCostCodeID != nil && c.company.costCodes.byID[*code.StandardCostCodeID] == nil {
				problems.add("standard_cost_code_id", "is invalid")
			}
			code.FullCode = code.Code
			if code.ParentID != nil {
				parent := codes.byID[*code.ParentID]
				if parent == nil || parent.ProjectID != project.ID || parent.ID == code.ID {
					problems.add("parent_id", "is invalid")
					return problems
				}
				// Accept "02-300" as well as the documented bare "300" (reference §6.5).
				code.Code = strings.TrimPrefix(code.Code, parent.FullCode+"-")
				code.FullCode = parent.FullCode + "-" + code.Code
			}
			code.SortableCode = code.FullCode
			if strings.TrimSpace(code.Code) == "" {
				problems.add("code", "can't be blank")
			}
			if strings.TrimSpace(code.Name) == "" {
				problems.add("name", "can't be blank")
			}
			code.UpdatedAt = now
			return problems
		},
		visible: func(code *ProjectCostCode) bool { return code.ProjectID == project.ID },
		render:  func(code *ProjectCostCode) any { return renderProjectCostCode(c, project, code, "", false) },
	}
}

// handleSyncProjectCostCodes is PATCH /rest/v1.0/cost_codes/sync?project_id= (reference §6.5). The
// project may also come in the body, as some clients send it there.
func (s *Server) handleSyncProjectCostCodes(w http.ResponseWriter, r *http.Request, c *call) {
	var body struct {
		ProjectID json.Number `json:"project_id"`
		syncRequest
	}
	if !decodeBody(w, r, &body) {
		return
	}
	if r.URL.Query().Get("project_id") == "" && body.ProjectID != "" {
		query := r.URL.Query()
		query.Set("project_id", string(body.ProjectID))
		r.URL.RawQuery = query.Encode()
	}
	project := c.projectCostCodeScope(w, r)
	if project == nil {
		return
	}
	s.projectCostCodeKind(c, project).sync(w, body.Updates)
}

// parseIDList reads repeated or comma-separated ids from query[name] (budget filters are not
// filters[...]-wrapped, reference §8.2), answering 400 itself on a bad one.
func parseIDList(w http.ResponseWriter, r *http.Request, name string) (map[int64]bool, bool) {
	values := r.URL.Query()[name]
	if len(values) == 0 {
		return nil, true
	}
	ids := map[int64]bool{}
	for _, value := range values {
		for _, part := range strings.Split(value, ",") {
			id, err := strconv.ParseInt(strings.TrimSpace(part), 10, 64)
			if err != nil {
				writeError(w, http.StatusBadRequest, "Invalid "+name, strconv.Quote(part)+" is not an id")
				return nil, false
			}
			ids[id] = true
		}
	}
	return ids, true
}
