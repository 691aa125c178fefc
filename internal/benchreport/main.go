// Command benchreport reads `go test -bench` output on standard input, copies it to standard
// output as it arrives, and at the end prints every figure the benchmarks reported beside its
// target, then writes them all to a JSON file. `make bench` runs it on the output of all its
// go test commands:
//
//	go run ./internal/benchreport -targets internal/benchreport/targets.tsv \
//		-out build/bench/results.json < bench-output.txt
//
// A figure is one value with its unit on a result line (ns/op, B/op, MB/s, or a
// b.ReportMetric unit). Its name is "<import path>.<Benchmark>[/sub]" without the
// -GOMAXPROCS suffix, e.g. "joblink/backend/costcodes.BenchmarkExportReferenceCostCodes";
// the import path comes from go test's "pkg:" line. An input line "# label: desktop build"
// prefixes the names that follow with "desktop build: " (until the next label line; an empty
// one ends it), so the same benchmark run against two builds gives two figures.
//
// Targets live in targets.tsv, one per line (see its header). A missed target is printed as
// MISSES and recorded with "meets": false but does not change the exit status: benchreport
// exits non-zero only when the input shows a benchmark or package that failed to run.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

// result is one element of the JSON array; Target and Meets are null without a target.
type result struct {
	Name   string  `json:"name"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Target *string `json:"target"`
	Meets  *bool   `json:"meets"`
}

func main() {
	targetsPath := flag.String("targets", "internal/benchreport/targets.tsv", "tab-separated targets file")
	outPath := flag.String("out", "build/bench/results.json", "JSON file to write (its folder is created)")
	echo := flag.Bool("echo", true, "copy each input line to standard output as it is read")
	flag.Parse()

	targetsFile, err := os.Open(*targetsPath)
	if err != nil {
		fail(err)
	}
	targets, err := readTargets(targetsFile)
	targetsFile.Close()
	if err != nil {
		fail(fmt.Errorf("%s: %w", *targetsPath, err))
	}

	var p parser
	passthrough := io.Discard
	if *echo {
		passthrough = os.Stdout
	}
	if err := readLines(os.Stdin, passthrough, p.line); err != nil {
		fail(err)
	}

	comparisons := compare(p.figures, targets)
	printTable(os.Stdout, comparisons, targets)
	if err := writeJSON(*outPath, comparisons); err != nil {
		fail(err)
	}
	fmt.Printf("results: %s\n", *outPath)
	if p.failed {
		fail(errors.New("a benchmark or its package failed to run (see FAIL above)"))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchreport:", err)
	os.Exit(1)
}

// readLines hands each line of r, without its line ending, to handle, after copying it to
// passthrough byte for byte.
func readLines(r io.Reader, passthrough io.Writer, handle func(string)) error {
	reader := bufio.NewReader(r)
	for {
		raw, err := reader.ReadString('\n')
		if raw != "" {
			if _, werr := io.WriteString(passthrough, raw); werr != nil {
				return werr
			}
			handle(trimLineEnd(raw))
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func trimLineEnd(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

// A comparison is a figure with the target that applies to it, or none.
type comparison struct {
	figure
	target *target
}

func compare(figures []figure, targets []target) []comparison {
	comparisons := make([]comparison, len(figures))
	for i, f := range figures {
		comparisons[i] = comparison{f, targetFor(targets, f)}
	}
	return comparisons
}

func (c comparison) result() result {
	r := result{Name: c.Name, Value: c.Value, Unit: c.Unit}
	if c.target != nil {
		text, meets := c.target.String(), c.target.met(c.Value)
		r.Target, r.Meets = &text, &meets
	}
	return r
}

// printTable shows every figure in input order, then the targets no figure matched: after a
// full make bench those are targets whose benchmark was renamed or dropped.
func printTable(w io.Writer, comparisons []comparison, targets []target) {
	fmt.Fprintln(w)
	fmt.Fprintln(w, "== Figures against their targets (internal/benchreport/targets.tsv)")
	var aligned bytes.Buffer
	table := tabwriter.NewWriter(&aligned, 0, 0, 2, ' ', 0)
	fmt.Fprintln(table, "FIGURE\tVALUE\tTARGET\tRESULT\tNOTE")
	used := map[*target]bool{}
	misses, checked := 0, 0
	for _, c := range comparisons {
		target, verdict, note := "—", "—", ""
		if c.target != nil {
			used[c.target] = true
			target, note = c.target.String(), c.target.Note
			checked++
			verdict = "meets"
			if !c.target.met(c.Value) {
				verdict = "MISSES"
				misses++
			}
		}
		fmt.Fprintf(table, "%s\t%s %s\t%s\t%s\t%s\n", c.Name, c.Text, c.Unit, target, verdict, note)
	}
	table.Flush()
	for line := range strings.Lines(aligned.String()) {
		fmt.Fprintln(w, strings.TrimRight(line, " \n")) // rows without a note end in padding
	}
	fmt.Fprintf(w, "%d figures, %d with a target: %d meet, %d MISS\n", len(comparisons), checked, checked-misses, misses)
	for _, c := range comparisons {
		if c.target != nil && !c.target.met(c.Value) {
			fmt.Fprintf(w, "MISSES: %s %s %s (target %s)\n", c.Name, c.Text, c.Unit, c.target)
		}
	}
	for i := range targets {
		if !used[&targets[i]] {
			fmt.Fprintf(w, "no figure for the target %q %s %s\n", targets[i].Pattern, targets[i].Unit, targets[i].String())
		}
	}
}

func writeJSON(path string, comparisons []comparison) error {
	results := make([]result, len(comparisons))
	for i, c := range comparisons {
		results[i] = c.result()
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	var data bytes.Buffer
	encoder := json.NewEncoder(&data)
	encoder.SetEscapeHTML(false) // keep "<= 10" readable
	encoder.SetIndent("", "  ")
	if err := encoder.Encode(results); err != nil {
		return err
	}
	return os.WriteFile(path, data.Bytes(), 0o644)
}
