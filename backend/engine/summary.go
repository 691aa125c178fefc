package engine

import (
	"fmt"
	"strings"
)

// Summary is the daily account of what waits for the bookkeeper, in words: a title for the
// notification and one line per kind. Empty when nothing waits.
func (e *Engine) Summary() (title string, lines []string, err error) {
	total, kinds, err := e.Pending()
	if err != nil || total == 0 {
		return "", nil, err
	}
	for _, k := range kinds {
		if k.Pending == 0 {
			continue
		}
		verb := "waiting for approval"
		if f := e.byKind[k.Kind]; f != nil && !f.Approval() {
			verb = "ready to export"
		}
		lines = append(lines, fmt.Sprintf("%s: %d %s", k.Label, k.Pending, verb))
	}
	noun := "items wait"
	if total == 1 {
		noun = "item waits"
	}
	return fmt.Sprintf("Joblink: %d %s for you", total, noun), lines, nil
}

// SummaryText is Summary as one paragraph.
func SummaryText(lines []string) string { return strings.Join(lines, "; ") + "." }
