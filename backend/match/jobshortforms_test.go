package match

import "testing"

// Words of a job's title written short ("Trn" for Turn, "Conc" for a concourse, "Corp" for
// corporate) are that word when the other name has it; a number, a letter or another customer's
// job of the same title still keeps them apart, and on a vendor list "Corp" stays the legal form.
func TestJobTitleShortForms(t *testing.T) {
	qb := func(jobs ...string) []Entry {
		es := []Entry{{ID: "o", Name: "Ostrander Family Trust:Pool House"}}
		for i, j := range jobs {
			es = append(es, Entry{ID: string(rune('a' + i)), Name: j})
		}
		return es
	}
	checkPrecisionCases(t, []precisionCase{
		{"Trn for Turn", true, qb("Harlow County Pct 2:Quarry Rd Trn Lane"),
			Entry{ID: "p", Name: "Quarry Rd Turn Lane"}, "a", true, ""},
		{"the same title under two customers", true, qb("Harlow County Pct 2:Quarry Rd Trn Lane", "Harlow County Pct 4:Quarry Rd Trn Lane"),
			Entry{ID: "p", Name: "Quarry Rd Turn Lane"}, "", false, ""},
		{"another road's turn lane", true, qb("Harlow County Pct 2:Quarry Rd Trn Lane"),
			Entry{ID: "p", Name: "Quincy Rd Turn Lane"}, "", false, ""},
		{"Conc for an airport's concourse", true, qb("City of Tarrow DOA:Conc B Restroom Reno"),
			Entry{ID: "p", Name: "City of Tarrow Concourse B Restroom Renovation"}, "a", true, "Conc = Concourse"},
		{"another concourse", true, qb("City of Tarrow DOA:Conc B Restroom Reno"),
			Entry{ID: "p", Name: "City of Tarrow Concourse C Restroom Renovation"}, "", false, ""},
		{"Corp Ctr for a corporate center", true, qb("Marrow Holding LLC:Minnow Corp Ctr"),
			Entry{ID: "p", Name: "Minnow Corporate Center"}, "a", true, "Corp = Corporate"},
		{"Jr for Junior", true, qb("Mapleton Contracting:Quarry Junior High Addition"),
			Entry{ID: "p", Name: "Quarry Jr HS Addition"}, "a", true, ""},
		{"Jr High is not the senior high", true, qb("Mapleton Contracting:Quarry Senior High Addition"),
			Entry{ID: "p", Name: "Quarry Jr HS Addition"}, "", false, ""},
		{"Fl for floors", true, qb("Turner Construction Co:25118 Quillan Tower Fl 8-10"),
			Entry{ID: "p", Name: "Turner 25118 - Quillan Tower Floors 8-10"}, "a", true, ""},
		{"other floors", true, qb("Turner Construction Co:25118 Quillan Tower Fl 8-10"),
			Entry{ID: "p", Name: "Turner 25118 - Quillan Tower Floors 11-12"}, "", false, ""},
		{"Res for a reserve", true, qb("Ashford Custom Homes:Wyndmoor Res Lot 14"),
			Entry{ID: "p", Name: "Ashford - Wyndmoor Reserve Lot 14"}, "a", true, ""},
		{"another lot of the reserve", true, qb("Ashford Custom Homes:Wyndmoor Res Lot 14"),
			Entry{ID: "p", Name: "Ashford - Wyndmoor Reserve Lot 15"}, "", false, ""},
		{"Asst for assisted", true, qb("Conway Bros Construction:Oldmoor Gardens Asst Living"),
			Entry{ID: "p", Name: "Conway Brothers - Oldmoor Gardens Assisted Living"}, "a", true, ""},
		{"Condos for condominiums", true, qb("Halloran Construction:Tamsin Park Sq Condominiums"),
			Entry{ID: "p", Name: "Tamsin Park Square Condos"}, "a", true, ""},
		{"the townhomes of the square", true, qb("Halloran Construction:Tamsin Park Sq Condominiums"),
			Entry{ID: "p", Name: "Tamsin Park Square Townhomes"}, "", false, ""},
		{"a vendor's Corp is its legal form, not a corporate interiors firm", false,
			[]Entry{{ID: "a", Name: "Tarrow Corp"}, {ID: "o", Name: "Ostrander Supply"}},
			Entry{ID: "p", Name: "Tarrow Corporate Interiors"}, "", false, ""},
	})
}
