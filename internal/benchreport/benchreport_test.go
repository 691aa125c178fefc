package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func parse(t *testing.T, output string) *parser {
	t.Helper()
	var p parser
	for _, line := range strings.Split(output, "\n") {
		p.line(line)
	}
	return &p
}

// names lists "name unit=value" for each figure, in order.
func names(p *parser) []string {
	var out []string
	for _, f := range p.figures {
		out = append(out, f.Name+" "+f.Unit+"="+f.Text)
	}
	return out
}

func TestParseResultLines(t *testing.T) {
	p := parse(t, `goos: linux
pkg: joblink/backend/costcodes
cpu: AMD EPYC
BenchmarkExportReferenceCostCodes-2   	       1	 4.5e+09 ns/op	         5.000 roundtrips	       117.2 peak-rss-MB
BenchmarkNoSuffix   	      10	       12 ns/op
pkg: joblink/qbwc/soap
BenchmarkSizes/small-8         	    2000	    136570 ns/op	  0.053 p50-ms
BenchmarkSizes/with_spaces-8   	    2000	    236570 ns/op
PASS
ok  	joblink/qbwc/soap	0.312s`)
	want := []string{
		"joblink/backend/costcodes.BenchmarkExportReferenceCostCodes ns/op=4.5e+09",
		"joblink/backend/costcodes.BenchmarkExportReferenceCostCodes roundtrips=5.000",
		"joblink/backend/costcodes.BenchmarkExportReferenceCostCodes peak-rss-MB=117.2",
		"joblink/backend/costcodes.BenchmarkNoSuffix ns/op=12",
		"joblink/qbwc/soap.BenchmarkSizes/small ns/op=136570",
		"joblink/qbwc/soap.BenchmarkSizes/small p50-ms=0.053",
		"joblink/qbwc/soap.BenchmarkSizes/with_spaces ns/op=236570",
	}
	if got := names(p); !reflect.DeepEqual(got, want) {
		t.Errorf("figures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if p.figures[1].Value != 5 || p.figures[0].Value != 4.5e9 {
		t.Errorf("values %v, %v", p.figures[1].Value, p.figures[0].Value)
	}
	if p.failed {
		t.Error("a passing run counted as failed")
	}
}

// A benchmark that prints while it runs splits its result line: go test prints the name, the
// benchmark's own output follows, and the figures come on a later line.
func TestParseResultAfterTheBenchmarksOwnOutput(t *testing.T) {
	p := parse(t, `pkg: joblink/backend/procore
BenchmarkReadReferenceCompany-2   	Procore calls to read 300 projects: 8 (target ≤ 11)
Procore calls for an idle incremental poll: 2 (target ≤ 2); 429 answers: 0 (target 0)
       2	 113555042 ns/op	         8.000 calls-full-read`)
	want := []string{
		"joblink/backend/procore.BenchmarkReadReferenceCompany ns/op=113555042",
		"joblink/backend/procore.BenchmarkReadReferenceCompany calls-full-read=8.000",
	}
	if got := names(p); !reflect.DeepEqual(got, want) {
		t.Errorf("figures %q, want %q", got, want)
	}
}

func TestParseSkipsMalformedLines(t *testing.T) {
	p := parse(t, `BenchmarkWordForValue-2   	10	 abc ns/op
BenchmarkUnitMissing-2    	10	 12 ns/op	 3
BenchmarkNoIterations-2   	12 ns/op
BenchmarkNotANumber-2     	10	 NaN ns/op
Benchmarks are timed below
BenchmarkGood-2           	10	 12 ns/op`)
	if got, want := names(p), []string{"BenchmarkGood ns/op=12"}; !reflect.DeepEqual(got, want) {
		t.Errorf("figures %q, want %q", got, want)
	}
}

func TestLabelsKeepTheSameBenchmarkOfTwoRunsApart(t *testing.T) {
	p := parse(t, `# label: desktop build
pkg: joblink
BenchmarkStartToReady-2   	10	 91996191 ns/op	 120.0 ms-to-ready
# label: server build
pkg: joblink
BenchmarkStartToReady-2   	10	 51996191 ns/op	 64.60 ms-to-ready
# label:
pkg: joblink/backend/store
BenchmarkOpenClose-2   	20	 26929888 ns/op`)
	want := []string{
		"desktop build: joblink.BenchmarkStartToReady ns/op=91996191",
		"desktop build: joblink.BenchmarkStartToReady ms-to-ready=120.0",
		"server build: joblink.BenchmarkStartToReady ns/op=51996191",
		"server build: joblink.BenchmarkStartToReady ms-to-ready=64.60",
		"joblink/backend/store.BenchmarkOpenClose ns/op=26929888",
	}
	if got := names(p); !reflect.DeepEqual(got, want) {
		t.Errorf("figures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseNoticesFailures(t *testing.T) {
	for _, output := range []string{
		"--- FAIL: BenchmarkExportReferenceCostCodes-2\nFAIL\nexit status 1",
		"FAIL\tjoblink/backend/costcodes [build failed]",
		"BenchmarkX-2   \t--- FAIL: BenchmarkX-2",
	} {
		if !parse(t, output).failed {
			t.Errorf("not noticed as a failure: %q", output)
		}
	}
	if parse(t, "idle resident memory (headless): 69.8 MB (target ≤ 60 MB) — MISSES the target\nPASS").failed {
		t.Error("a missed target counted as a failed benchmark")
	}
}

const testTargets = `# comment, then a blank line

*joblink.BenchmarkStartToReady	ms-to-ready	<=	1000	start to ready
joblink/qbwc/qbxml.BenchmarkParseResponses	MB/s	>=	50	qbXML parsing
joblink/x.BenchmarkA/*	roundtrips	<=	10
joblink/x.BenchmarkA/big	roundtrips	<=	1	never used: the line above wins
`

func TestCompareAgainstTargets(t *testing.T) {
	targets, err := readTargets(strings.NewReader(testTargets))
	if err != nil {
		t.Fatal(err)
	}
	figures := []figure{
		{Name: "server build: joblink.BenchmarkStartToReady", Value: 64.6, Unit: "ms-to-ready"},
		{Name: "desktop build: joblink.BenchmarkStartToReady", Value: 1000, Unit: "ms-to-ready"}, // equal meets
		{Name: "joblink.BenchmarkStartToReady", Value: 123, Unit: "ns/op"},                       // unit differs
		{Name: "joblink/qbwc/qbxml.BenchmarkParseResponses", Value: 49.9, Unit: "MB/s"},          // a miss
		{Name: "joblink/x.BenchmarkA/big", Value: 5, Unit: "roundtrips"},                         // * spans "/"
		{Name: "joblink/x.BenchmarkAB", Value: 5, Unit: "roundtrips"},                            // whole name must match
	}
	type verdict struct {
		Target string
		Meets  string
	}
	var got []verdict
	for _, c := range compare(figures, targets) {
		r := c.result()
		v := verdict{"null", "null"}
		if r.Target != nil {
			v.Target = *r.Target
		}
		if r.Meets != nil {
			v.Meets = map[bool]string{true: "true", false: "false"}[*r.Meets]
		}
		got = append(got, v)
	}
	want := []verdict{{"<= 1000", "true"}, {"<= 1000", "true"}, {"null", "null"}, {">= 50", "false"}, {"<= 10", "true"}, {"null", "null"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("verdicts %v, want %v", got, want)
	}
}

func TestReadTargetsRejectsMalformedLines(t *testing.T) {
	for _, line := range []string{
		"joblink.BenchmarkX\tms\t<\t10\tnote",     // unknown comparison
		"joblink.BenchmarkX\tms\t<=\tten\tnote",   // not a number
		"joblink.BenchmarkX ms <= 10",             // spaces, not tabs
		"joblink.BenchmarkX\tms\t<=\t10\tnote\tx", // too many columns
	} {
		if _, err := readTargets(strings.NewReader(line)); err == nil {
			t.Errorf("accepted %q", line)
		}
	}
}

// The shipped targets file must parse, or make bench would stop after all its benchmarks ran.
func TestShippedTargetsParse(t *testing.T) {
	f, err := os.Open("targets.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if targets, err := readTargets(f); err != nil || len(targets) == 0 {
		t.Fatalf("%d targets, %v", len(targets), err)
	}
}

func TestWriteJSON(t *testing.T) {
	targets, err := readTargets(strings.NewReader(testTargets))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "new folder", "results.json")
	comparisons := compare([]figure{
		{Name: "joblink/qbwc/qbxml.BenchmarkParseResponses", Value: 49.9, Unit: "MB/s"},
		{Name: "joblink.BenchmarkStartToReady", Value: 123, Unit: "ns/op"},
	}, targets)
	if err := writeJSON(path, comparisons); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	want := []map[string]any{
		{"name": "joblink/qbwc/qbxml.BenchmarkParseResponses", "value": 49.9, "unit": "MB/s", "target": ">= 50", "meets": false},
		{"name": "joblink.BenchmarkStartToReady", "value": 123.0, "unit": "ns/op", "target": nil, "meets": nil},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("JSON %s, want %v", data, want)
	}
	if !strings.Contains(string(data), `">= 50"`) {
		t.Errorf("target not written as typed: %s", data)
	}
}

func TestReadLinesPassesInputThroughUnchanged(t *testing.T) {
	input := "goos: linux\r\nBenchmarkX-2 \t 10\t 12 ns/op\n\nno newline at the end"
	var copied strings.Builder
	var handled []string
	if err := readLines(strings.NewReader(input), &copied, func(s string) { handled = append(handled, s) }); err != nil {
		t.Fatal(err)
	}
	if copied.String() != input {
		t.Errorf("copied %q, want %q", copied.String(), input)
	}
	want := []string{"goos: linux", "BenchmarkX-2 \t 10\t 12 ns/op", "", "no newline at the end"}
	if !reflect.DeepEqual(handled, want) {
		t.Errorf("handled %q, want %q", handled, want)
	}
}
