package match

import "strings"

// A branch's town is written short in its name as often as in full: "Core & Main Colo Springs"
// for the branch in Colorado Springs, "Rexel #1091 Ft Worth" for Fort Worth, "N Charleston" for
// North Charleston. A town read from an address or the other name is found in a name word for
// word, each word as written, as the table reads it, or as one of its short form's readings (a
// state's old abbreviation, a point of the compass, a place word of the Postal Service's).

// townWritten returns the words of ts, as their keys, that write town word for word, in full or
// short, or "" when ts does not name it.
func townWritten(ts []token, town string) string {
	ws := strings.Fields(town)
	if len(ws) == 0 {
		return ""
	}
	for i := 0; i+len(ws) <= len(ts); i++ {
		k := 0
		for k < len(ws) && writesWord(&ts[i+k], ws[k]) {
			k++
		}
		if k == len(ws) {
			keys := make([]string, len(ws))
			for j := range ws {
				keys[j] = ts[i+j].key
			}
			return strings.Join(keys, " ")
		}
	}
	return ""
}

// writesWord reports that t is w, as written, as the table reads it, or as a reading of its
// short form.
func writesWord(t *token, w string) bool {
	if t.key == w || string(t.written) == w {
		return true
	}
	if t.reading != 0 {
		for _, r := range readingSets[t.reading] {
			if r == w {
				return true
			}
		}
	}
	return false
}
