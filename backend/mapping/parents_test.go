package mapping_test

import (
	"strings"
	"testing"
)

// The create dialog's customers come with the one the job likely goes under: the customer of
// the QuickBooks job Joblink matched the project to, with why, on every page of the search;
// none for a row without evidence, an unknown row, or no row asked about.
func TestParentsForALikelyParent(t *testing.T) {
	r, _ := newRig(t)
	v := view(t, r, "jobs", "", "")
	row := rowOf(t, v, "job/91")
	if row.Suggestion == nil || !strings.HasPrefix(row.Suggestion.FullName, "Harbor Point Development LLC:") {
		t.Fatalf("Harbor Point Phase 2's suggestion: %+v", row.Suggestion)
	}
	for _, search := range []string{"", "zzz no customer"} {
		p, err := r.Mapping.ParentsFor("jobs", search, "job/91", 0, 5)
		if err != nil {
			t.Fatal(err)
		}
		if p.Likely == nil || p.Likely.FullName != "Harbor Point Development LLC" || !strings.Contains(p.Likely.Reason, row.Suggestion.FullName) {
			t.Fatalf("search %q: likely parent %+v", search, p.Likely)
		}
	}
	for _, id := range []string{"", "job/does-not-exist"} {
		if p, err := r.Mapping.ParentsFor("jobs", "", id, 0, 5); err != nil || p.Likely != nil {
			t.Errorf("for %q: likely %+v %v", id, p.Likely, err)
		}
	}
	for _, row := range v.Rows {
		if row.Suggestion != nil {
			continue
		}
		p, err := r.Mapping.ParentsFor("jobs", "", row.ID, 0, 5)
		if err != nil {
			t.Fatal(err)
		}
		if p.Likely != nil && !strings.Contains(p.Likely.Reason, "holds this customer's name") {
			t.Errorf("%s (no suggestion): likely %+v", row.Procore.Name, p.Likely)
		}
	}
	// The list is in reading order: case and accents set aside.
	all, err := r.Mapping.Parents("jobs", "", 0, 500)
	if err != nil || len(all.Parents) < 2 {
		t.Fatalf("parents: %+v %v", all, err)
	}
	for i := 1; i < len(all.Parents); i++ {
		if a, b := strings.ToLower(all.Parents[i-1].FullName), strings.ToLower(all.Parents[i].FullName); a > b && !strings.ContainsAny(a+b, "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüý&'.,-") {
			t.Errorf("parents out of order: %q before %q", all.Parents[i-1].FullName, all.Parents[i].FullName)
		}
	}
}
