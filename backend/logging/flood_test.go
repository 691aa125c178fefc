package logging

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock is the flood guard's clock in tests: the flood is replayed faster than it happened.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// readLogLines reads every JSON line of the log file and its rotated copies.
func readLogLines(t *testing.T, dir string) (lines []map[string]any, files int) {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, p := range paths {
		files++
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var m map[string]any
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Fatalf("%s: a line that is not JSON: %q", filepath.Base(p), sc.Text())
			}
			lines = append(lines, m)
		}
		f.Close()
	}
	return lines, files
}

// TestLogFloodKeepsHistory replays the attack on the real logger: refused logins and
// unknown tickets logged for four minutes (20,000 lines) into a log that rotates at 1 MB and
// keeps one old file. Unguarded, they rotate the log three times and the start-up line and the
// real event before them are gone. Guarded, both remain, the log does not rotate, and one
// summary line per kind and minute counts every line left out.
func TestLogFloodKeepsHistory(t *testing.T) {
	dir := t.TempDir()
	logs, err := Open(Config{File: filepath.Join(dir, "joblink.log"), NoConsole: true, MaxSizeMB: 1, MaxBackups: 1})
	if err != nil {
		t.Fatal(err)
	}
	clock := &fakeClock{t: time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)}
	logs.flood.now = clock.now

	logs.Info().Str("version", "test").Msg("ready")
	logs.Info().Str("path", "backups/joblink-20261206-090000.backup.gz").Msg("backup written")

	const lines, minutes = 20000, 4
	step := minutes * time.Minute / lines
	for i := range lines {
		if i%2 == 0 {
			logs.Warn().Str("source", "127.0.0.1").Int("attempt", i).Msg("Web Connector password refused")
		} else {
			logs.Info().Str("ticket", strings.Repeat("x", 36)).Msgf("receiveResponseXML with an unknown ticket (call %d)", i)
		}
		clock.advance(step)
	}
	clock.advance(time.Minute)
	if err := logs.Close(); err != nil {
		t.Fatal(err)
	}

	if paths, _ := filepath.Glob(filepath.Join(dir, "*")); len(paths) != 1 {
		t.Fatalf("the log rotated: %v", paths)
	}
	got, _ := readLogLines(t, dir)
	var ready, backup bool
	left := 0
	for _, m := range got {
		switch m["message"] {
		case "ready":
			ready = true
		case "backup written":
			backup = true
		}
		if m["source"] == "log-flood-guard" {
			left += int(m["repeated"].(float64))
		}
	}
	if !ready || !backup {
		t.Fatalf("the flood erased history: start-up line kept %v, real event kept %v", ready, backup)
	}
	written := len(got) - 2
	summaries := 0
	for _, m := range got {
		if m["source"] == "log-flood-guard" {
			summaries++
		}
	}
	if written-summaries+left != lines {
		t.Fatalf("%d flood lines written, %d summarised: they do not add up to %d", written-summaries, left, lines)
	}
	if max := (minutes + 1) * 2 * (floodPerKind + 1); written > max {
		t.Fatalf("%d flood lines written, want at most %d", written, max)
	}
	t.Logf("%d lines logged in the flood: %d written, %d summary lines counting %d left out", lines, written-summaries, summaries, left)
}

// TestFloodSummaryComesWithoutFurtherLines: when a flood stops, its summary is written when the
// window ends, not only when something else is logged.
func TestFloodSummaryComesWithoutFurtherLines(t *testing.T) {
	var buf safeBuffer
	g := newFloodGuard(&buf)
	start := time.Now()
	g.now = func() time.Time { return start }
	for range floodPerKind + 5 {
		g.Write([]byte(`{"level":"warn","message":"refused"}` + "\n"))
	}
	g.now = func() time.Time { return start.Add(floodWindow) }
	g.mu.Lock()
	timer := g.timer
	g.mu.Unlock()
	if timer == nil {
		t.Fatal("no summary is due")
	}
	timer.Reset(0)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(buf.String(), `"repeated":5`) {
		if time.Now().After(deadline) {
			t.Fatalf("no summary written: %s", buf.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestLongLinesAreCut: an 8 MB field (a whole QuickBooks response; the issue saw 30 MB) is cut to a few KB with the
// size left out, and a secret near the cut is still redacted (redaction runs first).
func TestLongLinesAreCut(t *testing.T) {
	dir := t.TempDir()
	logs, err := Open(Config{File: filepath.Join(dir, "joblink.log"), NoConsole: true})
	if err != nil {
		t.Fatal(err)
	}
	secret := "s3cret-refresh-token-value-0123456789"
	RegisterSecret(secret)
	field := strings.Repeat("A", maxFieldBytes-10) + secret + strings.Repeat("B", 8<<20)
	logs.Warn().Str("record", field).Msg("QuickBooks returned a very large field")
	logs.Close()
	b, err := os.ReadFile(filepath.Join(dir, "joblink.log"))
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > maxLineBytes+1 {
		t.Fatalf("the line is %d bytes", len(b))
	}
	if strings.Contains(string(b), secret[:12]) {
		t.Fatal("part of a secret reached the log")
	}
	if !strings.Contains(string(b), "bytes left out") || !strings.Contains(string(b), "very large field") {
		t.Fatalf("the cut line does not say so: %.300s", b)
	}
}

func TestKindOfIgnoresNumbers(t *testing.T) {
	if kindOf("call 12 from 127.0.0.1:5050") != kindOf("call 7 from 127.0.0.1:61000") {
		t.Fatal("messages differing only in numbers are different kinds")
	}
	if kindOf("password refused") == kindOf("ticket unknown") {
		t.Fatal("different messages are one kind")
	}
}

type safeBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *safeBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
