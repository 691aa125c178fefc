package match

import "testing"

// A bid's or a solicitation's number on one list only is set aside with the word that labels it
// ("Bid 26-031", "RFB 26-031"); a short number after a label is a part of the work and stays, and
// another number on the other side is another job.
func TestNumberLabelOnOneSide(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Tarrow County Ohio"}, {ID: "j", Name: "Tarrow County Ohio:" + job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"a bid number on the Procore side", true, qb("Govt Services Center Boilers"),
			Entry{ID: "p", Name: "Tarrow County Bid 26-031 Government Services Center Boilers"}, "j", true, `"Bid"`},
		{"a request for bids' number", true, qb("Govt Services Center Boilers"),
			Entry{ID: "p", Name: "Tarrow County RFB 26-031 Government Services Center Boilers"}, "j", true, `"RFB"`},
		{"a project's part number stays", true, qb("Govt Services Center Boilers"),
			Entry{ID: "p", Name: "Tarrow County Project 2 Government Services Center Boilers"}, "", false, ""},
		{"another bid's number", true, qb("Bid 26-032 Govt Services Center Boilers"),
			Entry{ID: "p", Name: "Tarrow County Bid 26-031 Government Services Center Boilers"}, "", false, ""},
	})
}
