package mapping

import (
	"fmt"
	"strings"

	"joblink/backend/match"
)

// The customer a new QuickBooks job most likely goes under, offered first in the "Create in
// QuickBooks" dialog. Procore's project record, as Joblink reads it, names no owner or client,
// so the evidence is QuickBooks' own: the customer of the job Joblink matched the project to,
// else a customer whose whole name is in the project's name ("Harbor Point Development" in
// "Harbor Point Development Phase 2"; an individual "Hendricks, Paul" by the last name in
// "Hendricks Kitchen Remodel"). Two customers that fit as well are no answer: nothing is
// chosen for the bookkeeper on a guess.

// LikelyParent is the customer a job is likely created under, and why.
type LikelyParent struct {
	ListID   string `json:"listId"`
	FullName string `json:"fullName"`
	Reason   string `json:"reason"`
}

// parentNames indexes the customers jobs go under by the words of their names, so that a
// project finds the customers its name holds by its own few words, not by reading them all.
type parentNames struct {
	words  [][]string       // per parent (qbSide.parents' order): the words its name must show
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
		ws := strings.Fields(match.Normalise(name))
		if len(strings.Join(ws, "")) < 3 { // "A", "JB": too short to tell a name from a word
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
	have := map[string]bool{}
	for _, w := range strings.Fields(match.Normalise(project)) {
		have[w] = true
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

func allIn(words []string, have map[string]bool) bool {
	for _, w := range words {
		if !have[w] {
			return false
		}
	}
	return true
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
			Reason: fmt.Sprintf("The project's name, %q, holds this customer's name.", row.Procore.Name)}
	}
	return nil
}
