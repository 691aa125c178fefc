package api

import (
	"context"
	"errors"
	"joblink/backend/problem"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"joblink/backend/engine"
	"joblink/backend/httpjson"
	"joblink/backend/mapping"
	"joblink/backend/vendors"
)

// MappingService answers the Jobs and Vendors pages (docs/api-mapping.md).
type MappingService interface {
	View(side string, q mapping.Query) (*mapping.View, error)
	// ParentsFor pages the customers a new job can go under, with the one the row forID's
	// job likely goes under ("for" in the query).
	ParentsFor(side, search, forID string, offset, limit int) (*mapping.Parents, error)
	Link(side string, links []mapping.LinkRequest, who string) (*mapping.LinkResult, error)
	LinkExact(side string, confirm bool, who string) (*mapping.LinkResult, error)
	Unlink(side string, ids []string, who string) (*mapping.UnlinkResult, error)
	Create(side string, reqs []mapping.CreateRequest, who string) (*mapping.CreateResult, error)
	// Import creates Procore records from QuickBooks ones; confirmed says the bookkeeper saw
	// the exact matches Procore already has for them and chose to create them anyway.
	ImportConfirmed(ctx context.Context, side string, listIDs []string, confirmed bool) (*mapping.ImportResults, error)
	Skip(side string, ids []string, comment, who string) (int, error)
	Reopen(side string, ids []string, who string) (int, error)
}

// VendorSettings reads and saves the vendor mapping settings.
type VendorSettings interface {
	VendorSettings() (vendors.Settings, error)
	SetVendorSettings(vendors.Settings) error
}

func (s *server) mappingRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/mapping/{side}", s.mappingView)
	mux.HandleFunc("GET /api/mapping/{side}/parents", s.mappingParents)
	mux.HandleFunc("POST /api/mapping/{side}/link", s.mappingLink)
	mux.HandleFunc("POST /api/mapping/{side}/link-exact", s.mappingLinkExact)
	mux.HandleFunc("POST /api/mapping/{side}/unlink", s.mappingUnlink)
	mux.HandleFunc("POST /api/mapping/{side}/create", s.mappingCreate)
	mux.HandleFunc("POST /api/mapping/{side}/accept-spelling", s.mappingAcceptSpelling)
	mux.HandleFunc("GET /api/mapping/{side}/spelling", s.mappingNameSpelling)
	mux.HandleFunc("POST /api/mapping/{side}/import", s.mappingImport)
	mux.HandleFunc("POST /api/mapping/{side}/skip", s.mappingSkip)
	mux.HandleFunc("POST /api/mapping/{side}/reopen", s.mappingReopen)
	mux.HandleFunc("PUT /api/mapping/vendors/settings", s.vendorSettings)
	s.costCodeRoutes(mux) // the Cost codes page's links to existing service items: mapping too
}

func (s *server) mappingOr(w http.ResponseWriter) MappingService {
	if s.Mapping == nil {
		httpjson.Error(w, http.StatusConflict, "no_engine",
			"Mapping is not available, because Joblink's database is not open.", "See the database problem on the dashboard.")
	}
	return s.Mapping
}

func (s *server) mappingView(w http.ResponseWriter, r *http.Request) {
	m := s.mappingOr(w)
	if m == nil {
		return
	}
	q := r.URL.Query()
	mq := mapping.Query{Filter: q.Get("filter"), Search: q.Get("q"), VendorType: q.Get("vendorType"), Prefer: q.Get("prefer")}
	ok := pageParam(w, q, "offset", &mq.Offset) && pageParam(w, q, "limit", &mq.Limit) &&
		pageParam(w, q, "qbOffset", &mq.QBOffset) && pageParam(w, q, "qbLimit", &mq.QBLimit)
	if !ok {
		return
	}
	v, err := m.View(r.PathValue("side"), mq)
	if err != nil {
		s.mappingError(w, err)
		return
	}
	httpjson.Write(w, http.StatusOK, v)
}

func (s *server) mappingParents(w http.ResponseWriter, r *http.Request) {
	m := s.mappingOr(w)
	if m == nil {
		return
	}
	q := r.URL.Query()
	var offset, limit int
	if !pageParam(w, q, "offset", &offset) || !pageParam(w, q, "limit", &limit) {
		return
	}
	p, err := m.ParentsFor(r.PathValue("side"), q.Get("q"), q.Get("for"), offset, limit)
	if err != nil {
		s.mappingError(w, err)
		return
	}
	httpjson.Write(w, http.StatusOK, p)
}

// pageParam reads an offset or limit. A limit of 0 asks for no records (counts and totals
// only), which the service spells as a negative limit; an absent one is the default page.
func pageParam(w http.ResponseWriter, q url.Values, name string, into *int) bool {
	v := q.Get(name)
	if v == "" {
		return true
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > maxOffset {
		httpjson.Error(w, http.StatusBadRequest, "bad_"+strings.ToLower(name), name+" must be a whole number from 0.", "Correct the address.")
		return false
	}
	if n == 0 && strings.HasSuffix(strings.ToLower(name), "limit") {
		n = -1
	}
	*into = n
	return true
}

// maxOffset keeps offset + limit far from overflowing.
const maxOffset = 1 << 30

func (s *server) mappingLink(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Links []mapping.LinkRequest `json:"links"`
	}
	s.mappingAction(w, r, &body, func(m MappingService) (any, error) {
		if len(body.Links) == 0 {
			return nil, &mapping.Problem{Class: problem.Refused, Message: "No links were given.", Fix: "Choose the records to link first."}
		}
		return m.Link(r.PathValue("side"), body.Links, engine.ByBookkeeper)
	})
}

func (s *server) mappingLinkExact(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Confirm bool `json:"confirm"`
	}
	s.mappingAction(w, r, &body, func(m MappingService) (any, error) {
		return m.LinkExact(r.PathValue("side"), body.Confirm, engine.ByBookkeeper)
	})
}

func (s *server) mappingUnlink(w http.ResponseWriter, r *http.Request) {
	var body struct {
		IDs []string `json:"ids"`
	}
	s.mappingAction(w, r, &body, func(m MappingService) (any, error) {
		if len(body.IDs) == 0 {
			return nil, &mapping.Problem{Class: problem.Refused, Message: "No records were chosen.", Fix: "Choose the records to unlink first."}
		}
		return m.Unlink(r.PathValue("side"), body.IDs, engine.ByBookkeeper)
	})
}

func (s *server) mappingCreate(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Items []mapping.CreateRequest `json:"items"`
	}
	s.mappingAction(w, r, &body, func(m MappingService) (any, error) {
		if len(body.Items) == 0 {
			return nil, &mapping.Problem{Class: problem.Refused, Message: "No records were chosen.", Fix: "Choose the records to create first."}
		}
		return m.Create(r.PathValue("side"), body.Items, engine.ByBookkeeper)
	})
}

func (s *server) mappingImport(w http.ResponseWriter, r *http.Request) {
	var body struct {
		ListIDs   []string `json:"listIds"`
		Confirmed bool     `json:"confirmed"`
	}
	s.mappingAction(w, r, &body, func(m MappingService) (any, error) {
		if len(body.ListIDs) == 0 {
			return nil, &mapping.Problem{Class: problem.Refused, Message: "No QuickBooks records were chosen.", Fix: "Choose the records to create in Procore first."}
		}
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Minute)
		defer cancel()
		return m.ImportConfirmed(ctx, r.PathValue("side"), body.ListIDs, body.Confirmed)
	})
}

func (s *server) mappingSkip(w http.ResponseWriter, r *http.Request) {
	var body struct {
		IDs     []string `json:"ids"`
		Comment string   `json:"comment"`
	}
	s.mappingAction(w, r, &body, func(m MappingService) (any, error) {
		if err := chosen(body.IDs); err != nil {
			return nil, err
		}
		if len(body.Comment) > 2000 {
			return nil, &mapping.Problem{Class: problem.Refused, Message: "The reason is longer than 2,000 characters.", Fix: "Shorten it."}
		}
		n, err := m.Skip(r.PathValue("side"), body.IDs, body.Comment, engine.ByBookkeeper)
		return map[string]int{"rejected": n}, err
	})
}

func (s *server) mappingReopen(w http.ResponseWriter, r *http.Request) {
	var body struct {
		IDs []string `json:"ids"`
	}
	s.mappingAction(w, r, &body, func(m MappingService) (any, error) {
		if err := chosen(body.IDs); err != nil {
			return nil, err
		}
		n, err := m.Reopen(r.PathValue("side"), body.IDs, engine.ByBookkeeper)
		return map[string]int{"reopened": n}, err
	})
}

func chosen(ids []string) error {
	if len(ids) == 0 {
		return &mapping.Problem{Class: problem.Refused, Message: "No records were chosen.", Fix: "Choose the records first."}
	}
	return nil
}

func (s *server) vendorSettings(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Update *bool     `json:"updateProcoreFromQuickBooks"`
		Types  *[]string `json:"importVendorTypes"`
	}
	if s.VendorSettings == nil {
		httpjson.Error(w, http.StatusConflict, "no_engine", "Vendor settings are not available, because Joblink's database is not open.", "See the database problem on the dashboard.")
		return
	}
	if !httpjson.Decode(w, r, &body) {
		return
	}
	cur, err := s.VendorSettings.VendorSettings()
	if err != nil {
		s.mappingError(w, err)
		return
	}
	if body.Update != nil {
		cur.UpdateProcore = *body.Update
	}
	if body.Types != nil {
		cur.ImportTypes = *body.Types
	}
	if len(cur.ImportTypes) > 200 {
		httpjson.Error(w, http.StatusBadRequest, "too_many", "Too many vendor types.", "Choose at most 200.")
		return
	}
	if err := s.VendorSettings.SetVendorSettings(cur); err != nil {
		s.mappingError(w, err)
		return
	}
	httpjson.Write(w, http.StatusOK, cur)
}

func (s *server) mappingAction(w http.ResponseWriter, r *http.Request, body any, do func(MappingService) (any, error)) {
	m := s.mappingOr(w)
	if m == nil {
		return
	}
	if !httpjson.Decode(w, r, body) {
		return
	}
	out, err := do(m)
	if err != nil {
		s.mappingError(w, err)
		return
	}
	httpjson.Write(w, http.StatusOK, out)
}

func (s *server) mappingError(w http.ResponseWriter, err error) {
	var p *problem.Problem
	if errors.As(err, &p) && p.Class == problem.Refused {
		httpjson.Error(w, http.StatusBadRequest, "mapping", p.Message, p.Fix)
		return
	}
	s.engineError(w, err, http.StatusInternalServerError)
}
