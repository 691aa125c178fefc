package qbrefresh

import (
	"testing"
	"time"
)

func TestNextCursor(t *testing.T) {
	t.Parallel()
	at := func(hms string) time.Time {
		v, err := time.Parse(time.DateTime, "2025-03-03 "+hms)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range []struct {
		name                  string
		from, newest, askedAt time.Time
		want                  time.Time
	}{
		{"asked long after the newest record: the second after it", at("09:00:00"), at("09:01:00"), at("09:30:00.7"), at("09:01:01")},
		{"asked in the newest record's second: a margin before asking", at("09:00:00"), at("09:01:00"), at("09:01:00.9"), at("09:00:55")},
		{"asked just inside the margin", at("09:00:00"), at("09:01:00"), at("09:01:05.2"), at("09:01:00")},
		{"asked just past the margin", at("09:00:00"), at("09:01:00"), at("09:01:06"), at("09:01:01")},
		{"a page rendered after asking carried a newer record", at("09:00:00"), at("09:02:02"), at("09:02:00"), at("09:01:55")},
		{"nothing read: where the run started", at("09:00:00"), time.Time{}, at("10:00:00"), at("09:00:00")},
		{"Joblink's clock set back: never before where the run started", at("09:00:00"), at("09:00:03"), at("08:00:00"), at("09:00:00")},
		{"a first refresh in the seeding second", time.Time{}, at("09:00:00"), at("09:00:00"), at("08:59:55")},
	} {
		if got := nextCursor(tc.from, tc.newest, tc.askedAt); !got.Equal(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestStartFromKeepsTheCursorOnlyBesideItsWatermark(t *testing.T) {
	t.Parallel()
	watermark := time.Date(2025, 3, 3, 9, 1, 0, 0, time.UTC)
	cursor := &listCursor{From: watermark.Add(time.Second), Watermark: watermark.In(time.FixedZone("", -8*3600))}
	if got := startFrom(watermark, cursor); !got.Equal(cursor.From) {
		t.Errorf("cursor beside its watermark: %v, want %v", got, cursor.From)
	}
	if got := startFrom(watermark, nil); !got.Equal(watermark) {
		t.Errorf("a database from before cursors: %v, want the watermark", got)
	}
	if got := startFrom(watermark.Add(time.Minute), cursor); !got.Equal(watermark.Add(time.Minute)) {
		t.Errorf("a watermark that moved without its cursor: %v, want the watermark", got)
	}
}
