package match

import "testing"

// A body kept by its place's initials and its office's ("QCY DPW") is found and read against the
// office written out; another office of the same place is not linked in one click.
func TestTwoSetsOfInitials(t *testing.T) {
	cases := []struct {
		procore string
		qb      []string
		want    string // the QuickBooks name linked in one click, "" for none
	}{
		{"QCY DPW", []string{"QCY Department of Public Works", "Quarry Paving"}, "QCY Department of Public Works"},
		{"QCY Department of Public Works", []string{"QCY DPW", "Quarry Paving"}, "QCY DPW"},
		{"Kestrel DOT MVD", []string{"Kestrel DOT Motor Vehicle Division"}, "Kestrel DOT Motor Vehicle Division"},
		{"KCY DEP", []string{"KCY Dept of Environmental Protection", "KCY Dept of Transportation"}, "KCY Dept of Environmental Protection"},
		// Near misses: another office of the place.
		{"QCY DPW", []string{"QCY Department of Parks"}, ""},
		{"KCY DEP", []string{"KCY Dept of Transportation"}, ""},
		{"KCY DOB", []string{"KCY Dept of Transportation"}, ""},
	}
	for _, c := range cases {
		qb := make([]Entry, len(c.qb))
		for i, n := range c.qb {
			qb[i] = Entry{ID: n, Name: n}
		}
		s := NewFlatIndex(qb).Suggest(Entry{Name: c.procore}, 1)
		got := ""
		if len(s) > 0 && (s[0].Confidence == Likely || s[0].Confidence == Exact) {
			got = s[0].Name
		}
		if got != c.want {
			t.Errorf("%q: linked %q, want %q (%+v)", c.procore, got, c.want, s)
		}
		if got != "" && s[0].Reason == "" {
			t.Errorf("%q: no reason", c.procore)
		}
	}
}

// Two short words in capitals, one with no vowel, are initials; words with vowels stay words.
func TestTwoInitialsInCapitals(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"QCY DPW", true}, {"NYC DOT", true}, {"ACME TILE", false}, {"BMW SALES", false}, {"DPW", false},
	} {
		ts := tokenize(c.name, false, false, nil)
		got := len(ts) == 2 && ts[0].acronym && ts[1].acronym
		if got != c.want {
			t.Errorf("%q read as two sets of initials: %v, want %v", c.name, got, c.want)
		}
	}
}

// A Procore name of a firm's initials and a branch's place ("KED Quarryville") finds the firm's
// name written out by the initials alone, on a vendor list; on a list of jobs it does not.
func TestInitialsAndPlaceFindTheFirm(t *testing.T) {
	qb := []Entry{{ID: "a", Name: "Kestrel Elec Distributors - Quarryville"}, {ID: "b", Name: "Quarry Paving"}}
	found := func(ix *Index, name string) bool {
		var q prepared
		prepare(&q, Entry{Name: name}, false, false)
		for _, h := range ix.acronymsCandidates(&q, nil) {
			if ix.entries[h.idx].entry.ID == "a" {
				return true
			}
		}
		return false
	}
	if !found(NewFlatIndex(qb), "KED Quarryville") {
		t.Error("KED Quarryville does not find Kestrel Elec Distributors - Quarryville")
	}
	if found(NewFlatIndex(qb), "KEX Quarryville") {
		t.Error("KEX Quarryville finds Kestrel Elec Distributors - Quarryville")
	}
	jobs := []Entry{{ID: "a", Name: "Kestrel Elec Distributors:Quarryville"}, {ID: "b", Name: "Quarry Paving"}}
	if found(NewIndex(jobs), "KED Quarryville") {
		t.Error("on a list of jobs the initials alone find the customer")
	}
}

// The firm written out with its branch's town ("Kestrel Electrical Distributors Dallas") finds
// the firm's initials and a branch ("KED #4412 Dallas"); a last word that is no town does not.
func TestFirmAndTownFindTheInitials(t *testing.T) {
	qb := []Entry{{ID: "a", Name: "KED #4412 Dallas"}, {ID: "b", Name: "Quarry Paving"}}
	ix := NewFlatIndex(qb)
	found := func(name string) bool {
		var q prepared
		prepare(&q, Entry{Name: name}, false, false)
		for _, h := range ix.acronymsCandidates(&q, nil) {
			if ix.entries[h.idx].entry.ID == "a" {
				return true
			}
		}
		return false
	}
	if !found("Kestrel Electrical Distributors Dallas") {
		t.Error("the firm written out and its town do not find its initials")
	}
	if found("Kestrel Electrical Distributors Quarry") {
		t.Error("a last word that is no town is read as one")
	}
	s := assignVendors([]string{"Kestrel Electrical Distributors Dallas"}, []string{"KED #4412 Dallas"})["pa"]
	if s.ID != "qa" || s.Confidence != Likely && s.Confidence != Exact {
		t.Errorf("not linked: %s %.3f (%s)", s.Confidence, s.Score, s.Reason)
	}
}
