//go:build linux

package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// Issue 12's connection attack against the real program: this test binary runs Joblink
// headless in a child process (the same run() as the built binary), and floods it with silent
// connections from outside while asking its API, as someone else on the PC could.

const attackEnv = "JOBLINK_ATTACK_DATA"

// TestAttackTargetHelper is the child: Joblink headless, optionally allowed few open files.
func TestAttackTargetHelper(t *testing.T) {
	dir := os.Getenv(attackEnv)
	if dir == "" {
		t.Skip("helper for the attack tests")
	}
	if n, _ := strconv.ParseUint(os.Getenv("JOBLINK_ATTACK_NOFILE"), 10, 64); n > 0 {
		if err := unix.Setrlimit(unix.RLIMIT_NOFILE, &unix.Rlimit{Cur: n, Max: n}); err != nil {
			fmt.Fprintln(os.Stderr, "setrlimit:", err)
			os.Exit(99)
		}
	}
	args := []string{"--headless", "--data", dir, "--addr", "127.0.0.1:0"}
	if extra := os.Getenv("JOBLINK_ATTACK_ARGS"); extra != "" {
		args = append(args, strings.Split(extra, "\x1f")...)
	}
	os.Exit(run(args, os.Stdout, os.Stderr))
}

type attackTarget struct {
	cmd   *exec.Cmd
	addr  string
	token string
	data  string
}

func startAttackTarget(t *testing.T, nofile int) *attackTarget {
	t.Helper()
	return startAttackTargetWith(t, t.TempDir(), nofile)
}

// startAttackTargetOn starts Joblink on an existing data folder.
func startAttackTargetOn(t *testing.T, data string) *attackTarget {
	t.Helper()
	return startAttackTargetWith(t, data, 0)
}

func startAttackTargetWith(t *testing.T, data string, nofile int) *attackTarget {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestAttackTargetHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), attackEnv+"="+data, "JOBLINK_ATTACK_NOFILE="+strconv.Itoa(nofile))
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if u := listeningURL.FindString(sc.Text()); u != "" {
				found <- u
				io.Copy(io.Discard, stdout)
				return
			}
		}
		found <- "" // the child ended without starting
	}()
	var u string
	select {
	case u = <-found:
		if u == "" {
			t.Fatalf("Joblink ended without starting: %v", cmd.Wait())
		}
	case <-time.After(60 * time.Second):
		t.Fatal("Joblink never announced its address")
	}
	tok, err := os.ReadFile(filepath.Join(data, "ui-token"))
	if err != nil {
		t.Fatal(err)
	}
	return &attackTarget{cmd: cmd, addr: strings.TrimSuffix(strings.TrimPrefix(u, "http://"), "/"), token: strings.TrimSpace(string(tok)), data: data}
}

// descriptors counts the child's open files.
func (a *attackTarget) descriptors() int {
	fds, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", a.cmd.Process.Pid))
	if err != nil {
		return -1
	}
	return len(fds)
}

func (a *attackTarget) askStatus() error {
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	req, _ := http.NewRequest("GET", "http://"+a.addr+"/api/status", nil)
	req.Header.Set("Authorization", "Bearer "+a.token)
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"state":"ok"`) {
		return fmt.Errorf("status %d: %.200s", resp.StatusCode, body)
	}
	return nil
}

// floodTarget opens n silent connections (held open) while asking the API every 5 ms; it
// returns the API's failures and the most descriptors the child held.
func floodTarget(t *testing.T, a *attackTarget, n int) (asked, failed int, firstErr error, mostFDs int, conns []net.Conn) {
	t.Helper()
	var mu sync.Mutex
	var next atomic.Int64
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(n) {
				c, err := net.DialTimeout("tcp4", a.addr, 5*time.Second)
				if err == nil {
					mu.Lock()
					conns = append(conns, c)
					mu.Unlock()
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	for finished := false; !finished; {
		select {
		case <-done:
			finished = true
		case <-time.After(5 * time.Millisecond):
		}
		err := a.askStatus()
		mostFDs = max(mostFDs, a.descriptors())
		asked++
		if err != nil {
			failed++
			if firstErr == nil {
				firstErr = err
			}
		}
	}
	// The attacker's connections stay open: Joblink must go on answering.
	for range 20 {
		err := a.askStatus()
		mostFDs = max(mostFDs, a.descriptors())
		asked++
		if err != nil {
			failed++
			if firstErr == nil {
				firstErr = err
			}
		}
	}
	return asked, failed, firstErr, mostFDs, conns
}

// stop asks Joblink to quit the documented way (joblink --quit, through its API) and waits.
// (SIGTERM works as well since main catches it before announcing anything: sigterm_test.go.)
func (a *attackTarget) stop(t *testing.T) string {
	t.Helper()
	if code, stdout, stderr := runCapture("--quit", "--data", a.data); code != 0 {
		t.Errorf("joblink --quit: %d %s %s", code, stdout, stderr)
		a.cmd.Process.Signal(syscall.SIGTERM)
	}
	exited := make(chan error, 1)
	go func() { exited <- a.cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("Joblink did not stop cleanly: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Error("Joblink did not stop within 30 s")
	}
	b, _ := os.ReadFile(filepath.Join(a.data, "logs", "joblink.log"))
	return string(b)
}

// TestRealJoblinkSurvivesAConnectionFlood: 2,000 silent connections; the API answers
// throughout and Joblink holds at most its connection limit of them.
func TestRealJoblinkSurvivesAConnectionFlood(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Joblink")
	}
	a := startAttackTarget(t, 0)
	if err := a.askStatus(); err != nil {
		t.Fatal(err)
	}
	base := a.descriptors()
	asked, failed, firstErr, most, conns := floodTarget(t, a, 2000)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	t.Logf("%d connections held by the attacker, API asked %d times, Joblink's descriptors %d before, at most %d during", len(conns), asked, base, most)
	if failed > 0 {
		t.Errorf("the API failed %d of %d times: %v", failed, asked, firstErr)
	}
	if most-base > 128+16 {
		t.Errorf("Joblink held %d more descriptors during the flood, limit 128 connections", most-base)
	}
	if log := a.stop(t); !strings.Contains(log, "stopped cleanly") {
		t.Errorf("no clean stop in the log")
	}
}

// TestRealJoblinkWithFewFilesKeepsItsDatabase: Joblink allowed 256 open files, flooded with
// 1,000 connections: the database never runs out of descriptors ("too many open files", or
// the "Assert failed" exit the issue saw) and the API keeps answering from it.
func TestRealJoblinkWithFewFilesKeepsItsDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Joblink")
	}
	a := startAttackTarget(t, 256)
	asked, failed, firstErr, most, conns := floodTarget(t, a, 1000)
	for _, c := range conns {
		c.Close()
	}
	t.Logf("API asked %d times, Joblink's descriptors at most %d of 256", asked, most)
	if failed > 0 {
		t.Errorf("the API failed %d of %d times: %v", failed, asked, firstErr)
	}
	log := a.stop(t)
	for _, bad := range []string{"too many open files", "Assert failed"} {
		if strings.Contains(log, bad) {
			t.Errorf("the log says %q", bad)
		}
	}
}

// TestRealJoblinkLogSurvivesAFloodOfRefusedLogins sends 5,000 wrong Web Connector logins to
// the real program, each of which logs a warning: the log keeps its start-up line, stays small
// and says how many lines it left out.
func TestRealJoblinkLogSurvivesAFloodOfRefusedLogins(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Joblink")
	}
	a := startAttackTarget(t, 0)
	const logins = 5000
	var next atomic.Int64
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 10 * time.Second}
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= logins {
				body := `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>` +
					`<authenticate xmlns="http://developer.intuit.com/"><strUserName>joblink</strUserName><strPassword>guess</strPassword></authenticate></soap:Body></soap:Envelope>`
				req, _ := http.NewRequest("POST", "http://"+a.addr+"/qbwc", strings.NewReader(body))
				req.Header.Set("Content-Type", "text/xml; charset=utf-8")
				req.Header.Set("SOAPAction", `"http://developer.intuit.com/authenticate"`)
				if resp, err := client.Do(req); err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
			}
		}()
	}
	wg.Wait()
	log := a.stop(t)
	lines := strings.Count(log, "\n")
	t.Logf("%d refused logins, %d log lines", logins, lines)
	if !strings.Contains(log, `"message":"ready"`) {
		t.Error("the start-up line is gone")
	}
	if lines > 300 {
		t.Errorf("%d log lines for %d refused logins", lines, logins)
	}
	if !strings.Contains(log, "log-flood-guard") {
		t.Error("no summary of the lines left out")
	}
}
