package mapping

import (
	"fmt"
	"strings"

	"joblink/backend/match"
)

// The customer a new QuickBooks job most likely goes under, offered first in the "Create in
// QuickBooks" dialog. Procore's project record, as Joblink reads it, names no owner or client,
// so the evidence is QuickBooks' own: the customer of the job Joblink matched the project to,
// else a customer whose name is in the project's name, the words that say what kind of owner
// it is set aside ("Cedar Ridge" of "Cedar Ridge Properties" in "Cedar Ridge Parking Garage";
// an individual "Hendricks, Paul" by the last name in "Hendricks Kitchen Remodel"). Two
// customers that fit as well are no answer: nothing is chosen for the bookkeeper on a guess.

// LikelyParent is the customer a job is likely created under, and why.
type LikelyParent struct {
	ListID   string `json:"listId"`
	FullName string `json:"fullName"`
	Reason   string `json:"reason"`
}

// parentNames indexes the customers jobs go under by the words of their names, so that a
// project finds the customers its name holds by its own few words, not by reading them all.
type parentNames struct {
	words  [][]string       // per parent (qbSide.parents' order): the words its name must show, nil: none
	byWord map[string][]int // a word → the parents whose words hold it
}

func newParentNames(parents []ParentRef) parentNames {
	n := parentNames{words: make([][]string, len(parents)), byWord: map[string][]int{}}
	for i, p := range parents {
		name := p.FullName
		// "Last, First": an individual; a project is named after the last name.
		if last, _, ok := strings.Cut(name, ","); ok && !strings.Contains(strings.TrimSpace(last), " ") && match.Normalise(name) != match.Normalise(last) {
			name = last
		}
		ws := ownerWords(strings.Fields(match.Normalise(name)))
		if len(strings.Join(ws, "")) < 4 { // "JB", "Lee": too short to tell a name from a word
			continue
		}
		n.words[i] = ws
		for _, w := range uniqueWords(ws) {
			n.byWord[w] = append(n.byWord[w], i)
		}
	}
	return n
}

// named returns the parent whose every word is in the project's name, the one with the most
// words when several are; -1 when none is, or when two fit equally well.
func (n parentNames) named(project string) int {
	have := map[string]int{}
	for _, w := range strings.Fields(match.Normalise(project)) {
		have[w]++
	}
	best, bestWords, tied := -1, 0, false
	seen := map[int]bool{}
	for w := range have {
		for _, i := range n.byWord[w] {
			if seen[i] {
				continue
			}
			seen[i] = true
			if !allIn(n.words[i], have) {
				continue
			}
			switch k := len(n.words[i]); {
			case k > bestWords:
				best, bestWords, tied = i, k, false
			case k == bestWords:
				tied = true
			}
		}
	}
	if tied {
		return -1
	}
	return best
}

// allIn reports whether have holds words, each as often ("Johnson & Johnson" needs two).
func allIn(words []string, have map[string]int) bool {
	need := map[string]int{}
	for _, w := range words {
		need[w]++
		if need[w] > have[w] {
			return false
		}
	}
	return true
}

// ownerDescriptors say what kind of owner a customer is, words its projects are not named
// with: "Cedar Ridge Properties" builds "Cedar Ridge Data Center".
var ownerDescriptors = map[string]bool{
	"properties": true, "property": true, "development": true, "developments": true, "developers": true,
	"holdings": true, "holding": true, "group": true, "partners": true, "partnership": true, "investors": true,
	"investments": true, "capital": true, "trust": true, "family": true, "realty": true, "management": true,
	"associates": true, "ventures": true, "enterprises": true, "company": true, "co": true, "and": true,
}

// ownerWords are a customer's words without its descriptors; all of them when that leaves none.
func ownerWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !ownerDescriptors[w] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return ws
	}
	return out
}

func uniqueWords(ws []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// likelyParent is the customer row's job likely goes under, or nil.
func likelyParent(snap *snapshot, row *Row) *LikelyParent {
	q := snap.qb
	if row.Suggestion != nil {
		if e, ok := q.entries[row.Suggestion.ListID]; ok && e.ParentFullName != "" {
			if i, ok := q.parentAt[e.ParentFullName]; ok {
				p := q.parents[i]
				return &LikelyParent{ListID: p.ListID, FullName: p.FullName,
					Reason: fmt.Sprintf("Joblink's match for this project in QuickBooks, %q, is a job under this customer.", e.FullName)}
			}
		}
	}
	if i := q.parentNames.named(row.Procore.Name); i >= 0 {
		p := q.parents[i]
		return &LikelyParent{ListID: p.ListID, FullName: p.FullName,
			Reason: fmt.Sprintf("The project's name, %q, holds this customer's name, %q.", row.Procore.Name, strings.Join(q.parentNames.words[i], " "))}
	}
	return nil
}
