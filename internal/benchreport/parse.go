package main

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// A figure is one value a benchmark reported: ns/op, MB/s, or a b.ReportMetric unit.
type figure struct {
	Name  string  // see figureName
	Value float64 // for comparisons and JSON
	Text  string  // the value exactly as go test printed it, for the table
	Unit  string
}

// labelMarker starts an input line that names the run that follows (e.g. "# label: desktop
// build"), so the same benchmark run twice against different builds gives two figures.
const labelMarker = "# label:"

// procsSuffix is the -GOMAXPROCS suffix go test appends to every benchmark name when
// GOMAXPROCS is not 1. A sub-benchmark whose own name ends in -digits loses them too when
// GOMAXPROCS is 1; none of Joblink's do.
var procsSuffix = regexp.MustCompile(`-\d+$`)

// parser turns go test -bench output, one line at a time, into figures.
type parser struct {
	label   string // from the last label marker; "" when none
	pkg     string // import path from the last "pkg:" line
	pending string // benchmark whose result line its own printed output interrupted
	figures []figure
	failed  bool // a FAIL line: a benchmark or its package failed to run
}

func (p *parser) line(s string) {
	trimmed := strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(trimmed, labelMarker):
		p.label = strings.TrimSpace(strings.TrimPrefix(trimmed, labelMarker))
	case strings.HasPrefix(trimmed, "pkg:"):
		p.pkg = strings.TrimSpace(strings.TrimPrefix(trimmed, "pkg:"))
		p.pending = ""
	case strings.Contains(trimmed, "--- FAIL"), trimmed == "FAIL", strings.HasPrefix(trimmed, "FAIL\t"):
		p.failed = true
	case strings.HasPrefix(trimmed, "Benchmark"):
		name, rest := trimmed, ""
		if end := strings.IndexFunc(trimmed, unicode.IsSpace); end > 0 {
			name, rest = trimmed[:end], trimmed[end:]
		}
		name = procsSuffix.ReplaceAllString(name, "")
		if !p.record(name, rest) {
			// go test prints the name, then runs the benchmark: whatever the benchmark prints
			// lands after the name, and the figures follow on a later line of their own.
			p.pending = name
		}
	case p.pending != "":
		if p.record(p.pending, trimmed) {
			p.pending = ""
		}
	}
}

// record adds the figures of a result ("N  123 ns/op  4.5 unit ...") for benchmark, or
// reports false when the text is not one.
func (p *parser) record(benchmark, result string) bool {
	fields := strings.Fields(result)
	if len(fields) < 3 || len(fields)%2 == 0 {
		return false
	}
	if _, err := strconv.ParseInt(fields[0], 10, 64); err != nil {
		return false
	}
	var found []figure
	for i := 1; i < len(fields); i += 2 {
		value, err := strconv.ParseFloat(fields[i], 64)
		if err != nil || math.IsNaN(value) || math.IsInf(value, 0) { // JSON has neither

			return false
		}
		found = append(found, figure{Name: p.figureName(benchmark), Value: value, Text: fields[i], Unit: fields[i+1]})
	}
	p.figures = append(p.figures, found...)
	return true
}

// figureName is "<label>: <import path>.<Benchmark>[/sub]", e.g.
// "desktop build: joblink.BenchmarkStartToReady" or
// "joblink/backend/costcodes.BenchmarkExportReferenceCostCodes"; the label part only after a
// label marker, the import path only after a "pkg:" line.
func (p *parser) figureName(benchmark string) string {
	name := benchmark
	if p.pkg != "" {
		name = p.pkg + "." + name
	}
	if p.label != "" {
		name = p.label + ": " + name
	}
	return name
}
