package procoresim

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// timeRange is a filters[updated_at]/filters[created_at] value: "from...to", inclusive at both ends,
// each side an ISO-8601 time or a YYYY-MM-DD date (reference §1.4). A date as the upper bound means
// the whole day.
type timeRange struct{ from, to time.Time }

func (t timeRange) contains(stamp string) bool {
	at, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return false
	}
	return !at.Before(t.from) && !at.After(t.to)
}

func parseTimeRange(value string) (timeRange, error) {
	fromText, toText, ok := strings.Cut(value, "...")
	if !ok {
		return timeRange{}, fmt.Errorf("%q is not a range like 2016-09-23T16:30:00Z...2016-09-23T17:00:00Z", value)
	}
	from, _, err := parseInstant(fromText)
	if err != nil {
		return timeRange{}, err
	}
	to, toIsDate, err := parseInstant(toText)
	if err != nil {
		return timeRange{}, err
	}
	if toIsDate {
		to = to.Add(24*time.Hour - time.Nanosecond)
	}
	return timeRange{from: from, to: to}, nil
}

func parseInstant(text string) (time.Time, bool, error) {
	text = strings.TrimSpace(text)
	if at, err := time.Parse(time.RFC3339Nano, text); err == nil {
		return at, false, nil
	}
	if at, err := time.Parse("2006-01-02", text); err == nil {
		return at, true, nil
	}
	return time.Time{}, false, fmt.Errorf("%q is neither an ISO-8601 time nor a date", text)
}

// listFilters are the filters[...] parameters the connector-relevant list endpoints share.
type listFilters struct {
	updatedAt *timeRange
	createdAt *timeRange
	originID  *string
	ids       map[int64]bool
}

// readFilters parses the shared filters, answering 400 itself on a malformed one.
func readFilters(w http.ResponseWriter, r *http.Request) (listFilters, bool) {
	query := r.URL.Query()
	var f listFilters
	for name, target := range map[string]**timeRange{"filters[updated_at]": &f.updatedAt, "filters[created_at]": &f.createdAt} {
		if value := query.Get(name); value != "" {
			parsed, err := parseTimeRange(value)
			if err != nil {
				writeError(w, http.StatusBadRequest, "Invalid "+name, err.Error())
				return f, false
			}
			*target = &parsed
		}
	}
	if query.Has("filters[origin_id]") {
		origin := query.Get("filters[origin_id]")
		f.originID = &origin
	}
	for _, name := range []string{"filters[id][]", "filters[id]"} {
		for _, value := range query[name] {
			for _, part := range strings.Split(value, ",") {
				id, err := strconv.ParseInt(strings.TrimSpace(part), 10, 64)
				if err != nil {
					writeError(w, http.StatusBadRequest, "Invalid filters[id]", fmt.Sprintf("%q is not an id", part))
					return f, false
				}
				if f.ids == nil {
					f.ids = map[int64]bool{}
				}
				f.ids[id] = true
			}
		}
	}
	return f, true
}

// match applies the shared filters to one row; createdAt/updatedAt may be "" for rows without them.
func (f listFilters) match(id int64, originID *string, createdAt, updatedAt string) bool {
	if f.ids != nil && !f.ids[id] {
		return false
	}
	if f.originID != nil && (originID == nil || *originID != *f.originID) {
		return false
	}
	if f.updatedAt != nil && !f.updatedAt.contains(updatedAt) {
		return false
	}
	if f.createdAt != nil && !f.createdAt.contains(createdAt) {
		return false
	}
	return true
}
