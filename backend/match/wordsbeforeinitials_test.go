package match

import "testing"

// The owner's name written out beats the firm's initials that score a little higher; the
// initials are offered below it.
func TestWordsBeforeInitials(t *testing.T) {
	ix := NewFlatIndex([]Entry{{ID: "a", Name: "Di Luca, Tony"}, {ID: "b", Name: "ADP"}})
	got := ix.Suggest(Entry{ID: "p", Name: "Anthony DiLuca Painting"}, 2)
	if len(got) < 2 || got[0].ID != "a" || got[0].Confidence != Likely || got[1].ID != "b" {
		t.Errorf("Anthony DiLuca Painting: %+v, want Di Luca, Tony Likely, then ADP", got)
	}
}

// The near miss: two owners' names written out still tie.
func TestWordsBeforeInitialsNegatives(t *testing.T) {
	ix := NewFlatIndex([]Entry{{ID: "a", Name: "Di Luca, Tony"}, {ID: "b", Name: "DiLuca, Anthony"}})
	if got := ix.Suggest(Entry{ID: "p", Name: "Anthony DiLuca Painting"}, 2); len(got) > 0 && got[0].Confidence != Possible {
		t.Errorf("Anthony DiLuca Painting against two owners' names: %+v, want Possible", got)
	}
}
