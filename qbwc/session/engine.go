package session

import (
	"context"
	"errors"
	"time"
)

// Engine decides what Joblink asks QuickBooks to do. The sync engine implements it; this
// package calls it, one session at a time per company file, never concurrently for the same
// session.
type Engine interface {
	// HasWork reports whether a session would have anything to do; false makes authenticate
	// answer "none" so QBWC does not even open QuickBooks.
	HasWork(ctx context.Context) bool
	// Begin is called once per session after the HCP response is parsed and the company checked.
	Begin(ctx context.Context, s *Info) error
	// Next returns the next qbXML request set, or "" when the session has nothing more to send.
	// Returning ErrPause asks QBWC to wait a few seconds and ask again.
	Next(ctx context.Context, s *Info) (string, error)
	// Handle takes the response to the last request set and returns progress 0–100.
	Handle(ctx context.Context, s *Info, responseXML string) (int, error)
	// End is called on closeConnection or when the session dies; summary is the one-line result.
	End(ctx context.Context, s *Info, err error) (summary string)
}

// ErrPause, returned by Engine.Next, means "nothing to send yet, but soon" (e.g. Procore data
// still loading). The session answers sendRequestXML with "" and getLastError with "NoOp",
// which makes QBWC wait about five seconds and call sendRequestXML again.
var ErrPause = errors.New("the sync engine is not ready yet")

// Reasons a session ends without closeConnection, passed to Engine.End.
var (
	ErrExpired     = errors.New("the Web Connector session expired after being idle")
	ErrAbandoned   = errors.New("the Web Connector started a new session before finishing this one")
	ErrInterrupted = errors.New("Joblink stopped while a Web Connector session was running")
	ErrShutdown    = errors.New("Joblink is shutting down")
)

// Info describes one session. The engine gets a pointer to it on every call and must treat
// it as read-only; it stays valid until End returns.
type Info struct {
	Ticket   string
	Started  time.Time
	LastSeen time.Time

	Host        HostFacts // from the first sendRequestXML's HCP response
	CompanyFile string    // full path of the open company file (strCompanyFileName)
	FileID      string    // the FileID Joblink's OwnerID stamped on the company file, if any
	Country     string    // qbXMLCountry, e.g. "US"
	QBXMLMajor  int       // the qbXML version QBWC reports
	QBXMLMinor  int

	RequestsSent      int // request sets handed to QBWC
	ResponsesReceived int // responses handed to Engine.Handle
	Progress          int // last progress reported to QBWC
}

// HostFacts is what QuickBooks reports about itself and the company file in the HostQuery,
// CompanyQuery and PreferencesQuery responses of the first sendRequestXML.
type HostFacts struct {
	ProductName            string // e.g. "QuickBooks Enterprise Solutions 24.0"
	Major, Minor           int    // HostRet MajorVersion/MinorVersion; Major is the year − 1990
	Country                string // HostRet Country: US, CA, UK
	SupportedQBXMLVersions []string
	IsAutomaticLogin       bool
	FileMode               string // QBFileMode: SingleUser or MultiUser
	CompanyName            string
	// CompanyFile is the company file path if the parser knows it; the HCP response does not
	// carry it, so the session fills it from strCompanyFileName.
	CompanyFile string
	// FileID is Joblink's FileID if the parser already picked it; otherwise the session picks
	// it from FileIDs using Config.OwnerID.
	FileID string
	// FileIDs are the company's "FileID" data extensions, keyed by OwnerID as QuickBooks
	// reports it. Every Web Connector application stamps its own.
	FileIDs map[string]string
}

// ParseHCP turns the HCP response text into HostFacts. The qbXML codec provides it.
type ParseHCP func(hcpXML string) (HostFacts, error)
