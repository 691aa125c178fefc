package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/core"
	"joblink/backend/datadir"
	"joblink/backend/localserver"
	"joblink/backend/store"
	"joblink/qbwc"
)

// runQWC prints (or writes) the Web Connector file. A running Joblink is asked for it, since
// it holds the database; otherwise the database is opened here.
func runQWC(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("joblink qwc", flag.ContinueOnError)
	fl.SetOutput(stderr)
	data := fl.String("data", "", "data folder (default: the application-data folder)")
	addr := fl.String("addr", localserver.DefaultAddr, "the address Joblink listens on (its port goes into the file)")
	out := fl.String("out", "", "write the file here instead of printing it")
	every := fl.Duration("every", qbwc.DefaultRunEvery, "how often the Web Connector should run Joblink (10s to 168h; whole minutes are written as minutes)")
	l, code, ok := parseSubcommand(fl, args, data, stderr)
	if !ok {
		return code
	}
	var (
		file []byte
		err  error
	)
	if lk, lockErr := datadir.Acquire(l); lockErr == nil {
		file, err = qwcFromStore(l, *addr, *every)
		lk.Release()
	} else {
		_, file, err = core.Call(l, http.MethodGet, "/api/qbwc/qwc?every="+url.QueryEscape(every.String()))
	}
	if err != nil {
		fmt.Fprintln(stderr, "joblink: cannot make the Web Connector file:", err)
		return core.ExitFailure
	}
	if *out == "" {
		_, _ = stdout.Write(file)
		return core.ExitOK
	}
	if err := os.WriteFile(*out, file, 0o644); err != nil {
		fmt.Fprintln(stderr, "joblink:", err)
		return core.ExitFailure
	}
	fmt.Fprintf(stdout, "Wrote %s. In the Web Connector choose Add an application and pick this file.\n", *out)
	return core.ExitOK
}

func qwcFromStore(l datadir.Layout, addr string, every time.Duration) ([]byte, error) {
	_, portText, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("the address %q is not HOST:PORT: %w", addr, err)
	}
	port, err := strconv.Atoi(portText)
	if err != nil || port <= 0 || port > 65535 {
		return nil, fmt.Errorf("the port %q is not a number from 1 to 65535", portText)
	}
	st, err := store.Open(store.Options{Dir: l.DB(), BackupDir: l.Backups(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return qbwc.QWCFile(st, port, every)
}
