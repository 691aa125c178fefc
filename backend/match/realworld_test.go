package match

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

// realWorld is testdata/realworld.txt read into the two pages' lists: the QuickBooks records
// and the Procore records, each Procore record labelled with the QuickBooks record a bookkeeper
// would link it to ("" when there is none). The file was written before the matcher was taught
// issue 16's cases; see its header.
type realWorld struct {
	pages map[string]*realPage // set/page
}

// realWorldSets are the evaluation sets, each one company's books: realworld.txt was written first
// and the matcher tuned on its tune split; realworld-us.txt, then realworld-trades.txt,
// realworld-midwest.txt, realworld-atlanta.txt, realworld-utah.txt, realworld-nashville.txt,
// realworld-kansascity.txt, realworld-sacramento.txt, realworld-charlotte.txt,
// realworld-twincities.txt, realworld-sanantonio.txt, realworld-pittsburgh.txt,
// realworld-richmond.txt, realworld-columbus.txt, realworld-albuquerque.txt and
// realworld-omaha.txt were added and committed before the matcher was run on them.
var realWorldSets = []string{"realworld", "realworld-us", "realworld-trades", "realworld-midwest", "realworld-atlanta", "realworld-utah", "realworld-nashville", "realworld-kansascity", "realworld-sacramento", "realworld-charlotte", "realworld-twincities", "realworld-sanantonio", "realworld-pittsburgh", "realworld-richmond", "realworld-columbus", "realworld-albuquerque", "realworld-omaha"}

// trainingSets are labelled sets written to teach the matcher, each one company's books like the
// sets above, but with no hold-out: every record is in the tune split. They add examples to learn
// from without changing the hold-out the targets are measured on (the evaluation sets' hold-outs).
var trainingSets = []string{"training-denver", "training-boston", "training-dallas", "training-phoenix", "training-seattle", "training-chicago", "training-florida", "training-newjersey", "training-portland", "training-houston", "training-ohiovalley", "training-socal", "training-indiana"}

type realPage struct {
	set, page  string
	quickbooks []Entry
	byName     map[string]string // QuickBooks full name, lower case → id
	procore    []realRecord
}

type realRecord struct {
	Entry
	truth, kind string
	holdout     bool
}

// holdoutOf puts about a third of the Procore records in the hold-out, by a hash of the name so
// that nobody chooses which.
func holdoutOf(name string) bool {
	h := fnv.New32a()
	h.Write([]byte(name))
	return h.Sum32()%3 == 0
}

// contactInto reads "phone; street; city; zip" into e.
func contactInto(e *Entry, s string) {
	parts := strings.Split(s, ";")
	for len(parts) < 4 {
		parts = append(parts, "")
	}
	e.Phone = strings.TrimSpace(parts[0])
	e.Address = strings.TrimSpace(parts[1])
	e.City = strings.TrimSpace(parts[2])
	e.Zip = strings.TrimSpace(parts[3])
}

func loadRealWorld(t testing.TB) realWorld {
	t.Helper()
	rw := realWorld{pages: map[string]*realPage{}}
	for _, set := range realWorldSets {
		rw.load(t, set, true)
	}
	for _, set := range trainingSets {
		rw.load(t, set, false)
	}
	return rw
}

// load adds testdata/<set>.txt's pages to rw; with split false every record is in the tune split.
func (rw realWorld) load(t testing.TB, set string, split bool) {
	t.Helper()
	file := "testdata/" + set + ".txt"
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	page := func(name string) *realPage {
		p := rw.pages[set+"/"+name]
		if p == nil {
			p = &realPage{set: set, page: name, byName: map[string]string{}}
			rw.pages[set+"/"+name] = p
		}
		return p
	}
	// qb adds a QuickBooks record once, with its customer first when it is a job (only
	// customers and jobs are nested in QuickBooks).
	var qb func(p *realPage, full, contact string) string
	qb = func(p *realPage, full, contact string) string {
		key := strings.ToLower(full)
		if id, ok := p.byName[key]; ok {
			return id
		}
		if i := strings.LastIndexByte(full, ':'); i > 0 && p.page == "jobs" {
			qb(p, full[:i], "")
		}
		e := Entry{ID: fmt.Sprintf("qb%d", len(p.quickbooks)+1), Name: full}
		contactInto(&e, contact)
		p.quickbooks = append(p.quickbooks, e)
		p.byName[key] = e.ID
		return e.ID
	}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		// Fields are separated by "|" with spaces around it; an empty field may be written "| |"
		// (no name or contact holds a "|").
		f := strings.Split(line, "|")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if f[0] == "Q" {
			if len(f) < 3 {
				t.Fatalf("%s:%d: %q", file, n, line)
			}
			f = append(f, "")
			qb(page(f[1]), f[2], f[3])
			continue
		}
		if len(f) < 5 || (f[3] != "=" && f[3] != "x") {
			t.Fatalf("%s:%d: %q", file, n, line)
		}
		f = append(f, "", "")
		p := page(f[0])
		id := qb(p, f[4], f[6])
		r := realRecord{Entry: Entry{ID: fmt.Sprintf("pc%d", n), Name: f[2]}, kind: f[1], holdout: split && holdoutOf(f[2])}
		contactInto(&r.Entry, f[5])
		if f[3] == "=" {
			r.truth = id
		}
		p.procore = append(p.procore, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// tally counts one group's outcomes. Sure means offered for one-click linking (Exact or Likely).
type tally struct {
	pairs, found, sure, negatives int
	sureRight, sureWrong          int
}

func (t *tally) add(o tally) {
	t.pairs += o.pairs
	t.found += o.found
	t.sure += o.sure
	t.negatives += o.negatives
	t.sureRight += o.sureRight
	t.sureWrong += o.sureWrong
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (t tally) precision() float64  { return ratio(t.sureRight, t.sureRight+t.sureWrong) }
func (t tally) recallSure() float64 { return ratio(t.sure, t.pairs) }
func (t tally) recallAny() float64  { return ratio(t.found, t.pairs) }

// realOutcome is the result of matching both pages of every set.
type realOutcome struct {
	groups map[groupKey]*tally
	misses []string // tune-split records not offered at Exact/Likely, and wrong links
}

// groupKey says which records a tally counts.
type groupKey struct{ set, page, split, kind string }

func (o realOutcome) sum(keep func(k groupKey) bool) tally {
	var t tally
	for k, v := range o.groups {
		if keep(k) {
			t.add(*v)
		}
	}
	return t
}

// holdout sums one page's hold-out records over every set ("" for both pages).
func (o realOutcome) holdout(page string) tally {
	return o.sum(func(k groupKey) bool { return k.split == "holdout" && (page == "" || k.page == page) })
}

func runRealWorld(rw realWorld) realOutcome {
	out := realOutcome{groups: map[groupKey]*tally{}}
	for _, key := range slices.Sorted(maps.Keys(rw.pages)) {
		p := rw.pages[key]
		procore := make([]Entry, len(p.procore))
		for i, r := range p.procore {
			procore[i] = r.Entry
		}
		ix := NewIndex
		if p.page == "vendors" {
			ix = NewFlatIndex // as the Vendors page matches: vendors are not nested
		}
		got := Assign(procore, ix(p.quickbooks))
		nameOf := map[string]string{}
		for _, e := range p.quickbooks {
			nameOf[e.ID] = e.Name
		}
		for _, r := range p.procore {
			split := "tune"
			if r.holdout {
				split = "holdout"
			}
			k := groupKey{p.set, p.page, split, strings.TrimSuffix(r.kind, "-negative")}
			g := out.groups[k]
			if g == nil {
				g = &tally{}
				out.groups[k] = g
			}
			s, ok := got[r.ID]
			sure := ok && (s.Confidence == Exact || s.Confidence == Likely)
			if r.truth == "" {
				g.negatives++
			} else {
				g.pairs++
				if ok && s.ID == r.truth {
					g.found++
				}
			}
			switch {
			case sure && s.ID == r.truth:
				g.sure++
				g.sureRight++
			case sure:
				g.sureWrong++
			}
			if split == "tune" && (r.truth != "" && !(sure && s.ID == r.truth) || sure && s.ID != r.truth) {
				want := "nothing"
				if r.truth != "" {
					want = fmt.Sprintf("%q", nameOf[r.truth])
				}
				out.misses = append(out.misses, fmt.Sprintf("%-12s %-8s %-22s %q want %s got %q %s (%.3f: %s)",
					p.set, p.page, r.kind, r.Name, want, s.Name, s.Confidence, s.Score, s.Reason))
			}
		}
	}
	return out
}

// Issue 16's targets on the hold-out are precision of exact+likely ≥ 0.99 and recall at
// exact/likely ≥ 0.85 for vendors and ≥ 0.75 for jobs; make bench reports the figures against
// them (BenchmarkMatchRealWorld), over the hold-outs of both sets. The test holds the precision
// target and the recall reached, so that a change that loses pairs fails here. Reached after the
// rules taken from the tune misses of both sets (contractions, a long word's last letter, t/a, a
// branch against the firm's whole name with its trade, compound number words, ISD, work words,
// a customer's initials with its last word apart): hold-out vendors 0.828 (77 of 93, unchanged by
// those rules) and jobs 0.831 (49 of 59); tune vendors 0.975 (192 of 197), jobs 0.885 (100 of 113).
// Then general rules judged on made-up names, not on either split's misses (initials joined by
// "&", readings of short forms, a distinctive firm and its branch, branch.go): hold-out vendors
// 0.839 (78 of 93), the rest unchanged.
// Then realworld-trades.txt joined the sums, unseen by the matcher, and the recall floors were
// lowered to what all three sets measured when it was added (the matcher unchanged, the other two
// sets' figures unchanged): hold-out vendors 0.764 (133 of 174), jobs 0.783 (65 of 83); tune
// vendors 0.872 (285 of 327), jobs 0.807 (134 of 166).
// Then general rules taken from the third set's tune misses and from made-up names (person.go:
// a sole proprietor's firm, short first names, middle names; county.go, school.go, initialsof.go,
// publicbody.go, secondtrade.go, jobextra.go, tradeleft.go: a firm's bare name and its name with
// the trade; a firm with two trade words or its division and its store; state codes; campus
// and job initials): hold-out vendors 0.833 (145 of 174), jobs 0.819 (68 of 83); tune vendors
// 0.957 (313 of 327), jobs 0.916 (152 of 166); no wrong one-click link added on either split.
// Then realworld-midwest.txt (a Columbus, Ohio contractor's books) joined the sums, unseen by the
// matcher, and the recall floors were lowered to what all four sets measured when it was added
// (the matcher unchanged, the other sets' figures unchanged; it added no wrong one-click link):
// hold-out vendors 0.813 (191 of 235), jobs 0.760 (79 of 104); tune vendors 0.910 (416 of 457),
// jobs 0.880 (183 of 208).
// Then general rules from the fourth set's tune misses and made-up names (first names written
// short, short forms of materials, tags in square brackets, a lone star read both ways, District,
// a firm's own initials, union locals, paperwork notes, an owner's note, an office's initials,
// Jr/Sr, agencies, a colon's branch; a project number at either end or dashed, an owner's full
// name, an institution or a store customer, a district's school by level, a sibling job that
// shares only most words, a word that says which kind of the trade, a building's label, words
// added around a shared project number): hold-out
// vendors 0.813 (191 of 235, unchanged), jobs 0.769 (80 of 104); tune vendors 0.939 (429 of
// 457), jobs 0.923 (192 of 208); no wrong one-click link added.
// Then four training sets (Denver, Boston, Dallas, Phoenix: all tune, never split) were written
// and the matcher taught from their misses and the tune splits' (about 90 general rules:
// persons and their short names, public bodies and their offices, unions and funds, insurers,
// branches by town, code or contact, d/b/a and former names, typos of known words, readings of
// short forms, job initials and numbers): hold-out vendors 0.855 (201 of 235), jobs 0.779 (81
// of 104), the same 2 wrong one-click links of 284. The Dallas and Phoenix sets, added after
// the first round of those rules, measured vendors 0.787 and 0.771 on arrival.
// Then realworld-atlanta.txt (a metro Atlanta contractor's books, an evaluation set written and
// committed before the matcher ran on it) joined the sums, and the floors were set to what all
// five sets measured (it added no wrong one-click link: 0 of 232): hold-out vendors 0.841 (253
// of 301), jobs 0.766 (98 of 128); its own vendors 0.782 (186 of 238), jobs 0.657 (46 of 70);
// tune vendors 0.901 (567 of 629), jobs 0.882 (224 of 254).
// Then rules from its tune split's misses and the training sets' (an EMC, a city's permit office,
// "Public Works" beside the service it runs, a name turned round before a trade, a union's region,
// trade synonyms such as Floor Covering, a firm's written-out words over a reading by initials,
// ties between branches): hold-out vendors 0.844 (254 of 301), jobs 0.766 (98 of 128), the same
// 2 wrong one-click links of 354; tune vendors 0.924 (581 of 629), jobs 0.882 (224 of 254).
// Then realworld-utah.txt (a Wasatch Front contractor's books, an evaluation set written and
// committed before the matcher ran on it) and training-seattle.txt joined. On arrival Utah
// measured vendors 0.873 (200 of 229), jobs 0.680 (51 of 75), no wrong one-click link (0 of
// 251); Seattle vendors 0.825 (179 of 217), jobs 0.759 (66 of 87), 2 wrong of 247. Over the
// six hold-outs: vendors 0.851 (320 of 376), jobs 0.753 (116 of 154), 2 wrong of 438; tune
// vendors 0.914, jobs 0.865. The floors below are those figures. training-chicago.txt joined
// next: on arrival vendors 0.833 (195 of 234), jobs 0.780 (71 of 91), 2 wrong of 268; then
// training-florida.txt: vendors 0.840 (199 of 237), jobs 0.758 (69 of 91), 0 wrong of 268; then
// training-newjersey.txt (unions and public agencies): vendors 0.767 (184 of 240), jobs 0.791
// (72 of 91), 2 wrong of 258. Then realworld-nashville.txt, an evaluation set: on arrival
// vendors 0.847 (194 of 229), jobs 0.694 (50 of 72), no wrong one-click link (0 of 244).
// Over the seven hold-outs then: vendors 0.850 (380 of 447), jobs 0.759 (132 of 174), 2 wrong
// of 514; tune vendors 0.904, jobs 0.845.
// Then about 150 general rules from the tune and training misses (of the kinds above, plus a
// table of well-known renames written without reading any set) while two more evaluation sets,
// realworld-kansascity.txt and realworld-sacramento.txt, were written and held back unread,
// then measured on the matcher at ca7ea0f before they joined: Kansas City vendors 0.789 (172 of
// 218), jobs 0.776 (59 of 76), 4 wrong one-click links of 235; Sacramento vendors 0.842 (186 of
// 221), jobs 0.724 (55 of 76), 0 wrong of 241. Two more, realworld-charlotte.txt and
// realworld-twincities.txt, written at 11:27 and held back the same way, were measured on the
// matcher at 201844b, the last rule of the session: Charlotte vendors 0.774 (185 of 239), jobs
// 0.795 (58 of 73), 4 wrong of 247; Twin Cities vendors 0.839 (188 of 224), jobs 0.750 (54 of
// 72), 0 wrong of 242. The floors below were what the eleven sets measured with them.
//
// Session of 2026-12-07 (afternoon): six more evaluation sets were written by helpers that never
// worked on the matcher, committed before it ran on them and held back unread while about 90
// rules were added from the tune and training misses (eight new training sets among them):
// realworld-sanantonio, -pittsburgh, -richmond, -columbus, -albuquerque and -omaha. On their
// arrival they read vendors 0.853 (1168 of 1370), jobs 0.721 (323 of 448), 4 wrong one-click
// links of 1495; measured again at 5200902, the session's last rule, before they joined:
// vendors 0.866 (1186 of 1370), jobs 0.750 (336 of 448), 4 wrong of 1526 (precision 0.997). The
// floors below are what the seventeen sets measure with them.
const (
	floorPrecision = 0.99
	// The seventeen hold-outs: vendors 0.856 (1035 of 1209), jobs 0.796 (335 of 421), 6 wrong of 1376.
	floorVendorsRecall = 0.855
	floorJobsRecall    = 0.795
	// Their tune splits: vendors 0.891 (2185 of 2451), jobs 0.838 (715 of 853).
	floorVendorsTuneRecall = 0.891
	floorJobsTuneRecall    = 0.838
	// The training sets (training-*.txt): vendors 0.894 (2307 of 2581), jobs 0.857 (1107 of 1292).
	floorVendorsTrainingRecall = 0.893
	floorJobsTrainingRecall    = 0.856
)

// TestRealWorld reports precision and recall on testdata/realworld*.txt per set, page, split and
// kind of variation (go test -v), and holds the floors above. Only the tune split's misses are
// listed: the hold-out is for measuring, not for tuning.
func TestRealWorld(t *testing.T) {
	o := runRealWorld(loadRealWorld(t))
	keys := slices.SortedFunc(maps.Keys(o.groups), func(a, b groupKey) int {
		return strings.Compare(a.set+a.page+a.kind+a.split, b.set+b.page+b.kind+b.split)
	})
	t.Logf("%-12s %-8s %-15s %-8s %5s %5s %7s %7s %6s", "set", "page", "kind", "split", "pairs", "negs", "any", "sure", "wrong")
	for _, k := range keys {
		g := o.groups[k]
		t.Logf("%-12s %-8s %-15s %-8s %5d %5d %7.3f %7.3f %6d", k.set, k.page, k.kind, k.split, g.pairs, g.negatives, g.recallAny(), g.recallSure(), g.sureWrong)
	}
	for _, set := range append(slices.Concat(realWorldSets, trainingSets), "") {
		for _, split := range []string{"tune", "holdout", ""} {
			for _, page := range []string{"vendors", "jobs", ""} {
				g := o.sum(func(k groupKey) bool {
					return (set == "" || k.set == set) && (page == "" || k.page == page) && (split == "" || k.split == split)
				})
				if g.pairs+g.negatives == 0 {
					continue // a training set has no hold-out
				}
				t.Logf("%-12s %-8s %-8s pairs %3d negatives %3d: precision %.3f (%d wrong of %d sure), recall at exact/likely %.3f (%d), at any confidence %.3f",
					cmpOr(set, "both sets"), cmpOr(page, "both"), cmpOr(split, "all"), g.pairs, g.negatives, g.precision(), g.sureWrong, g.sureRight+g.sureWrong, g.recallSure(), g.sure, g.recallAny())
			}
		}
	}
	if testing.Verbose() {
		for _, m := range o.misses {
			t.Log(m)
		}
	}
	all := o.sum(func(groupKey) bool { return true })
	vendors, jobs := o.holdout("vendors"), o.holdout("jobs")
	if all.precision() < floorPrecision {
		t.Errorf("precision of exact+likely %.3f < %.2f", all.precision(), floorPrecision)
	}
	if vendors.recallSure() < floorVendorsRecall {
		t.Errorf("vendors hold-out recall at exact/likely %.3f < %.3f", vendors.recallSure(), floorVendorsRecall)
	}
	if jobs.recallSure() < floorJobsRecall {
		t.Errorf("jobs hold-out recall at exact/likely %.3f < %.3f", jobs.recallSure(), floorJobsRecall)
	}
	// The tune floors are the four evaluation sets' tune splits; the training sets have floors
	// of their own, so that adding a training set never lowers the others'.
	training := func(k groupKey) bool { return slices.Contains(trainingSets, k.set) }
	vendorsTune := o.sum(func(k groupKey) bool { return k.page == "vendors" && k.split == "tune" && !training(k) })
	jobsTune := o.sum(func(k groupKey) bool { return k.page == "jobs" && k.split == "tune" && !training(k) })
	if vendorsTune.recallSure() < floorVendorsTuneRecall {
		t.Errorf("vendors tune recall at exact/likely %.3f < %.3f", vendorsTune.recallSure(), floorVendorsTuneRecall)
	}
	if jobsTune.recallSure() < floorJobsTuneRecall {
		t.Errorf("jobs tune recall at exact/likely %.3f < %.3f", jobsTune.recallSure(), floorJobsTuneRecall)
	}
	vendorsTraining := o.sum(func(k groupKey) bool { return k.page == "vendors" && training(k) })
	jobsTraining := o.sum(func(k groupKey) bool { return k.page == "jobs" && training(k) })
	t.Logf("training sets: vendors recall at exact/likely %.3f (%d of %d), jobs %.3f (%d of %d)",
		vendorsTraining.recallSure(), vendorsTraining.sure, vendorsTraining.pairs, jobsTraining.recallSure(), jobsTraining.sure, jobsTraining.pairs)
	if vendorsTraining.recallSure() < floorVendorsTrainingRecall {
		t.Errorf("training sets' vendors recall at exact/likely %.3f < %.3f", vendorsTraining.recallSure(), floorVendorsTrainingRecall)
	}
	if jobsTraining.recallSure() < floorJobsTrainingRecall {
		t.Errorf("training sets' jobs recall at exact/likely %.3f < %.3f", jobsTraining.recallSure(), floorJobsTrainingRecall)
	}
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// BenchmarkMatchRealWorld reports TestRealWorld's figures for make bench: precision of
// exact+likely over both sets and on their hold-outs, and recall at exact/likely on the
// hold-outs of both sets per page.
func BenchmarkMatchRealWorld(b *testing.B) {
	rw := loadRealWorld(b)
	var o realOutcome
	for b.Loop() {
		o = runRealWorld(rw)
	}
	all := o.sum(func(groupKey) bool { return true })
	b.ReportMetric(o.holdout("").precision(), "precision-sure-holdout")
	b.ReportMetric(all.precision(), "precision-sure")
	b.ReportMetric(o.holdout("vendors").recallSure(), "recall-sure-vendors-holdout")
	b.ReportMetric(o.holdout("jobs").recallSure(), "recall-sure-jobs-holdout")
	b.ReportMetric(all.recallAny(), "recall-any")
}
