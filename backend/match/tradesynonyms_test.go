package match

import (
	"strings"
	"testing"
)

// tradeSynonymOthers are unrelated vendors on the made-up QuickBooks list.
var tradeSynonymOthers = []Entry{{ID: "o1", Name: "Osprey Plumbing"}, {ID: "o2", Name: "Benton Rebar"}}

// "Floor Covering" is the trade's other name for flooring: offered in one click, saying why.
func TestTradeSynonymFloorCovering(t *testing.T) {
	for _, q := range []string{"Kestrel Floor Covering", "Kestrel Floor Coverings, Inc."} {
		qb := append([]Entry{{ID: "k", Name: q}}, tradeSynonymOthers...)
		s := Assign([]Entry{{ID: "p", Name: "Kestrel Flooring"}}, NewFlatIndex(qb))["p"]
		if s.ID != "k" || s.Confidence == Possible || !strings.Contains(s.Reason, "names the same trade as \"Flooring\"") {
			t.Errorf("Kestrel Flooring ↔ %q: %q %s (%s), want one click saying why", q, s.Name, s.Confidence, s.Reason)
		}
	}
}

// Floor care is cleaning, and "Floors" is a word of a name: neither is read as flooring.
func TestTradeSynonymFloorCareApart(t *testing.T) {
	for _, q := range []string{"Kestrel Floor Care", "Kestrel Floors Covering Systems Design"} {
		qb := append([]Entry{{ID: "k", Name: q}}, tradeSynonymOthers...)
		s := Assign([]Entry{{ID: "p", Name: "Kestrel Flooring"}}, NewFlatIndex(qb))["p"]
		if s.ID == "k" && s.Confidence != Possible && s.Confidence != "" {
			t.Errorf("Kestrel Flooring ↔ %q linked in one click: %s (%s)", q, s.Confidence, s.Reason)
		}
	}
}

// "Architectural" before the trade word is read away: the same millwork or glass shop.
func TestTradeSynonymArchitecturalTrade(t *testing.T) {
	for _, c := range [][2]string{
		{"Kestrel Millwork", "Kestrel Architectural Millwork"},
		{"Kestrel Glass LLC", "Kestrel Architectural Glass"},
		{"Kestrel Sheet Metal", "Kestrel Architectural Sheet Metal Inc"},
	} {
		qb := append([]Entry{{ID: "k", Name: c[1]}}, tradeSynonymOthers...)
		s := Assign([]Entry{{ID: "p", Name: c[0]}}, NewFlatIndex(qb))["p"]
		if s.ID != "k" || s.Confidence == Possible {
			t.Errorf("%q ↔ %q: %q %s (%s), want one click", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// Without the trade word after it, "Architectural" names a firm of architects: never one click
// against the trade, nor a trade other than the one named.
func TestTradeSynonymArchitecturalApart(t *testing.T) {
	for _, c := range [][2]string{
		{"Kestrel Millwork", "Kestrel Architectural"},
		{"Kestrel Millwork", "Kestrel Architectural Glass"},
		{"Kestrel Architects", "Kestrel Architectural Millwork"},
	} {
		qb := append([]Entry{{ID: "k", Name: c[1]}}, tradeSynonymOthers...)
		s := Assign([]Entry{{ID: "p", Name: c[0]}}, NewFlatIndex(qb))["p"]
		if s.ID == "k" && s.Confidence != Possible && s.Confidence != "" {
			t.Errorf("%q ↔ %q linked in one click: %s (%s)", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
