package engine

import (
	"fmt"
	"strings"
)

// Summary is the daily account of what waits for the bookkeeper, in words: a title for the
// notification and one line per kind. Empty when nothing waits.
func (e *Engine) Summary() (title string, lines []string, err error) {
	_, kinds, err := e.Pending()
	if err != nil {
		return "", nil, err
	}
	// Unlike the approvals badge, the daily account also names what is ready to export.
	total := 0
	for _, k := range kinds {
		if k.Pending == 0 {
			continue
		}
		total += k.Pending
		verb := "waiting for approval"
		if !k.Approval {
			verb = "ready to export"
		}
		lines = append(lines, fmt.Sprintf("%s: %d %s", k.Label, k.Pending, verb))
	}
	if total == 0 {
		return "", nil, nil
	}
	noun := "items wait"
	if total == 1 {
		noun = "item waits"
	}
	return fmt.Sprintf("Joblink: %d %s for you", total, noun), lines, nil
}

// SummaryText is Summary as one paragraph.
func SummaryText(lines []string) string { return strings.Join(lines, "; ") + "." }
