package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// A target is one line of targets.tsv: figures whose name matches Pattern and whose unit is
// Unit must be Op ("<=" or ">=") Number.
type target struct {
	Pattern string
	Unit    string
	Op      string
	Number  float64
	Text    string // the number as written, so "1.0" stays "1.0" in the report
	Note    string
	match   *regexp.Regexp
}

// readTargets parses tab-separated lines "pattern, unit, <= or >=, number[, note]"; blank
// lines and lines starting with # are skipped. In a pattern * stands for any run of
// characters (slashes included, unlike a file glob) and the whole name must match.
func readTargets(r io.Reader) ([]target, error) {
	var targets []target
	scanner := bufio.NewScanner(r)
	for lineNo := 1; scanner.Scan(); lineNo++ {
		line := scanner.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 || len(cols) > 5 {
			return nil, fmt.Errorf("line %d: want 4 or 5 tab-separated columns (pattern, unit, <= or >=, number, note), got %d", lineNo, len(cols))
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		t := target{Pattern: cols[0], Unit: cols[1], Op: cols[2], Text: cols[3]}
		if len(cols) == 5 {
			t.Note = cols[4]
		}
		if t.Op != "<=" && t.Op != ">=" {
			return nil, fmt.Errorf("line %d: comparison %q is neither <= nor >=", lineNo, t.Op)
		}
		number, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %q is not a number", lineNo, t.Text)
		}
		t.Number = number
		quoted := strings.Split(t.Pattern, "*")
		for i := range quoted {
			quoted[i] = regexp.QuoteMeta(quoted[i])
		}
		t.match = regexp.MustCompile("^" + strings.Join(quoted, ".*") + "$")
		targets = append(targets, t)
	}
	return targets, scanner.Err()
}

// targetFor returns the first target that applies to f, or nil.
func targetFor(targets []target, f figure) *target {
	for i := range targets {
		if targets[i].Unit == f.Unit && targets[i].match.MatchString(f.Name) {
			return &targets[i]
		}
	}
	return nil
}

func (t *target) String() string { return t.Op + " " + t.Text }

func (t *target) met(value float64) bool {
	if t.Op == "<=" {
		return value <= t.Number
	}
	return value >= t.Number
}
