package qbwc

import (
	"context"

	"joblink/backend/qbrefresh"
	"joblink/qbwc/session"
)

// SessionAdapter fits the QuickBooks list refresh to a Web Connector session: the session
// knows tickets and SOAP, the engine only qbXML and plain facts about QuickBooks.
type SessionAdapter struct{ Engine *qbrefresh.Engine }

func (a SessionAdapter) HasWork(ctx context.Context) bool { return a.Engine.HasWork(ctx) }

func (a SessionAdapter) Begin(ctx context.Context, s *session.Info) error {
	h := s.Host
	country := h.Country
	if country == "" {
		country = s.Country // qbXMLCountry of sendRequestXML, when the HCP response had none
	}
	facts := qbrefresh.HostFacts{ProductName: h.ProductName, Major: h.Major, Minor: h.Minor, Country: country, CompanyName: h.CompanyName}
	return a.Engine.BeginRun(ctx, facts, s.CompanyFile)
}

func (a SessionAdapter) Next(ctx context.Context, _ *session.Info) (string, error) {
	return a.Engine.NextRequest(ctx)
}

func (a SessionAdapter) Handle(ctx context.Context, _ *session.Info, responseXML string) (int, error) {
	return a.Engine.HandleResponse(ctx, responseXML)
}

func (a SessionAdapter) End(ctx context.Context, _ *session.Info, err error) string {
	return a.Engine.EndRun(ctx, err)
}

// Phase is an engine that reads or writes QuickBooks in a session without needing the
// session's details (the job-costs reader).
type Phase interface {
	HasWork(ctx context.Context) bool
	Begin(ctx context.Context) error
	Next(ctx context.Context) (string, error)
	Handle(ctx context.Context, responseXML string) (int, error)
	End(ctx context.Context, err error) string
}

// PhaseAdapter fits a Phase to a Web Connector session.
type PhaseAdapter struct{ Phase Phase }

func (a PhaseAdapter) HasWork(ctx context.Context) bool { return a.Phase.HasWork(ctx) }
func (a PhaseAdapter) Begin(ctx context.Context, _ *session.Info) error {
	return a.Phase.Begin(ctx)
}
func (a PhaseAdapter) Next(ctx context.Context, _ *session.Info) (string, error) {
	return a.Phase.Next(ctx)
}
func (a PhaseAdapter) Handle(ctx context.Context, _ *session.Info, responseXML string) (int, error) {
	return a.Phase.Handle(ctx, responseXML)
}
func (a PhaseAdapter) End(ctx context.Context, _ *session.Info, err error) string {
	return a.Phase.End(ctx, err)
}
