package core

import (
	"testing"
	"time"
)

func TestSummaryDueOncePerDayFromEightOClock(t *testing.T) {
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.Local)
	cases := []struct {
		at   time.Time
		last string
		want bool
	}{
		{day.Add(7 * time.Hour), "", false},           // before 8
		{day.Add(8 * time.Hour), "", true},            // first ever
		{day.Add(9 * time.Hour), "2026-11-23", false}, // already given today
		{day.Add(9 * time.Hour), "2026-11-22", true},  // given yesterday
		{day.Add(23*time.Hour + 59*time.Minute), "2026-11-22", true},
	}
	for _, c := range cases {
		if got := summaryDue(c.at, c.last); got != c.want {
			t.Errorf("at %s, last %q: %v, want %v", c.at.Format(time.DateTime), c.last, got, c.want)
		}
	}
}
