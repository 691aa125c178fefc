package qwc

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/store"
)

const testFileID = "{90A44FB5-33D9-4815-AC85-BC87A7E7D1EB}"

func validConfig() Config {
	return Config{AppName: "Joblink", AppDescription: "Procore ↔ QuickBooks job-cost sync", Port: 8765, UserName: "joblink",
		FileID: testFileID, RunEvery: 15 * time.Minute}
}

// elementNames lists the children of QBWCXML (and of Scheduler, as Scheduler/x).
func elementNames(t *testing.T, doc []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var names, stack []string
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch el := tok.(type) {
		case xml.StartElement:
			stack = append(stack, el.Name.Local)
			if len(stack) == 2 {
				names = append(names, el.Name.Local)
			} else if len(stack) == 3 {
				names = append(names, stack[1]+"/"+el.Name.Local)
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	return names
}

func TestGenerateMatchesIntuitSamples(t *testing.T) {
	out, err := Generate(validConfig())
	if err != nil {
		t.Fatal(err)
	}
	ours := elementNames(t, out)
	samples, _ := filepath.Glob(filepath.Join("testdata", "*.qwc"))
	if len(samples) != 3 {
		t.Fatalf("found %d samples", len(samples))
	}
	for _, sample := range samples {
		b, err := os.ReadFile(sample)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range elementNames(t, b) {
			switch name {
			case "AuthFlags", "CertURL": // optional; Joblink accepts every edition and needs no certificate
				continue
			}
			if !slices.Contains(ours, name) {
				t.Errorf("%s has <%s>, ours does not", filepath.Base(sample), name)
			}
		}
	}
	for _, extra := range []string{"Scheduler/RunEveryNMinutes", "IsReadOnly"} {
		if !slices.Contains(ours, extra) {
			t.Errorf("missing %s", extra)
		}
	}
	if !bytes.HasPrefix(out, []byte(`<?xml version="1.0" encoding="utf-8"?>`+"\n<QBWCXML>")) {
		t.Errorf("prolog/root: %.60s", out)
	}
}

func TestGenerateParsesBack(t *testing.T) {
	out, err := Generate(validConfig())
	if err != nil {
		t.Fatal(err)
	}
	var f file
	if err := xml.Unmarshal(out, &f); err != nil {
		t.Fatal(err)
	}
	want := file{XMLName: f.XMLName, AppName: "Joblink", AppURL: "http://localhost:8765/qbwc", AppDescription: "Procore ↔ QuickBooks job-cost sync",
		AppSupport: "http://localhost:8765/qbwc/support", UserName: "joblink", OwnerID: OwnerID, FileID: testFileID, QBType: "QBFS",
		Scheduler: &scheduler{RunEveryNMinutes: 15}, Style: "Document"}
	if f.Scheduler == nil || *f.Scheduler != *want.Scheduler {
		t.Fatalf("scheduler %+v", f.Scheduler)
	}
	f.Scheduler, want.Scheduler = nil, nil
	if f != want {
		t.Fatalf("parsed back\n%+v\nwant\n%+v", f, want)
	}
	if !bytes.Contains(out, []byte("<IsReadOnly>false</IsReadOnly>")) {
		t.Error("IsReadOnly not false")
	}
}

func TestGenerateEscapes(t *testing.T) {
	cfg := validConfig()
	cfg.AppName = `Smith & Sons <Builders> "HQ"`
	cfg.UserName = "a&b<c>"
	cfg.AppDescription = "Jobs > 5 & <none>"
	out, err := Generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("& ")) || bytes.Contains(out, []byte("<Builders>")) || !bytes.Contains(out, []byte("Smith &amp; Sons &lt;Builders&gt;")) {
		t.Fatalf("not escaped:\n%s", out)
	}
	var f file
	if err := xml.Unmarshal(out, &f); err != nil {
		t.Fatal(err)
	}
	if f.AppName != cfg.AppName || f.UserName != cfg.UserName || f.AppDescription != cfg.AppDescription {
		t.Fatalf("round trip %q %q %q", f.AppName, f.UserName, f.AppDescription)
	}
}

func TestSchedulerUnits(t *testing.T) {
	for every, want := range map[time.Duration]string{
		15 * time.Minute: "<RunEveryNMinutes>15</RunEveryNMinutes>",
		90 * time.Second: "<RunEveryNSeconds>90</RunEveryNSeconds>",
		30 * time.Second: "<RunEveryNSeconds>30</RunEveryNSeconds>",
	} {
		cfg := validConfig()
		cfg.RunEvery = every
		out, err := Generate(cfg)
		if err != nil || !bytes.Contains(out, []byte(want)) {
			t.Errorf("%v: %v\n%s", every, err, out)
		}
	}
	cfg := validConfig()
	cfg.RunEvery = 0
	if out, _ := Generate(cfg); bytes.Contains(out, []byte("Scheduler")) {
		t.Error("zero interval wrote a Scheduler")
	}
}

func TestGenerateRefusesBadConfig(t *testing.T) {
	for name, mutate := range map[string]func(*Config){
		"no name":         func(c *Config) { c.AppName = " " },
		"no user":         func(c *Config) { c.UserName = "" },
		"port 0":          func(c *Config) { c.Port = 0 },
		"port too big":    func(c *Config) { c.Port = 70000 },
		"fileid no brace": func(c *Config) { c.FileID = "90A44FB5-33D9-4815-AC85-BC87A7E7D1EB" },
		"fileid short":    func(c *Config) { c.FileID = "{90A44FB5}" },
		"too often":       func(c *Config) { c.RunEvery = 5 * time.Second },
		"fractional":      func(c *Config) { c.RunEvery = 15500 * time.Millisecond },
		"too rare":        func(c *Config) { c.RunEvery = 30 * 24 * time.Hour },
		"control char":    func(c *Config) { c.AppName = "Job\x01link" },
	} {
		cfg := validConfig()
		mutate(&cfg)
		if _, err := Generate(cfg); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// Lower-case FileIDs are accepted and written upper-case.
	cfg := validConfig()
	cfg.FileID = strings.ToLower(testFileID)
	if out, err := Generate(cfg); err != nil || !bytes.Contains(out, []byte(testFileID)) {
		t.Errorf("lower-case FileID: %v", err)
	}
}

var guidForm = regexp.MustCompile(`^\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$`)

func TestGUIDs(t *testing.T) {
	if !guidPattern.MatchString(OwnerID) {
		t.Fatalf("OwnerID %s is not in .qwc form", OwnerID)
	}
	seen := map[string]bool{}
	for range 200 {
		g, err := NewGUID()
		if err != nil || !guidForm.MatchString(g) || seen[g] {
			t.Fatalf("NewGUID %q %v", g, err)
		}
		seen[g] = true
	}
}

func TestEnsureFileIDIsPersisted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	open := func() *store.Store {
		st, err := store.Open(store.Options{Dir: dir, BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	st := open()
	first, err := EnsureFileID(st)
	if err != nil || !guidForm.MatchString(first) {
		t.Fatalf("%q %v", first, err)
	}
	again, _ := EnsureFileID(st)
	if again != first {
		t.Fatalf("FileID changed: %s → %s", first, again)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st = open()
	defer st.Close()
	if reopened, _ := EnsureFileID(st); reopened != first {
		t.Fatalf("FileID changed across restart: %s → %s", first, reopened)
	}
}
