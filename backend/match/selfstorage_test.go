package match

import "testing"

// A self-storage business with no jobs meets the project named without "Self" and by its units;
// another kind of storage is another business.
func TestSelfStorageCustomerOnly(t *testing.T) {
	qb := []Entry{{ID: "c", Name: "Quillan Woods Self Storage LLC"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	checkPrecisionCases(t, []precisionCase{
		{"Self left out", true, qb, Entry{ID: "p", Name: "Quillan Woods Storage Sitework"}, "c", true, "which has no jobs"},
		{"the units named", true, qb, Entry{ID: "p", Name: "Quillan Woods Storage Units Concrete"}, "c", true, ""},
		{"cold storage is another business", true, qb, Entry{ID: "p", Name: "Quillan Woods Cold Storage Concrete"}, "", false, ""},
		{"a word of the customer's left out", true, qb, Entry{ID: "p", Name: "Quillan Storage Units Concrete"}, "", false, ""},
	})
}
