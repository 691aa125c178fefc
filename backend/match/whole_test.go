package match

import (
	"strings"
	"testing"
)

func TestWordLike(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want likeness
	}{
		{"welding", "wldg", skeleton},
		{"fireproofing", "fireprfg", skeleton},
		{"consulting", "consltg", skeleton},
		{"insulation", "insul", shortWord},
		{"kennett", "kent", unlike},  // another name
		{"lake", "lakeside", unlike}, // a compound, not a cut
		{"pac", "pacific", shortWord},
		{"window", "windows", shortWord},
		{"paint", "painting", unlike},  // a paint store is not a painting contractor
		{"brown", "browne", unlike},    // another surname, not a cut
		{"martin", "martinez", unlike}, // idem
		{"plumbing", "plumbig", slip},
		{"electric", "electirc", slip},
		{"bremerton", "bremmerton", slip},
		{"getchell", "getchel", slip},
		{"clark", "clarke", unlike},  // a new last letter makes another name
		{"renton", "benton", unlike}, // the first letter
		{"marsh", "march", unlike},   // too short for a replaced letter
		{"harmon", "hammon", unlike}, // r and m are not neighbours
		{"plumbing", "plumbinh", slip},
		{"24", "2024", sameNumber},
		{"009", "9", sameNumber},
		{"21", "12", unlike},
		{"prods", "products", shortWord}, // a plural cut short keeps its s
		{"comms", "communications", shortWord},
		{"pros", "professionals", unlike},  // cut before a consonant: another word
		{"excvtg", "excavating", skeleton}, // as written, though the table reads Excavation
		{"roofg", "roofing", skeleton},
		{"survg", "surveying", skeleton},
		{"grant", "granite", unlike},
		{"stark", "starbuck", unlike},
		{"indl", "industrial", skeleton}, // a contraction: the start and the last letter
		{"comml", "commercial", skeleton},
		{"bert", "bertrand", unlike},      // too short a word for a contraction
		{"chesapeak", "chesapeake", slip}, // the last letter of a long word left out
		{"pittsburg", "pittsburgh", slip},
	} {
		a, b := tokenize(c.a, false, false, nil), tokenize(c.b, false, false, nil)
		if len(a) != 1 || len(b) != 1 {
			t.Fatalf("%q %q: tokens %v %v", c.a, c.b, a, b)
		}
		if got := wordLike(&a[0], &b[0]); got != c.want {
			t.Errorf("wordLike(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	keys := func(ts []token) string {
		var out []string
		for _, x := range ts {
			k := x.key
			if x.qual {
				k = "(" + k + ")"
			}
			if x.code {
				k = "#" + k
			}
			if x.glued {
				k = "^" + k
			}
			if x.first {
				k = "~" + k
			}
			out = append(out, k)
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct {
		name   string
		person bool
		want   string
	}{
		{"PS21X Roof Replacement", false, "ps 21 ^x roof replacement"},
		{"24-017 Riverside Clinic", false, "#24 #017 riverside clinic"},
		{"Graybar Electric - Sub", false, "graybar electric (sub)"},
		{"Dunn Lumber (Seattle)", false, "dunn lumber (seattle)"},
		{"Dunn Lumber [NON-UNION]", false, "dunn lumber (non) (union)"}, // a tag in square brackets
		{"Dunn Lumber [Seattle] (old)", false, "dunn lumber (old) (seattle)"},
		{"Winsupply Co of Everett", false, "winsupply (everett)"},
		{"All in One Plumbing", false, "all in 1 plumbing"},
		{"Olsen, Erik & Mary", true, "olsen ~erik and ~mary"},
		{"PS 54 Staten Island", false, "ps 54 staten island"},
		{"Crown Rentals #0412 Fresno", false, "crown rentals #0412 (fresno)"},
		{"Salishan Phase VII", false, "salishan phase 7"},
		{"Phase V Building X", false, "phase 5 building 10"},
		{"Unit B Vista X", false, "unit b vista x"},
		{"Winsupply of Everett", false, "winsupply (everett)"},
		{"Port of Everett", false, "port of everett"}, // a public body, not a branch
		{"Triple A Paving", false, "aaa paving"},
		{"Norwell Company II", false, "norwell company #2"},
		{"Norwell Phase II", false, "norwell phase 2"},
	} {
		if got := keys(tokenize(c.name, false, c.person, nil)); got != c.want {
			t.Errorf("tokenize(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestWholeNames: names a bookkeeper would link, and look-alikes she would not.
func TestWholeNames(t *testing.T) {
	ix := NewIndex([]Entry{
		{ID: "c1", Name: "Castillo, Ana"},
		{ID: "j1", Name: "Castillo, Ana:Bathroom Remodel"},
		{ID: "c2", Name: "Okoye, Ben"},
		{ID: "j2", Name: "Okoye, Ben:Bathroom Remodel"},
		{ID: "c3", Name: "Lindgren, Eva"}, // no jobs
		{ID: "c4", Name: "Metro Transit"},
		{ID: "j4", Name: "Metro Transit:Route 7 Shelter Replacement"},
		{ID: "c5", Name: "Denver Public Schools"},
		{ID: "j5", Name: "Denver Public Schools:East HS Stadium"},
		{ID: "j6", Name: "Denver Public Schools:FY2023 Roofing Program"},
		{ID: "c7", Name: "Kestrel"}, // no jobs
		{ID: "c8", Name: "University of Nevada at Reno"},
		{ID: "j8", Name: "University of Nevada at Reno:Lawlor Events Center Roof"},
	})
	for _, c := range []struct {
		name, want string // want "" for nothing at Likely or better
		reason     string
	}{
		{"Castillo Bathroom Remodel", "j1", `customer "Castillo, Ana" and the job "Bathroom Remodel" together`},
		{"Nakamura Bathroom Remodel", "", ""}, // another client's job with the same title
		{"Lindgren Kitchen", "c3", "has no jobs"},
		{"Castillo Kitchen", "", ""},      // Castillo has jobs: the kitchen would be a new one
		{"Lindgren Construction", "", ""}, // a firm, not the Lindgren family's project
		{"23-114 Route 7 Shelter Replacement", "j4", `"23-114"`},
		{"Route 8 Shelter Replacement", "", ""},
		{"DPS East High School Stadium", "j5", "together"},
		{"UN Reno - Lawlor Events Center Roof", "j8", "together"}, // initials and the last word apart
		{"UN Sparks - Lawlor Events Center Roof", "", ""},
		{"FY23 Roofing Program", "j6", "numbers written differently"},
		{"FY24 Roofing Program", "", ""},
		{"East HS Stadium - Aurora", "j5", `apart from "Aurora"`}, // the city in the Procore address
		{"Bathroom Remodel - Nakamura", "", ""},
		{"Kestrel of Renton", "", ""},              // a project's name, not a branch: Renton is no city of the lists
		{"Route 7 Shelter Replacement #2", "", ""}, // on the Jobs page a number after "#" is the job's
	} {
		got := ix.Suggest(Entry{Name: c.name, City: "Aurora"}, 3)
		if c.want == "" {
			for _, s := range got {
				if s.Confidence != Possible {
					t.Errorf("Suggest(%q) offers %q at %s (%s)", c.name, s.Name, s.Confidence, s.Reason)
				}
			}
			continue
		}
		if len(got) == 0 || got[0].ID != c.want || got[0].Confidence != Likely || !strings.Contains(got[0].Reason, c.reason) {
			t.Errorf("Suggest(%q) = %+v, want %s Likely with %q", c.name, got, c.want, c.reason)
		}
	}

	vendors := NewIndex([]Entry{
		{ID: "v1", Name: "Hollis Contracting Corporation"},
		{ID: "v2", Name: "Ridgeline Wldg & Fab"},
		{ID: "v3", Name: "Keystone Supply - Fresno Branch"},
		{ID: "v4", Name: "Harlan Electric"},
		{ID: "v5", Name: "Triple A Paving LLC"},
		{ID: "v6", Name: "Norwell Construction Company II, LLC"},
		{ID: "v7", Name: "Winsupply"},
		{ID: "v8", Name: "CED - Fresno"},
		{ID: "v9", Name: "American Builders & Contractors Supply"},
		{ID: "v10", Name: "QRS - Fresno"},
		{ID: "v11", Name: "QRS - Visalia"},
		{ID: "v12", Name: "Lindell Lumber Store #4"},
		{ID: "v13", Name: "Corvid General Contractors"},
		{ID: "v14", Name: "Marlow & Associates"},
	})
	for _, c := range []struct {
		name, want string
	}{
		{"Hollis", "v1"},
		{"Hollis Plumbing", ""},
		{"Hollis Services", ""}, // another trade than contracting
		{"Ridge Line Welding & Fabrication", "v2"},
		{"Ridgeline Welding & Fabrication", "v2"},
		{"Ridgeline Welding Supply", ""},
		{"Keystone Supply", "v3"},
		{"Keystone Supply - Modesto", ""},
		{"Harlan Electirc", "v4"},
		{"J.K. Harlan Electric", "v4"},
		{"JK Harlan Electric", ""}, // without dots, not plainly initials
		{"Harlen Electric Supply", ""},
		{"Kowal Group Inc doing business as Harlan Electric", "v4"},
		{"DBA Harlan Electric", "v4"},
		{"AAA Paving", "v5"},
		{"AA Paving", ""},
		{"Norwell Construction Co.", "v6"},
		{"Norwell Construction Company III", ""}, // another successor
		{"Winsupply of Everett", "v7"},
		{"Winsupply of Everett Plumbing", ""},
		{"Consolidated Electrical Distributors", "v8"},
		{"Consolidated Electrical Design Build", ""},
		{"CED - Visalia", ""}, // another branch
		{"ABC Supply Co #123", "v9"},
		{"Abc Supply", ""},         // not written as initials
		{"Quarry Rock Supply", ""}, // two branches equally good
		{"Lindell Lumber", "v12"},  // the store number of a vendor's branch
		{"Lindell Lumber #4", "v12"},
		{"Lindell Lumber #7", ""},
		{"Lindell Lumber Store 12", ""},
		{"Corvid General Contracting", "v13"}, // the same trade written another way
		{"Corvid Services", ""},               // another trade
		{"Marlow", "v14"},
		{"Marlow Plumbing", ""},
	} {
		got := vendors.Suggest(Entry{Name: c.name}, 3)
		sure := len(got) > 0 && got[0].Confidence != Possible
		switch {
		case c.want == "" && sure:
			t.Errorf("Suggest(%q) offers %q at %s (%s)", c.name, got[0].Name, got[0].Confidence, got[0].Reason)
		case c.want != "" && (!sure || got[0].ID != c.want):
			t.Errorf("Suggest(%q) = %+v, want %s at Likely", c.name, got, c.want)
		}
	}
}

// TestAssignByConfidence: a namesake rated Possible must not take the record of the firm that
// matches it Likely, however close its name.
func TestAssignByConfidence(t *testing.T) {
	ix := NewIndex([]Entry{{ID: "q", Name: "Summit Roofing Inc", Phone: "(541) 555-0100", Address: "77 Mill St", Zip: "97301"}})
	got := Assign([]Entry{
		{ID: "namesake", Name: "Summit Roofing, Inc.", Phone: "(208) 555-0199", Address: "12 Lake Rd", Zip: "83702"},
		{ID: "same", Name: "Sumit Roofing", Phone: "541.555.0100"},
	}, ix)
	if s, ok := got["same"]; !ok || s.ID != "q" || s.Confidence != Likely {
		t.Errorf("the firm with the same phone got %+v, want q at Likely", got["same"])
	}
	if s, ok := got["namesake"]; ok {
		t.Errorf("the namesake got %+v", s)
	}
}

// TestContactDemotes: only the phone is known on both sides and it differs: not one-click safe.
func TestContactDemotes(t *testing.T) {
	ix := NewIndex([]Entry{{ID: "q", Name: "Pacific Builders Inc", Phone: "253-555-0142"}})
	got := ix.Suggest(Entry{Name: "Pacific Builders LLC", Phone: "509-555-7781"}, 1)
	if len(got) != 1 || got[0].Confidence != Possible || !strings.Contains(got[0].Reason, "the phone differs") {
		t.Errorf("got %+v, want Possible because the phone differs", got)
	}
	got = ix.Suggest(Entry{Name: "Pacific Builders LLC", Phone: "253 555 0142"}, 1)
	if len(got) != 1 || got[0].Confidence != Likely {
		t.Errorf("got %+v, want Likely with the same phone", got)
	}
}

// TestProjectNumberField: Procore keeps the project number apart from the name; a QuickBooks
// job that carries it is the one, and one that does not is not held against the name.
func TestProjectNumberField(t *testing.T) {
	ix := NewIndex([]Entry{
		{ID: "a", Name: "Oakmont Holdings:23-201 Clubhouse Renovation"},
		{ID: "b", Name: "Oakmont Holdings:24-017 Clubhouse Renovation"},
		{ID: "c", Name: "Birchwood HOA:Clubhouse Renovation"},
	})
	got := ix.Suggest(Entry{Name: "Oakmont Clubhouse Renovation", Number: "24-017"}, 3)
	if len(got) == 0 || got[0].ID != "b" || got[0].Confidence != Likely || !strings.Contains(got[0].Reason, "; same project number (24-017)") {
		t.Errorf("got %+v, want b at Likely with the project number in the reason", got)
	}
	got = ix.Suggest(Entry{Name: "Birchwood Clubhouse Renovation", Number: "24-311"}, 3)
	if len(got) == 0 || got[0].ID != "c" || got[0].Confidence != Likely {
		t.Errorf("got %+v, want c at Likely", got)
	}
}

// TestTradeLeft: a firm's bare name and its name with the trade ("Tolliver", "Tolliver
// Electric") are linked in one click unless the phone or address differs (tradeleft.go); a
// trade one list leaves out beside a note or a trade of its own is offered to check, not to
// link, unless the phone or address agrees; two trades are two firms.
func TestTradeLeft(t *testing.T) {
	ix := NewIndex([]Entry{{ID: "v1", Name: "Tolliver Electric Inc", Phone: "(509) 555-0131"}})
	got := ix.Suggest(Entry{Name: "Tolliver"}, 1)
	if len(got) != 1 || got[0].Confidence != Likely || !strings.Contains(got[0].Reason, `the firm's bare name, the other adds its trade "Electric"`) {
		t.Errorf("Tolliver: %+v, want Likely naming the trade", got)
	}
	got = ix.Suggest(Entry{Name: "Tolliver", Phone: "509-555-0199"}, 1)
	if len(got) != 1 || got[0].Confidence != Possible {
		t.Errorf("Tolliver with another phone: %+v, want Possible", got)
	}
	got = NewIndex([]Entry{{ID: "v3", Name: "Tolliver Electric Supply"}}).Suggest(Entry{Name: "Tolliver Electric"}, 1)
	if len(got) != 1 || got[0].Confidence != Possible {
		t.Errorf("Tolliver Electric / Tolliver Electric Supply: %+v, want Possible (a supplier)", got)
	}
	got = ix.Suggest(Entry{Name: "Tolliver", Phone: "509-555-0131"}, 1)
	if len(got) != 1 || got[0].Confidence != Likely || !strings.Contains(got[0].Reason, "same phone") {
		t.Errorf("Tolliver with the same phone: %+v, want Likely", got)
	}
	// Shown even when the letters have little in common.
	got = NewIndex([]Entry{{ID: "v2", Name: "Brannock - Fresno"}}).Suggest(Entry{Name: "Brannock Electric"}, 1)
	if len(got) != 1 || got[0].Confidence != Possible || !strings.Contains(got[0].Reason, `"Electric"`) {
		t.Errorf("Brannock Electric: %+v, want Possible naming the trade", got)
	}
	for _, name := range []string{"Tolliver Roofing", "Tolliver Construction"} {
		for _, s := range ix.Suggest(Entry{Name: name, Phone: "509-555-0131"}, 1) {
			if s.Confidence != Possible || strings.Contains(s.Reason, "a trade one list") {
				t.Errorf("%s: %+v, want another trade's firm", name, s)
			}
		}
	}
}

// TestTradeLeftBranch: the firm's whole name with its trade against one of its branches is the
// firm; against a name with a place in brackets or no branch at all it stays to be checked.
func TestTradeLeftBranch(t *testing.T) {
	for _, c := range []struct {
		qb   string
		want Confidence
	}{
		{"Harlan Electric - Macon Branch", Likely},
		{"Harlan Electric #212", Likely},
		{"Harlan Electric - Macon GA", Likely},
		{"Harlan Electric (Macon)", Possible}, // a contractor's list note as often
		{"Harlan Electric", Possible},
	} {
		got := NewIndex([]Entry{{ID: "v1", Name: c.qb}}).Suggest(Entry{Name: "Harlan Electric Supply Co"}, 1)
		if len(got) != 1 || got[0].Confidence != c.want {
			t.Errorf("Harlan Electric Supply Co / %s: %+v, want %s", c.qb, got, c.want)
			continue
		}
		if c.want == Likely && !strings.Contains(got[0].Reason, `one name is a branch of the firm, the other its whole name with "Supply"`) {
			t.Errorf("%s: reason %q", c.qb, got[0].Reason)
		}
	}
}

// TestAbbrevReasonOnce: a pair of words both read out by the table is named once.
func TestAbbrevReasonOnce(t *testing.T) {
	got := NewIndex([]Entry{{ID: "1", Name: "Allied Elec Contrs"}}).Suggest(Entry{Name: "Allied Electrical Contractors"}, 1)
	if len(got) != 1 || strings.Count(got[0].Reason, "Elec") != 2 {
		t.Errorf("%+v, want Electrical = Elec named once", got)
	}
}

// TestJoinTens: a compound number written in words is one number, as with digits.
func TestJoinTens(t *testing.T) {
	for in, want := range map[string]string{
		"Twenty-First Century Fire": "21st century fire",
		"Forty Two Tree Service":    "42 tree service",
		"Twenty Oaks":               "20 oaks",
		"20 1st Street":             "20 first street", // digits are not joined
	} {
		var keys []string
		for _, tk := range tokenize(in, false, false, nil) {
			keys = append(keys, tk.key)
		}
		if got := strings.Join(keys, " "); got != want {
			t.Errorf("tokenize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTradePhrase: "Sheet Metal" is one trade a list may leave out, like "Electric". With a
// sister firm of that trade on the list, the firm's whole name is a question unless the phone
// agrees.
func TestTradePhrase(t *testing.T) {
	ix := NewIndex([]Entry{{ID: "v1", Name: "Corbell Roofing & Sheet Metal", Phone: "(817) 555-0191"}, {ID: "v2", Name: "Corbell Sheet Metal Inc"}})
	got := ix.Suggest(Entry{Name: "Corbell Roofing", Phone: "817-555-0191"}, 1)
	if len(got) != 1 || got[0].Confidence != Likely || !strings.Contains(got[0].Reason, "same phone") {
		t.Errorf("Corbell Roofing, same phone: %+v, want Likely", got)
	}
	got = ix.Suggest(Entry{Name: "Corbell Roofing"}, 1)
	if len(got) != 1 || got[0].Confidence != Possible || !strings.Contains(got[0].Reason, `"Sheet Metal"`) {
		t.Errorf("Corbell Roofing: %+v, want Possible naming the trade", got)
	}
}
