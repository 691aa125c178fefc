package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/rs/zerolog"

	"joblink/backend/core"
	"joblink/backend/procoresim"
)

// DefaultProcoreSimAddr is where `joblink procore-sim` listens unless told otherwise.
const DefaultProcoreSimAddr = "127.0.0.1:41750"

// runProcoreSim serves the simulated Procore reference company until interrupted: a sandbox
// that tests, other tools and a real browser can sign in to.
func runProcoreSim(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("joblink procore-sim", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", DefaultProcoreSimAddr, "loopback address to listen on")
	clientID := fl.String("client-id", procoresim.DefaultClientID, "OAuth client id the simulator accepts")
	clientSecret := fl.String("client-secret", procoresim.DefaultClientSecret, "OAuth client secret the simulator accepts")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return core.ExitOK
		}
		return core.ExitUsage
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := zerolog.New(zerolog.ConsoleWriter{Out: stdout, NoColor: true, TimeFormat: "15:04:05"}).With().Timestamp().Logger()
	fmt.Fprintf(stdout, "Procore simulator: client id %q; stop it with Ctrl+C.\n", *clientID)
	if err := procoresim.RunStandalone(ctx, *addr, *clientID, *clientSecret, log); err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "joblink procore-sim:", err)
		return core.ExitFailure
	}
	return core.ExitOK
}
