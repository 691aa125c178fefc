package mapping

import (
	"strconv"

	"joblink/backend/procore"
)

// SyncNouns names, in the bookkeeper's words, what one record of an import is on each side:
// "job" and "project" for the Jobs page, "vendor" and "company" for the Vendors page.
type SyncNouns struct {
	QuickBooks string
	Procore    string
}

// FoldSync records in out what one Procore sync batch did with the records it carried: the
// Procore id of each entity Procore answered with, the words of each item it refused, and,
// for a record with neither, a problem saying so (the batch answered but that record's fate is
// unknown). at maps a record's ListID (the items' origin_id) to its place in out; a record the
// caller did not send must already carry its problem. originOf reads an entity's
// origin_id and Procore id. A failed call (err) is returned unchanged after what did arrive is
// folded in, and without the "said nothing" problems, since the call itself is the problem.
func FoldSync[T any](out []ImportResult, at map[string]int, res procore.SyncResult[T], err error,
	originOf func(T) (originID string, id int64), nouns SyncNouns) ([]ImportResult, error) {
	for _, e := range res.Entities {
		origin, id := originOf(e)
		if i, ok := at[origin]; ok {
			out[i].ProcoreID = strconv.FormatInt(id, 10)
		}
	}
	for _, e := range res.Errors {
		if i, ok := at[e.OriginID]; ok {
			out[i].Problem = &Problem{Message: e.Words(),
				Fix: "Correct the " + nouns.QuickBooks + " in QuickBooks (or the " + nouns.Procore + " in Procore) and try again."}
		}
	}
	if err != nil {
		return out, err
	}
	for i := range out {
		if out[i].ProcoreID == "" && out[i].Problem == nil {
			out[i].Problem = &Problem{Message: "Procore did not say what it did with this " + nouns.QuickBooks + ".",
				Fix: "Refresh the page: if the " + nouns.Procore + " is not there, try again."}
		}
	}
	return out, nil
}
