package qbsim

import (
	"testing"
	"time"
)

// Each ReportDateMacro QuickBooks takes, on a Wednesday in February of a year that is not a
// leap year (weeks start on Sunday; quarters and years are calendar ones): the periods a
// report query is cut to. A macro QuickBooks does not have is refused, not guessed at.
func TestReportMacroRange(t *testing.T) {
	now := time.Date(2026, 2, 18, 14, 30, 0, 0, time.UTC)
	for _, c := range []struct{ macro, from, to string }{
		{"Today", "2026-02-18", "2026-02-18"},
		{"Yesterday", "2026-02-17", "2026-02-17"},
		{"ThisWeek", "2026-02-15", "2026-02-21"},
		{"ThisWeekToDate", "2026-02-15", "2026-02-18"},
		{"LastWeek", "2026-02-08", "2026-02-14"},
		{"LastWeekToDate", "2026-02-08", "2026-02-11"},
		{"NextWeek", "2026-02-22", "2026-02-28"},
		{"NextFourWeeks", "2026-02-18", "2026-03-17"},
		{"ThisMonth", "2026-02-01", "2026-02-28"},
		{"ThisMonthToDate", "2026-02-01", "2026-02-18"},
		{"LastMonth", "2026-01-01", "2026-01-31"},
		{"LastMonthToDate", "2026-01-01", "2026-01-18"},
		{"NextMonth", "2026-03-01", "2026-03-31"},
		{"ThisQuarter", "2026-01-01", "2026-03-31"},
		{"ThisQuarterToDate", "2026-01-01", "2026-02-18"},
		{"LastQuarter", "2025-10-01", "2025-12-31"},
		{"LastQuarterToDate", "2025-10-01", "2025-11-18"},
		{"NextQuarter", "2026-04-01", "2026-06-30"},
		{"ThisYear", "2026-01-01", "2026-12-31"},
		{"ThisYearToDate", "2026-01-01", "2026-02-18"},
		{"LastYear", "2025-01-01", "2025-12-31"},
		{"LastYearToDate", "2025-01-01", "2025-02-18"},
		{"NextYear", "2027-01-01", "2027-12-31"},
	} {
		from, to, ok := reportMacroRange(c.macro, now)
		if !ok || from != c.from || to != c.to {
			t.Errorf("%s: %s to %s (known %v), want %s to %s", c.macro, from, to, ok, c.from, c.to)
		}
	}
	for _, macro := range []string{"NextWeekToDate", "NextYearToDate", "ThisFortnight", "Week", "ToDate", "All", ""} {
		if from, to, ok := reportMacroRange(macro, now); ok {
			t.Errorf("%q taken as %s to %s", macro, from, to)
		}
	}
}
