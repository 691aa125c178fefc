package api

import "time"

// QuickBooksInfo is the dashboard's view of the QuickBooks side: the Web Connector endpoint,
// the company file that answered, and the lists Joblink keeps.
type QuickBooksInfo struct {
	State           string             `json:"state"` // "waiting", "connected" or "problem"
	WebConnectorURL string             `json:"webConnectorURL"`
	PasswordSet     bool               `json:"passwordSet"`
	Company         *QuickBooksCompany `json:"company"`
	LastContactAt   *time.Time         `json:"lastContactAt"`
	LastResult      string             `json:"lastResult"`
	Problem         *Problem           `json:"problem"`
	Lists           []QuickBooksList   `json:"lists"`
}

// QuickBooksCompany is the company file that answered the Web Connector.
type QuickBooksCompany struct {
	File    string `json:"file"`
	Name    string `json:"name"`
	Product string `json:"product"`
	Version string `json:"version"`
	Country string `json:"country"`
}

// QuickBooksList is one list kept in Joblink.
type QuickBooksList struct {
	Kind        string     `json:"kind"`
	Label       string     `json:"label"`
	Count       int        `json:"count"`
	RefreshedAt *time.Time `json:"refreshedAt"`
	Problem     *Problem   `json:"problem"`
}

// Problem is something that went wrong, in words, with what to do about it.
type Problem struct {
	Message string `json:"message"`
	Fix     string `json:"fix,omitempty"`
}
