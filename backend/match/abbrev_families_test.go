package match

import "testing"

// Street suffixes and directions as the USPS abbreviates them.
func TestStreetAbbreviations(t *testing.T) {
	checkFamilies(t, false, []familyCase{
		{"Rte 66 Diner Remodel", []string{"Route 66 Diner Remodel"}, Likely, ""},
		{"Rt 9 Self Storage", []string{"Route 9 Self Storage"}, Likely, "Rt = Route"},
		{"N. Main Street Lofts", []string{"North Main Street Lofts"}, Likely, "N. = North"},
		{"S Park Dental Office", []string{"South Park Dental Office"}, Likely, ""},
		{"East Side Library", []string{"E. Side Library"}, Likely, ""},
		{"W Coast Glass", []string{"West Coast Glass"}, Likely, ""},
		{"St Joseph Hospital Tower", []string{"Saint Joseph Hospital Tower"}, Likely, "St = Saint"},
		{"Main St Bakery TI", []string{"Main Street Bakery TI"}, Likely, "St = Street"},
		{"Mt Baker Clinic", []string{"Mount Baker Clinic"}, Likely, ""},
		{"Ft Collins Depot", []string{"Fort Collins Depot"}, Likely, ""},
		{"Elm Pl Townhomes", []string{"Elm Place Townhomes"}, Likely, ""},
		{"Oak Ter Apartments", []string{"Oak Terrace Apartments"}, Likely, ""},
		{"Pine Cir Duplex", []string{"Pine Circle Duplex"}, Likely, ""},
		{"Mill Xing Retail", []string{"Mill Crossing Retail"}, Likely, ""},
		{"Harbor Pt Marina", []string{"Harbor Point Marina"}, Likely, ""},
		{"Cedar Lk Lodge", []string{"Cedar Lake Lodge"}, Likely, ""},
		{"St Louis Ave Lofts", []string{"Saint Louis Avenue Lofts"}, Likely, "St = Saint"},
		{"Mount St Helens Lodge", []string{"Mt Saint Helens Lodge"}, Likely, ""},
		{"Fort Street Lofts", []string{"Ft St Lofts"}, Likely, ""},
		// St before a name is Saint, after one Street: a saint's town is not a street.
		{"Saint Charles Electric", []string{"Charles Street Electric"}, "", ""},
		{"St Charles Electric", []string{"Charles St Electric"}, "", ""},
		{"St Marys Clinic", []string{"Marys Street Clinic"}, "", ""},
		{"Saint Street Cafe", []string{"Street Cafe"}, "", ""},
		{"Dr. Smith Dental", []string{"Smith Drive Dental"}, "", ""},
		{"Dr Patel Clinic", []string{"Doctor Patel Clinic"}, Likely, "Dr = Doctor"},
		{"Oak Dr Townhomes", []string{"Oak Drive Townhomes"}, Likely, "Dr = Drive"},
		// A letter after a label is a designator, not a direction; other directions are other jobs.
		{"Building N", []string{"Building North"}, "", ""},
		{"N. Main Street Lofts", []string{"South Main Street Lofts"}, "", ""},
		{"Rt 9 Self Storage", []string{"Route 6 Self Storage"}, "", ""},
	})
}

// Business words as firms abbreviate them, including the short forms that stand for more than
// one word (Dist: District, Distributors; Ind: Industrial, Industries).
func TestBusinessAbbreviations(t *testing.T) {
	checkFamilies(t, true, []familyCase{
		{"Kowalski Bros", []string{"Kowalski Brothers"}, Likely, ""},
		{"Dunmore Assoc", []string{"Dunmore Associates"}, Likely, ""},
		{"Pellham Svc", []string{"Pellham Service"}, Likely, ""},
		{"Pellham Svcs", []string{"Pellham Services"}, Likely, ""},
		{"Tarrow Mech", []string{"Tarrow Mechanical"}, Likely, ""},
		{"Tarrow Elec", []string{"Tarrow Electric"}, Likely, ""},
		{"Brixley Mfg", []string{"Brixley Manufacturing"}, Likely, ""},
		{"Halvern Equip", []string{"Halvern Equipment"}, Likely, ""},
		{"Quenby Constr", []string{"Quenby Construction"}, Likely, ""},
		{"Quenby Const", []string{"Quenby Construction"}, Likely, ""},
		{"Orvand Dist", []string{"Orvand Distributors"}, Likely, "Dist = Distributors"},
		{"Orvand Dist", []string{"Orvand Distribution"}, Likely, ""},
		{"Orvand Distr", []string{"Orvand Distributing"}, Likely, ""},
		{"Orvand Supp", []string{"Orvand Supply"}, Likely, ""},
		{"Orvand Supplies", []string{"Orvand Supply"}, Likely, ""},
		{"Orvand Ind", []string{"Orvand Industries"}, Likely, ""},
		{"Velmor Eng", []string{"Velmor Engineers"}, Likely, ""},
		{"Velmor Grp", []string{"Velmor Group"}, Likely, ""},
		{"Velmor Trans", []string{"Velmor Transportation"}, Likely, ""},
		{"Kestrel Steel Fab", []string{"Kestrel Steel Fabricators"}, Likely, "Fab = Fabricators"},
		{"Kestrel Heating & Air", []string{"Kestrel Heating and Air Conditioning"}, Likely, ""},
		{"Kestrel Specialties", []string{"Kestrel Specialty"}, Likely, ""},
		{"Kestrel Utility Co", []string{"Kestrel Utilities"}, Likely, ""},
		{"Kestrel Nurseries", []string{"Kestrel Nursery"}, Likely, ""},
		{"Kestrel Comm Roofing", []string{"Kestrel Commercial Roofing"}, Likely, "Comm = Commercial"},
		{"Kestrel Comm", []string{"Kestrel Communications"}, Likely, ""},
		{"Kestrel Stl Fab", []string{"Kestrel Steel Fabricators"}, Likely, ""},
		{"Tri County Concrete Resto", []string{"Tri-County Concrete Restoration"}, Likely, "Resto = Restoration"},
		{"Kestrel Fire Prot", []string{"Kestrel Fire Protection"}, Likely, "Prot = Protection"},
		{"Kestrel Sheet Mtl", []string{"Kestrel Sheet Metal"}, Likely, ""},
		{"Kestrel Alum Railings", []string{"Kestrel Aluminum Railings"}, Likely, ""},
		{"Kestrel Drywall & Acoustical", []string{"Kestrel Drywall & Acoustics"}, Likely, ""},
		{"Kestrel Drywall & Acoust", []string{"Kestrel Drywall & Acoustics"}, Likely, ""},
		{"Kestrel Acoustical", []string{"Kestrel Electronics"}, "", ""},
		// Stl is Steel, not any word with those letters.
		{"Kestrel Stl Fab", []string{"Kestrel Stone Fabricators"}, "", ""},
		{"Kestrel Resto", []string{"Kestrel Restaurant Supply"}, "", ""},
		// A short form is not any word it starts: Dist is not Distinctive.
		{"Orvand Dist", []string{"Orvand Distinctive"}, "", ""},
		{"Orvand Ind", []string{"Orvand Indigo"}, "", ""},
	})
}

// The short forms of otherReadings are no longer than maxReadingLen, which tokenize relies on.
func TestOtherReadingsShort(t *testing.T) {
	if len(readingSets) > 256 {
		t.Errorf("%d reading lists do not fit token.reading", len(readingSets))
	}
	for w := range otherReadings {
		if len(w) > maxReadingLen {
			t.Errorf("%q is longer than maxReadingLen (%d)", w, maxReadingLen)
		}
	}
}

// A known word of the trade or of a firm's kind misspelt by a letter that sounds or looks the
// same (c for k, s for c, a vowel for another) is that word; other letters make other words.
func TestVocabularyTypos(t *testing.T) {
	checkFamilies(t, true, []familyCase{
		{"Kestrel Exkavating", []string{"Kestrel Excavating"}, Likely, `a typo ("Exkavating" / "Excavating")`},
		{"Kestrel Servises", []string{"Kestrel Services"}, Likely, ""},
		{"Kestrel Insulatian", []string{"Kestrel Insulation"}, Likely, ""},
		{"Kestrel Printing", []string{"Kestrel Painting"}, "", ""},
		{"Kestrel Grazing", []string{"Kestrel Glazing"}, "", ""},
		{"Kestrel Wedding", []string{"Kestrel Welding"}, "", ""},
		{"Kestral Roofing", []string{"Kestrel Roofing"}, "", ""}, // a name, not a known word
	})
}
