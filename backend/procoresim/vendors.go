package procoresim

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// Vendor is a company directory vendor (a QuickBooks vendor), Extended view fields of reference §7.1.
type Vendor struct {
	ID                     int64           `json:"id"`
	Name                   string          `json:"name"`
	Company                string          `json:"company"`
	AbbreviatedName        *string         `json:"abbreviated_name"`
	TradeName              *string         `json:"trade_name"`
	LegalName              *string         `json:"legal_name"`
	Address                *string         `json:"address"`
	City                   *string         `json:"city"`
	StateCode              *string         `json:"state_code"`
	CountryCode            *string         `json:"country_code"`
	Zip                    *string         `json:"zip"`
	BusinessPhone          *string         `json:"business_phone"`
	MobilePhone            *string         `json:"mobile_phone"`
	FaxNumber              *string         `json:"fax_number"`
	EmailAddress           *string         `json:"email_address"`
	Website                *string         `json:"website"`
	IsActive               bool            `json:"is_active"`
	OriginID               *string         `json:"origin_id"`
	OriginData             *string         `json:"origin_data"`
	OriginCode             *string         `json:"origin_code"`
	SyncedToERP            bool            `json:"synced_to_erp"`
	AuthorizedBidder       bool            `json:"authorized_bidder"`
	Prequalified           bool            `json:"prequalified"`
	UnionMember            bool            `json:"union_member"`
	NonUnionPrevailingWage bool            `json:"non_union_prevailing_wage"`
	IsConnected            bool            `json:"is_connected"`
	CompanyVendor          bool            `json:"company_vendor"`
	LaborUnion             *string         `json:"labor_union"`
	LicenseNumber          *string         `json:"license_number"`
	Notes                  *string         `json:"notes"`
	Logo                   *string         `json:"logo"`
	BusinessID             *string         `json:"business_id"`
	BusinessRegister       json.RawMessage `json:"business_register"`
	PrimaryContact         json.RawMessage `json:"primary_contact"`
	VendorGroup            json.RawMessage `json:"vendor_group"`
	Parent                 json.RawMessage `json:"parent"`
	ChildrenCount          int             `json:"children_count"`
	ContactCount           int             `json:"contact_count"`
	Trades                 []any           `json:"trades"`
	StandardCostCodes      []any           `json:"standard_cost_codes"`
	ProjectIDs             []int64         `json:"project_ids"`
	Bidding                map[string]bool `json:"bidding"`
	BiddingDistribution    []any           `json:"bidding_distribution"`
	Attachments            []any           `json:"attachments"`
	CreatedAt              string          `json:"created_at"`
	UpdatedAt              string          `json:"updated_at"`
}

func (v *Vendor) rowID() int64         { return v.ID }
func (v *Vendor) rowOriginID() *string { return v.OriginID }

var nullJSON = json.RawMessage("null")

// fillDefaults gives fixture or blank vendors Procore's empty values: [] for collections, null for
// absent objects, all bidding flags false.
func (v *Vendor) fillDefaults() {
	for _, field := range []*json.RawMessage{&v.BusinessRegister, &v.PrimaryContact, &v.VendorGroup, &v.Parent} {
		if len(*field) == 0 {
			*field = nullJSON
		}
	}
	for _, list := range []*[]any{&v.Trades, &v.StandardCostCodes, &v.BiddingDistribution, &v.Attachments} {
		if *list == nil {
			*list = []any{}
		}
	}
	if v.ProjectIDs == nil {
		v.ProjectIDs = []int64{}
	}
	if v.Bidding == nil {
		v.Bidding = map[string]bool{}
		for _, flag := range biddingFlags {
			v.Bidding[flag] = false
		}
	}
	v.Company = v.Name
}

var biddingFlags = []string{"affirmative_action", "small_business", "african_american_business", "hispanic_business",
	"womens_business", "historically_underutilized_business", "sdvo_business", "certified_business_enterprise",
	"asian_american_business", "native_american_business", "disadvantaged_business", "minority_business_enterprise",
	"eight_a_business"}

// Views (reference §7.1): Normal drops some Extended fields, ERP adds custom fields, Compact is id+name.
var vendorNormalDrops = []string{"bidding", "bidding_distribution", "children_count", "company_vendor", "legal_name",
	"parent", "project_ids", "standard_cost_codes", "trades"}

func renderVendor(v *Vendor, view string) any {
	switch view {
	case "compact": // built directly: compact is what bulk reads ask for, and it is the hot path
		return map[string]any{"id": v.ID, "name": v.Name}
	case "normal":
		return render(v, vendorNormalDrops...)
	case "erp":
		object := render(v, vendorNormalDrops...)
		object["origin_custom_fields"] = json.RawMessage("[]")
		object["erp_custom_fields"] = json.RawMessage("[]")
		return object
	case "summary":
		return keep(render(v), "id", "name", "business_id", "company_vendor", "is_connected", "synced_to_erp")
	default: // extended is the default (reference §7.1)
		return v
	}
}

var vendorFields = []string{"name", "abbreviated_name", "trade_name", "legal_name", "address", "city", "state_code",
	"country_code", "zip", "business_phone", "mobile_phone", "fax_number", "email_address", "website", "is_active",
	"origin_id", "origin_data", "origin_code", "authorized_bidder", "prequalified", "union_member",
	"non_union_prevailing_wage", "labor_union", "license_number", "notes"}

const vendorIDBase int64 = 4_200_000_000

func (s *Server) vendorKind(c *call, view string) kind[*Vendor] {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	return kind[*Vendor]{
		table: c.company.vendors, idBase: vendorIDBase, tooLargeStatus: http.StatusUnprocessableEntity,
		blank: func(id int64) *Vendor {
			v := &Vendor{ID: id, IsActive: true, CreatedAt: now}
			v.fillDefaults()
			return v
		},
		clone: func(v *Vendor) *Vendor { copied := *v; return &copied },
		apply: func(v *Vendor, attrs attributes) fieldErrors {
			problems := applyAttributes(v, attrs, vendorFields, nil)
			v.Company, v.UpdatedAt = v.Name, now
			v.SyncedToERP = v.OriginID != nil && *v.OriginID != ""
			if strings.TrimSpace(v.Name) == "" {
				problems.add("name", "can't be blank")
			}
			validateISOCodes(problems, v.StateCode, v.CountryCode)
			return problems
		},
		render: func(v *Vendor) any { return renderVendor(v, view) },
	}
}

// handleListVendors is GET /rest/v1.0/vendors (reference §7.1).
func (s *Server) handleListVendors(w http.ResponseWriter, r *http.Request, c *call) {
	query := r.URL.Query()
	if !c.scopeCompany(w, query.Get("company_id"), true) {
		return
	}
	filters, ok := readFilters(w, r)
	if !ok {
		return
	}
	search := strings.ToLower(query.Get("filters[search]"))
	var rows []*Vendor
	for _, v := range c.company.vendors.rows {
		if !filters.match(v.ID, v.OriginID, v.CreatedAt, v.UpdatedAt) || !v.IsActive && s.opts.VendorListHidesInactive {
			continue
		}
		if search != "" && !vendorMatches(v, search) {
			continue
		}
		rows = append(rows, v)
	}
	view := query.Get("view")
	writeJSON(w, http.StatusOK, paginateRendered(w, r, rows, DefaultMaxPerPage, func(v *Vendor) any { return renderVendor(v, view) }))
}

// vendorMatches is filters[search]: name, origin_code or business id (reference §7.1).
func vendorMatches(v *Vendor, needle string) bool {
	for _, hay := range []*string{&v.Name, v.OriginCode, v.BusinessID, v.TradeName} {
		if hay != nil && strings.Contains(strings.ToLower(*hay), needle) {
			return true
		}
	}
	return false
}

// handleShowVendor is GET /rest/v1.0/vendors/{id} (reference §7.2).
func (s *Server) handleShowVendor(w http.ResponseWriter, r *http.Request, c *call) {
	if !c.scopeCompany(w, r.URL.Query().Get("company_id"), true) {
		return
	}
	id, ok := pathID(w, r, "id", "Vendor")
	if !ok {
		return
	}
	vendor := c.company.vendors.byID[id]
	if vendor == nil {
		notFound(w, "Vendor")
		return
	}
	writeJSON(w, http.StatusOK, renderVendor(vendor, r.URL.Query().Get("view")))
}

type vendorBody struct {
	CompanyID json.Number `json:"company_id"`
	Vendor    attributes  `json:"vendor"`
}

// handleCreateVendor is POST /rest/v1.0/vendors (reference §7.3).
func (s *Server) handleCreateVendor(w http.ResponseWriter, r *http.Request, c *call) {
	var body vendorBody
	if !decodeBody(w, r, &body) || !c.scopeCompany(w, string(body.CompanyID), true) {
		return
	}
	if body.Vendor == nil {
		writeError(w, http.StatusBadRequest, "param is missing or the value is empty: vendor", "")
		return
	}
	k := s.vendorKind(c, r.URL.Query().Get("view"))
	vendor, problems := k.create(body.Vendor)
	writeCreateResult(w, func() any { return k.render(vendor) }, problems)
}

// handleUpdateVendor is PATCH /rest/v1.0/vendors/{id} (reference §7.4).
func (s *Server) handleUpdateVendor(w http.ResponseWriter, r *http.Request, c *call) {
	id, ok := pathID(w, r, "id", "Vendor")
	if !ok {
		return
	}
	var body vendorBody
	if !decodeBody(w, r, &body) || !c.scopeCompany(w, string(body.CompanyID), true) {
		return
	}
	k := s.vendorKind(c, r.URL.Query().Get("view"))
	existing, found := k.find(id)
	if !found {
		notFound(w, "Vendor")
		return
	}
	vendor, problems, locked := k.update(existing, body.Vendor)
	writeUpdateResult(w, k.render(vendor), problems, locked)
}

// handleSyncVendors is PATCH /rest/v1.0/vendors/sync (reference §7.5).
func (s *Server) handleSyncVendors(w http.ResponseWriter, r *http.Request, c *call) {
	var body struct {
		CompanyID json.Number `json:"company_id"`
		syncRequest
	}
	if !decodeBody(w, r, &body) || !c.scopeCompany(w, string(body.CompanyID), true) {
		return
	}
	s.vendorKind(c, "").sync(w, body.Updates)
}
