package api

import (
	"net/http"

	"joblink/backend/httpjson"
	"joblink/backend/setup/wire"
)

// QuickBooksLists reads Joblink's copy of the QuickBooks accounts and items, for pickers.
type QuickBooksLists interface {
	Accounts(types []string) ([]wire.ListEntry, error)
	Items(types []string) ([]wire.ListEntry, error)
}

func (s *server) listRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/quickbooks/accounts", s.quickBooksList("accounts", func(t []string) ([]wire.ListEntry, error) {
		return s.QuickBooksLists.Accounts(t)
	}))
	mux.HandleFunc("GET /api/quickbooks/items", s.quickBooksList("items", func(t []string) ([]wire.ListEntry, error) {
		return s.QuickBooksLists.Items(t)
	}))
}

// quickBooksList answers {"<name>": [...]} filtered by every ?type= given (none: all).
func (s *server) quickBooksList(name string, read func(types []string) ([]wire.ListEntry, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.QuickBooksLists == nil {
			httpjson.Error(w, http.StatusConflict, "lists_unavailable",
				"Joblink's copy of the QuickBooks lists needs the database, which is not open.", "See the database problem on the dashboard.")
			return
		}
		list, err := read(r.URL.Query()["type"])
		if err != nil {
			s.setupError(w, err)
			return
		}
		if list == nil {
			list = []wire.ListEntry{} // an empty list, never null
		}
		httpjson.Write(w, http.StatusOK, map[string][]wire.ListEntry{name: list})
	}
}
