package procoresim

import (
	"context"
	"fmt"
	"net"

	"github.com/rs/zerolog"
)

// RunStandalone serves the reference company on addr until ctx ends: the `joblink procore-sim`
// sandbox that other tools and a real browser can use. It refuses any address that is not loopback:
// the simulator hands out tokens to anyone who clicks "Authorize" and must never face a network.
// Empty clientID/clientSecret mean DefaultClientID/DefaultClientSecret.
func RunStandalone(ctx context.Context, addr, clientID, clientSecret string, log zerolog.Logger) error {
	if err := requireLoopback(addr); err != nil {
		return err
	}
	company, err := NewReferenceCompany()
	if err != nil {
		return fmt.Errorf("procore simulator: %w", err)
	}
	server := New(Options{
		ClientID: clientID, ClientSecret: clientSecret,
		Companies: []*Company{company}, Users: ReferenceUsers(company),
	})
	listener, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("procore simulator: listen on %s: %w", addr, err)
	}
	log.Info().Str("url", "http://"+listener.Addr().String()).Str("client_id", server.opts.ClientID).
		Int64("company_id", company.ID).Msg("procore simulator serving the reference company")
	return server.serve(ctx, listener)
}

// requireLoopback accepts localhost, 127.0.0.0/8 and ::1 hosts only; an empty host would listen on
// every interface, so it is refused too.
func requireLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("procore simulator: address %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("procore simulator: refusing to listen on %q: only loopback addresses (127.0.0.1, ::1, localhost) are allowed", addr)
}
