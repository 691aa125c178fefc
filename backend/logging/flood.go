package logging

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A log flood must not erase history. Someone on the same PC can make Joblink log a line per
// refused login, unknown ticket or bad request, over a thousand a second; written as they
// come, they rotate the log in minutes and the lines that explain a real problem are gone.
// floodGuard writes the first few lines of each kind (same level and message) per minute and
// counts the rest; when the minute ends it writes one summary line per kind saying how many
// were left out. A cap on all lines per minute covers messages that vary. Lines of level
// fatal and panic always pass.
//
// Over-long lines (a whole QuickBooks record in a field) are cut in two steps around the
// redactor: before it, string fields are cut to preCutFieldBytes, so redaction never scans
// megabytes; after it (lineCutter), to maxFieldBytes. Cutting only after redaction means a
// secret is never half cut and so left unrecognised in what is kept.

const (
	floodWindow       = time.Minute
	floodPerKind      = 10  // lines of one kind written per window
	floodPerWindow    = 600 // lines of all kinds written per window
	maxLineBytes      = 16 << 10
	maxFieldBytes     = 2 << 10
	preCutFieldBytes  = 64 << 10
	summaryMessageKey = "message"
)

type floodGuard struct {
	out io.Writer
	now func() time.Time

	mu      sync.Mutex
	start   time.Time // of the current window
	written int       // lines written in the current window
	kinds   map[string]*floodKind
	timer   *time.Timer
}

type floodKind struct {
	level, message string
	written        int
	left           int       // lines left out
	first, last    time.Time // of the lines left out
}

func newFloodGuard(out io.Writer) *floodGuard {
	return &floodGuard{out: out, now: time.Now, kinds: map[string]*floodKind{}}
}

// lineHead is what the guard reads from each JSON line.
type lineHead struct {
	Level   string `json:"level"`
	Message string `json:"message"`
}

func (g *floodGuard) Write(p []byte) (int, error) {
	var head lineHead
	_ = json.Unmarshal(p, &head) // a line that is not JSON is one kind: level and message ""
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	if now.Sub(g.start) >= floodWindow {
		g.endWindowLocked(now)
	}
	if head.Level == "fatal" || head.Level == "panic" {
		return g.writeLocked(p)
	}
	key := head.Level + "\x00" + kindOf(head.Message)
	k := g.kinds[key]
	if k == nil {
		k = &floodKind{level: head.Level, message: head.Message}
		g.kinds[key] = k
	}
	if k.written < floodPerKind && g.written < floodPerWindow {
		k.written++
		return g.writeLocked(p)
	}
	if k.left == 0 {
		k.first = now
	}
	k.left++
	k.last = now
	if g.timer == nil {
		// The summary is due when the window ends, even if nothing else is logged by then.
		g.timer = time.AfterFunc(g.start.Add(floodWindow).Sub(now), g.flushDue)
	}
	return len(p), nil
}

func (g *floodGuard) writeLocked(p []byte) (int, error) {
	g.written++
	line := p
	if len(p) > preCutFieldBytes {
		line = shortenLine(p, preCutFieldBytes, len(p))
	}
	if _, err := g.out.Write(line); err != nil {
		return 0, err
	}
	return len(p), nil
}

func (g *floodGuard) flushDue() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.timer = nil
	if now := g.now(); now.Sub(g.start) >= floodWindow {
		g.endWindowLocked(now)
	}
}

// Flush writes the summaries of the current window now (at exit).
func (g *floodGuard) Flush() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.endWindowLocked(g.now())
}

// endWindowLocked writes one summary per kind with lines left out and starts a new window.
func (g *floodGuard) endWindowLocked(now time.Time) {
	var left []*floodKind
	for _, k := range g.kinds {
		if k.left > 0 {
			left = append(left, k)
		}
	}
	sort.Slice(left, func(i, j int) bool { return left[i].first.Before(left[j].first) })
	for _, k := range left {
		level := k.level
		if level == "" {
			level = "warn"
		}
		line, _ := json.Marshal(map[string]any{
			"level":    level,
			"time":     now.Format(time.RFC3339Nano),
			"source":   "log-flood-guard",
			"repeated": k.left,
			"first":    k.first.Format(time.RFC3339Nano),
			"last":     k.last.Format(time.RFC3339Nano),
			summaryMessageKey: fmt.Sprintf("%d more lines like %q were left out of the log between %s and %s (at most %d of a kind and %d in all are written a minute)",
				k.left, k.message, k.first.Format("15:04:05"), k.last.Format("15:04:05"), floodPerKind, floodPerWindow),
		})
		_, _ = g.out.Write(append(line, '\n'))
	}
	if g.timer != nil {
		g.timer.Stop()
		g.timer = nil
	}
	g.start = now
	g.written = 0
	clear(g.kinds)
}

// kindOf groups messages that differ only in numbers (ports, counts, ids).
func kindOf(message string) string {
	var b strings.Builder
	digits := false
	for _, r := range message {
		if r >= '0' && r <= '9' {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}

// lineCutter cuts lines longer than maxLineBytes after redaction (see above).
type lineCutter struct{ out io.Writer }

func (c lineCutter) Write(p []byte) (int, error) {
	line := p
	if len(p) > maxLineBytes {
		line = shortenLine(p, maxFieldBytes, maxLineBytes)
	}
	if _, err := c.out.Write(line); err != nil {
		return 0, err
	}
	return len(p), nil
}

// leftOutNote matches the note a first cut left at the end of a field.
var leftOutNote = regexp.MustCompile(`…\((\d+) bytes left out\)$`)

// shortenLine cuts every string field of a JSON line longer than fieldLimit, saying how much
// was left out (counting what an earlier cut left out). A line that is not JSON, or still
// longer than lineLimit, is cut as a whole.
func shortenLine(p []byte, fieldLimit, lineLimit int) []byte {
	cutWhole := func() []byte {
		n := min(len(p), lineLimit)
		return append(append([]byte{}, p[:n]...), []byte(fmt.Sprintf(" …(%d bytes left out)\n", len(p)-n))...)
	}
	var fields map[string]any
	if err := json.Unmarshal(p, &fields); err != nil {
		return cutWhole()
	}
	for name, v := range fields {
		s, ok := v.(string)
		if !ok || len(s) <= fieldLimit {
			continue
		}
		left := len(s) - fieldLimit
		if m := leftOutNote.FindStringSubmatch(s); m != nil {
			earlier, _ := strconv.Atoi(m[1])
			left += earlier - len(m[0])
		}
		fields[name] = strings.ToValidUTF8(s[:fieldLimit], "") + fmt.Sprintf("…(%d bytes left out)", left)
	}
	out, err := json.Marshal(fields)
	if err != nil || len(out) > lineLimit {
		return cutWhole()
	}
	return append(out, '\n')
}
