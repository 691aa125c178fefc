package procoresim

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// Server is the simulated Procore: OAuth and REST API on one host. It is an http.Handler; use it with
// httptest.NewServer in tests or Start for a real listener.
type Server struct {
	opts   Options
	mux    *http.ServeMux
	mu     sync.Mutex // guards everything below, and the companies' data
	tokens tokenStore
	users  map[int64]*User
	byID   map[int64]*Company
	order  []*Company
	limits map[int64]*rateWindows
	faults faults
	// apiRequests counts every /rest request received (see APIRequests).
	apiRequests atomic.Int64
}

// New builds a Server. Companies and users come from opts; see Options for defaults.
func New(opts Options) *Server {
	opts = opts.withDefaults()
	s := &Server{
		opts: opts, tokens: newTokenStore(), users: map[int64]*User{}, byID: map[int64]*Company{},
		limits: map[int64]*rateWindows{}, faults: faults{latency: opts.Latency},
	}
	for i := range opts.Users {
		s.users[opts.Users[i].ID] = &opts.Users[i]
	}
	s.users[DefaultServiceAccountID] = &User{ID: DefaultServiceAccountID, Login: "dmsa@example.com", Name: "Developer Managed Service Account"}
	for _, company := range opts.Companies {
		company.clock = opts.Now // records added from now on are stamped by the Server's clock
		s.byID[company.ID] = company
		s.order = append(s.order, company)
	}
	s.mux = s.routes()
	return s
}

// ServeHTTP makes Server an http.Handler. Every answer's Date header is the simulator's clock,
// the one its records' created_at and updated_at are stamped by, as Procore's is its own
// (RFC 9110 §6.6.1: a server with a clock sends Date); left to net/http it would be the PC's.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Date", s.opts.Now().UTC().Format(http.TimeFormat))
	s.mux.ServeHTTP(w, r)
}

// Start listens on addr and serves until ctx ends, then shuts down gracefully.
func (s *Server) Start(ctx context.Context, addr string) error {
	listener, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("procore simulator: listen on %s: %w", addr, err)
	}
	return s.serve(ctx, listener)
}

func (s *Server) serve(ctx context.Context, listener net.Listener) error {
	httpServer := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = httpServer.Shutdown(shutdownCtx)
	}()
	err := httpServer.Serve(listener)
	if errors.Is(err, http.ErrServerClosed) {
		<-done
		return nil
	}
	return fmt.Errorf("procore simulator: serve: %w", err)
}

// user returns the user with id, or nil. Callers hold s.mu or only read immutable users.
func (s *Server) user(id int64) *User { return s.users[id] }

// routes lists every endpoint. API handlers are wrapped so authentication, rate limits, faults and the
// company header are enforced identically everywhere.
func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /oauth/authorize", s.handleAuthorizePage)
	mux.HandleFunc("POST /oauth/authorize", s.handleAuthorizeDecision)
	mux.HandleFunc("POST /oauth/token", s.handleToken)
	mux.HandleFunc("GET /oauth/token/info", s.handleTokenInfo)
	mux.HandleFunc("POST /oauth/revoke", s.handleRevoke)

	// Unknown paths, and known paths with a method Procore does not route, are a JSON 404 like the
	// rest of the API rather than net/http's plain-text page.
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "Not Found", "No route matches "+r.Method+" "+r.URL.Path)
	})

	api := func(pattern string, companyHeader headerRule, handler apiHandler) {
		mux.Handle(pattern, s.apiEndpoint(companyHeader, handler))
	}
	api("GET /rest/v1.0/me", headerForServiceAccounts, s.handleMe)
	api("GET /rest/v1.0/companies", headerForServiceAccounts, s.handleCompanies)

	for _, version := range []string{"v1.0", "v1.1"} {
		maxPerPage := DefaultMaxPerPage
		if version == "v1.1" {
			maxPerPage = 300 // reference §3.1: v1.1 projects max page size 300, default 100
		}
		api("GET /rest/"+version+"/projects", headerRequired, s.handleListProjects(maxPerPage))
		api("GET /rest/"+version+"/projects/{id}", headerRequired, s.handleShowProject)
	}
	api("POST /rest/v1.0/projects", headerRequired, s.handleCreateProject)
	api("PATCH /rest/v1.0/projects/{id}", headerRequired, s.handleUpdateProject)
	api("PATCH /rest/v1.0/projects/sync", headerRequired, s.handleSyncProjects)

	api("GET /rest/v1.0/standard_cost_code_lists", headerRequired, s.handleListCostCodeLists)
	api("GET /rest/v1.0/standard_cost_code_lists/{id}", headerRequired, s.handleShowCostCodeList)
	api("GET /rest/v1.0/standard_cost_codes", headerRequired, s.handleListStandardCostCodes)
	api("GET /rest/v1.0/standard_cost_codes/{id}", headerRequired, s.handleShowStandardCostCode)
	api("PATCH /rest/v1.0/standard_cost_codes/sync", headerRequired, s.handleSyncStandardCostCodes)
	api("DELETE /rest/v1.0/standard_cost_codes/{id}", headerRequired, s.handleDeleteStandardCostCode)

	api("GET /rest/v1.0/cost_codes", headerRequired, s.handleListProjectCostCodes)
	api("GET /rest/v1.0/cost_codes/{id}", headerRequired, s.handleShowProjectCostCode)
	api("PATCH /rest/v1.0/cost_codes/sync", headerRequired, s.handleSyncProjectCostCodes)

	api("GET /rest/v1.0/line_item_types", headerRequired, s.handleListLineItemTypes)
	api("GET /rest/v1.0/line_item_types/{id}", headerRequired, s.handleShowLineItemType)
	api("PATCH /rest/v1.0/line_item_types/sync", headerRequired, s.handleSyncLineItemTypes)

	api("GET /rest/v1.0/vendors", headerRequired, s.handleListVendors)
	api("GET /rest/v1.0/vendors/{id}", headerRequired, s.handleShowVendor)
	api("POST /rest/v1.0/vendors", headerRequired, s.handleCreateVendor)
	api("PATCH /rest/v1.0/vendors/{id}", headerRequired, s.handleUpdateVendor)
	api("PATCH /rest/v1.0/vendors/sync", headerRequired, s.handleSyncVendors)
	api("GET /rest/v1.0/companies/{company_id}/vendors/inactive", headerRequired, s.handleListInactiveVendors)

	api("GET /rest/v1.0/projects/{project_id}/budget", headerRequired, s.handleBudgetLockState)
	api("POST /rest/v1.0/projects/{project_id}/budget/lock", headerRequired, s.handleBudgetLock(true))
	api("DELETE /rest/v1.0/projects/{project_id}/budget/lock", headerRequired, s.handleBudgetLock(false))
	api("GET /rest/v1.0/budget_views", headerRequired, s.handleListBudgetViews)
	api("GET /rest/v1.0/budget_views/{budget_view_id}/detail_rows", headerRequired, s.handleBudgetDetailRows)
	api("GET /rest/v1.0/budget_views/{budget_view_id}/budget_detail_columns", headerRequired, s.handleBudgetDetailColumns)
	api("GET /rest/v1.0/budget_views/{budget_view_id}/summary_rows", headerRequired, s.handleBudgetSummaryRows)
	api("GET /rest/v1.0/budget_line_items/{id}", headerRequired, s.handleShowBudgetLineItem("v1.0"))
	api("GET /rest/v1.1/budget_line_items/{id}", headerRequired, s.handleShowBudgetLineItem("v1.1"))
	api("POST /rest/v1.0/budget_line_items", headerRequired, s.handleCreateBudgetLineItem)
	api("PATCH /rest/v1.0/budget_line_items/{id}", headerRequired, s.handleUpdateBudgetLineItem)
	api("POST /rest/v1.0/budget_line_items/sync", headerRequired, s.handleSyncBudgetLineItems)
	modifications := "/rest/v1.0/projects/{project_id}/budget_modifications"
	api("GET "+modifications, headerRequired, s.handleListBudgetModifications)
	api("GET "+modifications+"/{id}", headerRequired, s.handleShowBudgetModification)
	api("POST "+modifications, headerRequired, s.handleCreateBudgetModification)
	api("PATCH "+modifications+"/{id}", headerRequired, s.handleUpdateBudgetModification)
	api("DELETE "+modifications+"/{id}", headerRequired, s.handleDeleteBudgetModification)
	changes := "/rest/v1.0/projects/{project_id}/budget_changes"
	api("GET "+changes, headerRequired, s.handleListBudgetChanges)
	api("GET "+changes+"/{id}", headerRequired, s.handleShowBudgetChange)
	api("POST "+changes, headerRequired, s.handleCreateBudgetChange)
	api("PATCH "+changes+"/{id}", headerRequired, s.handleUpdateBudgetChange)
	api("GET /rest/v2.0/companies/{company_id}/projects/{project_id}/budget_changes/adjustment_line_items", headerRequired, s.handleListAdjustmentLines)
	api("GET /rest/v1.0/projects/{project_id}/work_breakdown_structure/wbs_codes", headerRequired, s.handleListWBSCodes)
	api("GET /rest/v1.0/projects/{project_id}/tools", headerRequired, s.handleListProjectTools)

	for _, version := range []string{"v1.0", "v1.1"} {
		base := "/rest/" + version + "/projects/{project_id}/direct_costs"
		api("GET "+base, headerRequired, s.handleListDirectCosts)
		api("GET "+base+"/{id}", headerRequired, s.handleShowDirectCost)
		api("POST "+base, headerRequired, s.handleCreateDirectCost(version))
		api("PATCH "+base+"/{id}", headerRequired, s.handleUpdateDirectCost(version))
	}
	api("PATCH /rest/v1.0/projects/{project_id}/direct_costs/sync", headerRequired, s.handleSyncDirectCosts)
	costLines := "/rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items"
	api("GET /rest/v1.0/projects/{project_id}/direct_costs/line_items", headerRequired, s.handleListProjectDirectCostLines)
	api("PATCH /rest/v1.0/projects/{project_id}/direct_costs/line_items/sync", headerRequired, s.handleSyncDirectCostLines)
	api("GET "+costLines, headerRequired, s.handleListDirectCostLines)
	api("POST "+costLines, headerRequired, s.handleCreateDirectCostLine)
	api("GET "+costLines+"/{id}", headerRequired, s.handleShowDirectCostLine)
	api("PATCH "+costLines+"/{id}", headerRequired, s.handleUpdateDirectCostLine)
	api("DELETE "+costLines+"/{id}", headerRequired, s.handleDeleteDirectCostLine)

	for path, commitmentType := range map[string]string{"work_order_contracts": WorkOrderContract, "purchase_order_contracts": PurchaseOrderContract} {
		base := "/rest/v1.0/" + path
		api("GET "+base, headerRequired, s.handleListCommitments(commitmentType))
		api("GET "+base+"/{id}", headerRequired, s.handleShowCommitment(commitmentType))
		api("GET "+base+"/{contract_id}/line_items", headerRequired, s.handleListCommitmentLineItems(commitmentType))
		api("POST "+base, headerRequired, s.handleCreateCommitment(commitmentType))
		api("PATCH "+base+"/{id}", headerRequired, s.handleUpdateCommitment(commitmentType))
		api("PATCH "+base+"/sync", headerRequired, s.handleSyncCommitments(commitmentType))
		api("DELETE "+base+"/{id}", headerRequired, s.handleDeleteCommitment(commitmentType))
		api("POST "+base+"/{contract_id}/line_items", headerRequired, s.handleCreateCommitmentLineItem(commitmentType))
		api("PATCH "+base+"/{contract_id}/line_items/sync", headerRequired, s.handleSyncCommitmentLineItems(commitmentType))
	}
	api("GET /rest/v1.0/commitments", headerRequired, s.handleListAllCommitments)
	api("GET /rest/v1.0/commitments/{id}", headerRequired, s.handleShowAnyCommitment)
	changeOrders := "/rest/v1.0/projects/{project_id}/commitment_change_orders"
	api("GET "+changeOrders, headerRequired, s.handleListChangeOrders)
	api("GET "+changeOrders+"/{id}", headerRequired, s.handleShowChangeOrder)
	api("POST "+changeOrders, headerRequired, s.handleCreateChangeOrder)
	api("PATCH "+changeOrders+"/{id}", headerRequired, s.handleUpdateChangeOrder)
	api("DELETE "+changeOrders+"/{id}", headerRequired, s.handleDeleteChangeOrder)
	api("GET /rest/v2.0/companies/{company_id}/projects/{project_id}/commitment_change_orders/{commitment_change_order_id}/line_items",
		headerRequired, s.handleListChangeOrderLineItems)

	for _, version := range []string{"v1.0", "v1.1"} {
		api("GET /rest/"+version+"/requisitions", headerRequired, s.handleListRequisitions(version))
		api("GET /rest/"+version+"/requisitions/{id}", headerRequired, s.handleShowRequisition(version))
	}
	api("GET /rest/v1.0/requisitions/{requisition_id}/detail", headerRequired, s.handleRequisitionDetail)
	api("PATCH /rest/v1.0/requisitions/{id}", headerRequired, s.handleUpdateRequisition)

	api("GET /rest/v1.0/contract_payments", headerRequired, s.handleListPayments)
	api("GET /rest/v1.0/contract_payments/{id}", headerRequired, s.handleShowPayment)
	api("POST /rest/v1.0/contract_payments", headerRequired, s.handleCreatePayment)
	api("PATCH /rest/v1.0/contract_payments/{id}", headerRequired, s.handleUpdatePayment)
	return mux
}
