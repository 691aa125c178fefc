//go:build linux

package localserver

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"
	"golang.org/x/sys/unix"

	"joblink/backend/store"
)

const fdHelperEnv = "JOBLINK_FDLIMIT_HELPER_DIR"

// TestFDLimitServerHelper is the server of TestConnectionFloodUnderALowFileLimit, run as a
// child process with at most 256 open files: the real store (written to throughout, so Badger
// opens new files) and the real listener and guard, whose API writes and reads the store.
func TestFDLimitServerHelper(t *testing.T) {
	dir := os.Getenv(fdHelperEnv)
	if dir == "" {
		t.Skip("helper for TestConnectionFloodUnderALowFileLimit")
	}
	if err := unix.Setrlimit(unix.RLIMIT_NOFILE, &unix.Rlimit{Cur: 256, Max: 256}); err != nil {
		fmt.Println("FAIL setrlimit:", err)
		os.Exit(2)
	}
	st, err := store.Open(store.Options{Dir: filepath.Join(dir, "db"), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		fmt.Println("FAIL open store:", err)
		os.Exit(2)
	}
	var storeErrs atomic.Int64
	var firstErr atomic.Value
	note := func(err error) {
		if err != nil && storeErrs.Add(1) == 1 {
			firstErr.Store(err.Error())
		}
	}
	value := bytes.Repeat([]byte("v"), 64<<10)
	var n atomic.Int64
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := []byte(fmt.Sprintf("api/%08d", n.Add(1)))
		err := st.Update(func(txn *badger.Txn) error { return txn.Set(key, value) })
		if err == nil {
			err = st.View(func(txn *badger.Txn) error { _, err := txn.Get(key); return err })
		}
		note(err)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		io.WriteString(w, "ok")
	})
	l, err := Listen("127.0.0.1:0")
	if err != nil {
		fmt.Println("FAIL listen:", err)
		os.Exit(2)
	}
	g := &Guard{Port: l.Port, Token: testToken}
	srv := Serve(l, g.Handler(Routes{API: api}), nil)

	// A writer keeps Badger busy (new value-log files, flushes) during the flood.
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
			note(st.Update(func(txn *badger.Txn) error {
				return txn.Set([]byte(fmt.Sprintf("bg/%08d", i)), value)
			}))
		}
	}()
	most := 0
	sample := time.NewTicker(time.Millisecond)
	fmt.Printf("ADDR 127.0.0.1:%d %d\n", l.Port, srv.MaxConns())
	eof := make(chan struct{})
	go func() { io.Copy(io.Discard, os.Stdin); close(eof) }()
loop:
	for {
		select {
		case <-eof:
			break loop
		case <-sample.C:
			most = max(most, srv.OpenConns())
		}
	}
	close(stop)
	<-done
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(ctx)
	note(st.Close())
	first, _ := firstErr.Load().(string)
	fmt.Printf("RESULT most-open=%d max=%d store-errors=%d first=%q\n", most, srv.MaxConns(), storeErrs.Load(), first)
	os.Exit(0)
}

// TestConnectionFloodUnderALowFileLimit runs Joblink's listener and database in a process
// that may open only 256 files, and opens 1,000 silent connections to it from outside. The
// connection limit follows the file limit (32 places), so the database always finds the
// descriptors it needs: no store error ("too many open files"), no crash ("Assert failed"),
// and the API, which writes to the database, answers throughout.
func TestConnectionFloodUnderALowFileLimit(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestFDLimitServerHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), fdHelperEnv+"="+t.TempDir())
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stdout)
	var addr string
	var limit int
	for lines.Scan() {
		if _, err := fmt.Sscanf(lines.Text(), "ADDR %s %d", &addr, &limit); err == nil {
			break
		}
		if strings.HasPrefix(lines.Text(), "FAIL") {
			t.Fatalf("helper: %s", lines.Text())
		}
	}
	if addr == "" {
		t.Fatalf("the helper did not start: %s", stderr.String())
	}
	if limit > 256/8 {
		t.Fatalf("connection limit %d with 256 files allowed", limit)
	}

	res, conns := flood(nil, addr, 1000, 1000, 8)
	closeAll(conns)
	stdin.Close()
	var result string
	for lines.Scan() {
		if strings.HasPrefix(lines.Text(), "RESULT") {
			result = lines.Text()
		}
	}
	if err := cmd.Wait(); err != nil || result == "" {
		t.Fatalf("the server process failed: %v %s\n%s", err, result, tail(stderr.String(), 2000))
	}
	t.Logf("%d connections opened, API asked %d times (slowest %v); server: %s", res.opened, res.asked, res.slowest, result)
	var most, max, storeErrs int
	if _, err := fmt.Sscanf(result, "RESULT most-open=%d max=%d store-errors=%d", &most, &max, &storeErrs); err != nil {
		t.Fatalf("unreadable result %q: %v", result, err)
	}
	if res.failed > 0 {
		t.Errorf("the API failed %d of %d times; first: %v", res.failed, res.asked, res.firstFailure)
	}
	if storeErrs > 0 || most > max {
		t.Errorf("store errors %d, most connections %d of %d: %s", storeErrs, most, max, result)
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
