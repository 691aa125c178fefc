package qbrefresh

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"joblink/backend/qbmirror"
)

// listNouns are the singular and plural a bookkeeper would use for records of each list.
var listNouns = map[qbmirror.Kind][2]string{
	qbmirror.Accounts:  {"account", "accounts"},
	qbmirror.Items:     {"item", "items"},
	qbmirror.Vendors:   {"vendor", "vendors"},
	qbmirror.Customers: {"customer or job", "customers or jobs"},
}

// listNoun names n records of a list: "1 vendor", "3 customers or jobs".
func listNoun(k qbmirror.Kind, n int) string {
	if n == 1 {
		return listNouns[k][0]
	}
	return listNouns[k][1]
}

// listTitle starts a sentence about a whole list: "Vendors", "Customers and jobs".
func listTitle(k qbmirror.Kind) string {
	switch k {
	case qbmirror.Accounts:
		return "Accounts"
	case qbmirror.Items:
		return "Items"
	case qbmirror.Vendors:
		return "Vendors"
	}
	return "Customers and jobs"
}

// changes lists the non-zero change counts: "2 accounts, 1 vendor".
func changes(lists []*listRun) string {
	var parts []string
	for _, l := range lists {
		if l.changed > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", l.changed, listNoun(l.kind, l.changed)))
		}
	}
	return strings.Join(parts, ", ")
}

// news is what a run found: "2 accounts, 1 vendor changed; 1 item deleted in QuickBooks", or "".
func news(r *run) string {
	var parts []string
	if changed := changes(r.lists); changed != "" {
		parts = append(parts, changed+" changed")
	}
	var gone []string
	for _, l := range r.lists {
		if n := r.removed[l.kind]; n > 0 {
			gone = append(gone, fmt.Sprintf("%d %s", n, listNoun(l.kind, n)))
		}
	}
	if r.txnsDeleted == 1 {
		gone = append(gone, "1 transaction")
	} else if r.txnsDeleted > 1 {
		gone = append(gone, fmt.Sprintf("%d transactions", r.txnsDeleted))
	}
	if len(gone) > 0 {
		parts = append(parts, strings.Join(gone, ", ")+" deleted in QuickBooks")
	}
	return strings.Join(parts, "; ")
}

// summarize is the one line the Web Connector shows when the session closes:
//
//	QuickBooks lists refreshed: 2 accounts, 14 items, 1 vendor, 3 customers or jobs changed
//	QuickBooks lists refreshed: 1 vendor changed; 1 item deleted in QuickBooks
//	QuickBooks lists are up to date
//	Vendors could not be read: <reason>; the other lists were refreshed
func summarize(r *run, cause error) string {
	var refreshed, troubled, unfinished []*listRun
	for _, l := range r.lists {
		switch l.state {
		case listRefreshed:
			refreshed = append(refreshed, l)
		case listDeferred, listFailed:
			troubled = append(troubled, l)
		default:
			unfinished = append(unfinished, l)
		}
	}
	found := news(r)

	if cause != nil && len(unfinished) > 0 {
		kept := "nothing had changed"
		if found != "" {
			kept = found
		}
		return "The QuickBooks list update was interrupted (" + causeWords(cause) + "); what was already read is kept (" +
			kept + ") and the rest will be read in the next update"
	}

	var sentences []string
	for _, l := range troubled {
		s := listTitle(l.kind) + " could not be read: " + sentencePart(l.problem.Message)
		if l.state == listDeferred {
			s += "; Joblink will try again in the next update"
		}
		sentences = append(sentences, s)
	}
	for _, l := range unfinished {
		sentences = append(sentences, listTitle(l.kind)+" were not finished; Joblink will read them in the next update")
	}
	for _, q := range r.deleted {
		if q.problem != nil {
			s := "Joblink could not take in the records deleted in QuickBooks: " + sentencePart(q.problem.Message)
			if q.state == listDeferred {
				s += "; Joblink will try again in the next update"
			}
			sentences = append(sentences, s)
		}
	}
	if len(sentences) == 0 {
		if found == "" {
			return "QuickBooks lists are up to date"
		}
		return "QuickBooks lists refreshed: " + found
	}
	s := strings.Join(sentences, ". ")
	// Pages of an unfinished list are stored too, but "refreshed (…)" counts only finished lists.
	others := "the other lists"
	if len(troubled)+len(unfinished) == 0 {
		others = "the lists" // only the deletions were not taken in
	}
	switch refreshedChanges := changes(refreshed); {
	case len(refreshed) == 0:
	case refreshedChanges != "":
		s += "; " + others + " were refreshed (" + refreshedChanges + " changed)"
	default:
		s += "; " + others + " were refreshed"
	}
	return s
}

// causeWords is why a run was interrupted, as a clause: a Problem's message without its
// technical cause, or the error's own text.
func causeWords(err error) string {
	var p *Problem
	if errors.As(err, &p) {
		return sentencePart(p.Message)
	}
	return sentencePart(err.Error())
}

// sentencePart fits a full sentence into a longer line: no final full stop, and a lower-case
// first letter unless the sentence starts with a name ("QuickBooks", "Joblink").
func sentencePart(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if s == "" || strings.HasPrefix(s, "QuickBooks") || strings.HasPrefix(s, "Joblink") {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}
