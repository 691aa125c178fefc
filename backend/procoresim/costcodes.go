package procoresim

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

// StandardCostCodeList is a company cost code list (reference §6.1).
type StandardCostCodeList struct {
	ID                          int64  `json:"id"`
	Name                        string `json:"name"`
	IsERPList                   bool   `json:"is_erp_list"`
	AvailableToUseOnNewProjects bool   `json:"available_to_use_on_new_projects"`
}

func (l *StandardCostCodeList) rowID() int64         { return l.ID }
func (l *StandardCostCodeList) rowOriginID() *string { return nil }

// StandardCostCode is one code of a list (reference §6.2). Code is the segment without the parent
// prefix; FullCode joins the parents' codes with "-" (CSI style "01-100").
type StandardCostCode struct {
	ID         int64   `json:"id"`
	ListID     int64   `json:"standard_cost_code_list_id"`
	ParentID   *int64  `json:"parent_id"`
	Code       string  `json:"code"`
	FullCode   string  `json:"full_code"`
	Name       string  `json:"name"`
	OriginID   *string `json:"origin_id"`
	OriginData *string `json:"origin_data"`
}

func (c *StandardCostCode) rowID() int64         { return c.ID }
func (c *StandardCostCode) rowOriginID() *string { return c.OriginID }

// renderCostCode applies the views of reference §6.2: "default" is only id and list id (a trap the
// client must avoid by asking for extended), "compact" adds origin_id.
func renderCostCode(code *StandardCostCode, view string) any {
	switch view {
	case "extended":
		return code
	case "compact":
		return keep(render(code), "id", "standard_cost_code_list_id", "origin_id")
	default:
		return keep(render(code), "id", "standard_cost_code_list_id")
	}
}

// LineItemType is a cost type (reference §6.6). Create and sync send the code as csv_import_code.
type LineItemType struct {
	ID         int64   `json:"id"`
	Name       string  `json:"name"`
	Code       string  `json:"code"`
	BaseType   *string `json:"base_type"`
	OriginID   *string `json:"origin_id"`
	OriginData *string `json:"origin_data"`
}

func (t *LineItemType) rowID() int64         { return t.ID }
func (t *LineItemType) rowOriginID() *string { return t.OriginID }

const (
	costCodeIDBase     int64 = 5_300_000_000
	lineItemTypeIDBase int64 = 5_900_000_000
)

// handleListCostCodeLists is GET /rest/v1.0/standard_cost_code_lists (reference §6.1).
func (s *Server) handleListCostCodeLists(w http.ResponseWriter, r *http.Request, c *call) {
	if !c.scopeCompany(w, r.URL.Query().Get("company_id"), true) {
		return
	}
	writeJSON(w, http.StatusOK, paginate(w, r, c.company.costCodeLists.rows, DefaultMaxPerPage))
}

// handleShowCostCodeList is GET /rest/v1.0/standard_cost_code_lists/{id}.
func (s *Server) handleShowCostCodeList(w http.ResponseWriter, r *http.Request, c *call) {
	if !c.scopeCompany(w, r.URL.Query().Get("company_id"), true) {
		return
	}
	id, ok := pathID(w, r, "id", "Standard cost code list")
	if !ok {
		return
	}
	list := c.company.costCodeLists.byID[id]
	if list == nil {
		notFound(w, "Standard cost code list")
		return
	}
	writeJSON(w, http.StatusOK, list)
}

// costCodeList resolves standard_cost_code_list_id (required, reference §6.2), answering itself on error.
func (c *call) costCodeList(w http.ResponseWriter, value string) *StandardCostCodeList {
	if value == "" {
		writeError(w, http.StatusBadRequest, "standard_cost_code_list_id is missing", "")
		return nil
	}
	id, err := strconv.ParseInt(value, 10, 64)
	list := c.company.costCodeLists.byID[id]
	if err != nil || list == nil {
		notFound(w, "Standard cost code list")
		return nil
	}
	return list
}

// handleListStandardCostCodes is GET /rest/v1.0/standard_cost_codes (reference §6.2).
func (s *Server) handleListStandardCostCodes(w http.ResponseWriter, r *http.Request, c *call) {
	query := r.URL.Query()
	if !c.scopeCompany(w, query.Get("company_id"), true) {
		return
	}
	list := c.costCodeList(w, query.Get("standard_cost_code_list_id"))
	if list == nil {
		return
	}
	// The list takes filters[origin_id] only (reference §6.2): standard cost codes carry no
	// created_at or updated_at, so a date filter cannot narrow it. Other filters are ignored,
	// as Procore ignores parameters an endpoint does not declare, and the whole list is
	// returned: a client that hoped to read only what changed reads everything, and sees it.
	originOnly := listFilters{}
	if query.Has("filters[origin_id]") {
		origin := query.Get("filters[origin_id]")
		originOnly.originID = &origin
	}
	var rows []*StandardCostCode
	for _, code := range c.company.costCodes.rows {
		if code.ListID == list.ID && originOnly.match(code.ID, code.OriginID, "", "") {
			rows = append(rows, code)
		}
	}
	view := query.Get("view")
	writeJSON(w, http.StatusOK, paginateRendered(w, r, rows, DefaultMaxPerPage, func(code *StandardCostCode) any {
		return renderCostCode(code, view)
	}))
}

// handleShowStandardCostCode is GET /rest/v1.0/standard_cost_codes/{id}.
func (s *Server) handleShowStandardCostCode(w http.ResponseWriter, r *http.Request, c *call) {
	if !c.scopeCompany(w, r.URL.Query().Get("company_id"), true) {
		return
	}
	id, ok := pathID(w, r, "id", "Standard cost code")
	if !ok {
		return
	}
	code := c.company.costCodes.byID[id]
	if code == nil {
		notFound(w, "Standard cost code")
		return
	}
	writeJSON(w, http.StatusOK, renderCostCode(code, r.URL.Query().Get("view")))
}

var costCodeFields = []string{"name", "code", "parent_id", "origin_id", "origin_data"}

func (s *Server) costCodeKind(c *call, list *StandardCostCodeList, view string) kind[*StandardCostCode] {
	codes := c.company.costCodes
	return kind[*StandardCostCode]{
		table: codes, idBase: costCodeIDBase, tooLargeStatus: http.StatusRequestEntityTooLarge,
		blank: func(id int64) *StandardCostCode { return &StandardCostCode{ID: id, ListID: list.ID} },
		clone: func(code *StandardCostCode) *StandardCostCode { copied := *code; return &copied },
		apply: func(code *StandardCostCode, attrs attributes) fieldErrors {
			problems := applyAttributes(code, attrs, costCodeFields, nil)
			code.FullCode = code.Code
			if code.ParentID != nil {
				parent := codes.byID[*code.ParentID]
				if parent == nil || parent.ListID != list.ID {
					problems.add("parent_id", "is invalid")
					return problems
				}
				// The sync description calls code "including parent prefixes" (reference §6.3);
				// accept either form and store the bare segment.
				code.Code = strings.TrimPrefix(code.Code, parent.FullCode+"-")
				code.FullCode = parent.FullCode + "-" + code.Code
			}
			if strings.TrimSpace(code.Code) == "" {
				problems.add("code", "can't be blank")
			}
			if strings.TrimSpace(code.Name) == "" {
				problems.add("name", "can't be blank")
			}
			return problems
		},
		visible: func(code *StandardCostCode) bool { return code.ListID == list.ID },
		render:  func(code *StandardCostCode) any { return renderCostCode(code, view) },
	}
}

// handleSyncStandardCostCodes is PATCH /rest/v1.0/standard_cost_codes/sync (reference §6.3); more than
// 1000 items is 413 Payload Too Large, as the spec declares for this endpoint.
func (s *Server) handleSyncStandardCostCodes(w http.ResponseWriter, r *http.Request, c *call) {
	var body struct {
		CompanyID json.Number `json:"company_id"`
		ListID    json.Number `json:"standard_cost_code_list_id"`
		syncRequest
	}
	if !decodeBody(w, r, &body) || !c.scopeCompany(w, string(body.CompanyID), true) {
		return
	}
	list := c.costCodeList(w, string(body.ListID))
	if list == nil {
		return
	}
	s.costCodeKind(c, list, r.URL.Query().Get("view")).sync(w, body.Updates)
}

// handleListLineItemTypes is GET /rest/v1.0/line_item_types (reference §6.6): company_id or project_id.
func (s *Server) handleListLineItemTypes(w http.ResponseWriter, r *http.Request, c *call) {
	query := r.URL.Query()
	if projectValue := query.Get("project_id"); projectValue != "" && query.Get("company_id") == "" {
		id, err := strconv.ParseInt(projectValue, 10, 64)
		if err != nil || c.visibleProject(id) == nil {
			notFound(w, "Project")
			return
		}
	} else if !c.scopeCompany(w, query.Get("company_id"), true) {
		return
	}
	filters, ok := readFilters(w, r)
	if !ok {
		return
	}
	var rows []*LineItemType
	for _, t := range c.company.lineItemTypes.rows {
		if filters.match(t.ID, t.OriginID, "", "") {
			rows = append(rows, t)
		}
	}
	writeJSON(w, http.StatusOK, paginate(w, r, orEmptyRows(rows), DefaultMaxPerPage))
}

// handleShowLineItemType is GET /rest/v1.0/line_item_types/{id}.
func (s *Server) handleShowLineItemType(w http.ResponseWriter, r *http.Request, c *call) {
	if !c.scopeCompany(w, r.URL.Query().Get("company_id"), true) {
		return
	}
	id, ok := pathID(w, r, "id", "Line item type")
	if !ok {
		return
	}
	t := c.company.lineItemTypes.byID[id]
	if t == nil {
		notFound(w, "Line item type")
		return
	}
	writeJSON(w, http.StatusOK, t)
}

var lineItemTypeBaseTypes = map[string]bool{"equipment": true, "materials": true, "commitment": true,
	"owner_cost": true, "professional_services": true, "other": true, "labor": true}

// handleSyncLineItemTypes is PATCH /rest/v1.0/line_item_types/sync (reference §6.7).
func (s *Server) handleSyncLineItemTypes(w http.ResponseWriter, r *http.Request, c *call) {
	var body struct {
		CompanyID json.Number `json:"company_id"`
		syncRequest
	}
	if !decodeBody(w, r, &body) || !c.scopeCompany(w, string(body.CompanyID), true) {
		return
	}
	k := kind[*LineItemType]{
		table: c.company.lineItemTypes, idBase: lineItemTypeIDBase, tooLargeStatus: http.StatusUnprocessableEntity,
		blank: func(id int64) *LineItemType { return &LineItemType{ID: id} },
		clone: func(t *LineItemType) *LineItemType { copied := *t; return &copied },
		apply: func(t *LineItemType, attrs attributes) fieldErrors {
			problems := applyAttributes(t, attrs, []string{"name", "csv_import_code", "base_type", "origin_id", "origin_data"},
				map[string]string{"csv_import_code": "code"})
			if strings.TrimSpace(t.Name) == "" {
				problems.add("name", "can't be blank")
			}
			if t.BaseType != nil && !lineItemTypeBaseTypes[*t.BaseType] {
				problems.add("base_type", "is not included in the list")
			}
			return problems
		},
		render: func(t *LineItemType) any { return t },
	}
	k.sync(w, body.Updates)
}
