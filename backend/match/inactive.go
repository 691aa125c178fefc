package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bookkeepers rarely make a QuickBooks record inactive: they mark its name so that it sorts to
// the end of the list or stands out, "ZZ Kestrel Plumbing", "*Kestrel Plumbing", "Kestrel
// Plumbing (old)", "Kestrel Plumbing - DO NOT USE", usually because another record replaced it.
// The matcher compares such a record by its name without the mark, so that it is still found,
// but never offers it for one-click linking: it is Possible, says why, and comes after every
// record in use that matches at all (see match.band).

// inactiveWords are the notes that say a record is not in use, in brackets or after a dash
// before or after the name; "old" and "closed" only so, as they begin real names ("Old Castle").
var inactiveWords = wordSet(`old inactive closed obsolete dnu do_not_use dont_use not_in_use
	no_longer_used unused`)

// inactiveBare are the notes that say so without brackets or a dash: no name is written so.
var inactiveBare = wordSet(`dnu do_not_use dont_use`)

// cutInactive splits a name a bookkeeper marked as not in use into the name and how the mark is
// shown ("ZZ …", "… (old)"). ok is false when the name has no mark or nothing but the mark.
func cutInactive(name string) (base, shown string, ok bool) {
	s := strings.TrimSpace(name)
	var before, after string
	if rest, mark, found := cutInactivePrefix(s); found {
		s, before = rest, mark+" "
	}
	if rest, mark, found := cutInactiveSuffix(s); found {
		s, after = rest, " "+mark
	}
	s = strings.TrimFunc(s, isMarkSeparator)
	if before == "" && after == "" || !strings.ContainsFunc(s, inWord) {
		return "", "", false
	}
	return s, before + "…" + after, true
}

// cutInactivePrefix finds a mark before the name: two or more Z or X ("ZZ ", "zzz-", "XX_"), one
// or more stars, or a note in brackets or followed by a dash or colon ("(old)", "DNU - ").
func cutInactivePrefix(s string) (rest, mark string, ok bool) {
	if n := sortNumberLen(s); n > 0 {
		return s[n:], s[:n], true // "01 Bear Lake Builders Supply" (sortnumber.go)
	}
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == '*':
		n := len(s) - len(strings.TrimLeft(s, "*"))
		return s[n:], s[:n], true
	case r == 'z' || r == 'Z' || r == 'x' || r == 'X':
		n := size
		for n < len(s) && (s[n]|0x20) == byte(r|0x20) {
			n++
		}
		if n < 2 || n == len(s) {
			return "", "", false
		}
		if next, _ := utf8.DecodeRuneInString(s[n:]); !isMarkSeparator(next) {
			return "", "", false // "XXL Rentals"
		}
		return s[n:], s[:n], true
	case r == '(' || r == '[':
		end := strings.IndexAny(s, ")]")
		if end > 0 && inactiveWords[noteKey(s[1:end])] {
			return s[end+1:], s[:end+1], true
		}
		return "", "", false
	}
	// A note followed by a dash or colon: "DO NOT USE - Kestrel Plumbing", "Old: Kestrel".
	end := strings.IndexAny(s, "-:–—")
	if end <= 0 {
		if k := leadingBare(s); k > 0 {
			return s[k:], strings.TrimSpace(s[:k]), true
		}
		return "", "", false
	}
	if inactiveWords[noteKey(s[:end])] {
		return s[end+1:], strings.TrimSpace(s[:end]), true
	}
	if k := leadingBare(s); k > 0 {
		return s[k:], strings.TrimSpace(s[:k]), true
	}
	return "", "", false
}

// leadingBare is the length of a note at the start of s that needs no dash ("DNU Kestrel"),
// 0 if none.
func leadingBare(s string) int {
	f := strings.Fields(s)
	for n := 1; n <= 3 && n < len(f); n++ {
		if inactiveBare[noteKey(strings.Join(f[:n], " "))] {
			return strings.Index(s, f[n-1]) + len(f[n-1])
		}
	}
	return 0
}

// cutInactiveSuffix finds a mark after the name: a note in brackets ("(old)"), after a dash
// ("- OLD") or one that needs neither ("DNU").
func cutInactiveSuffix(s string) (rest, mark string, ok bool) {
	if strings.HasSuffix(s, ")") || strings.HasSuffix(s, "]") {
		open := strings.LastIndexAny(s, "([")
		if open > 0 && inactiveWords[noteKey(s[open+1:len(s)-1])] {
			return s[:open], s[open:], true
		}
		return "", "", false
	}
	if dash := strings.LastIndexAny(s, "-–—"); dash > 0 && inactiveWords[noteKey(s[dash+1:])] {
		return s[:dash], strings.TrimSpace(s[dash:]), true
	}
	f := strings.Fields(s)
	for n := 1; n <= 3 && n < len(f); n++ {
		tail := strings.Join(f[len(f)-n:], " ")
		if inactiveBare[noteKey(tail)] {
			at := strings.LastIndex(s, f[len(f)-n])
			return s[:at], strings.TrimSpace(s[at:]), true
		}
	}
	return "", "", false
}

// noteKey is a note's words in lower case joined by "_", without apostrophes: "Don't use" is
// dont_use.
func noteKey(s string) string {
	s = dropApostrophes.Replace(strings.ToLower(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !inWord(r) }), "_")
}

// dropApostrophes is built once: noteKey runs for every candidate scored, and building the
// replacer there took 5–7 % of the matcher's time.
var dropApostrophes = strings.NewReplacer("'", "", "’", "")

// isMarkSeparator reports what may stand between a mark and the name.
func isMarkSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("-_.:*–—", r)
}

// inactiveReason is what the bookkeeper is told about a record marked as not in use.
func inactiveReason(shown string) string {
	return "; QuickBooks marks this record as not in use (" + shown + "): check that no record in use is the same"
}

// A name that starts with stars only ("*Kestrel Plumbing", "** Kestrel") is read both ways:
// bookkeepers star a record to sort it to the top of the list (a vendor used every week) as
// often as to mark it not in use. So it is matched by the name without the stars and may be
// linked in one click, but never as Exact, and after every Likely record without a star; and
// when another record without a mark matches the name at all, the starred one may be the record
// that other replaced, so it is Possible. A star with another mark ("*Kestrel (old)") is not in use.

// sortMarkShare squeezes a starred record's Likely score into the bottom of the Likely band.
const sortMarkShare = 0.01

// onlyStars reports a mark, as cutInactive shows it, made of stars alone ("* …", "** …").
func onlyStars(shown string) bool {
	if sortNumberShown(shown) {
		return true // "01 …", a sorting number read as a star (sortnumber.go)
	}
	rest := strings.TrimLeft(shown, "*")
	return rest != shown && rest == " …"
}

// starRivals keeps a starred record from one click when another record without a mark is among
// the candidates: it may be the one that replaced it.
func starRivals(ms []match) {
	star, plain := -1, false
	for i := range ms {
		switch {
		case ms[i].sortMark && ms[i].conf == Likely:
			star = i
		case !ms[i].sortMark && !ms[i].inactive:
			plain = true
		}
	}
	if star < 0 || !plain {
		return
	}
	for i := range ms {
		if m := &ms[i]; m.sortMark && m.conf == Likely {
			m.conf, m.inactive, m.sortRival = Possible, true, true
			m.score = floor + (m.score-floor)*(inactiveBand-0.0001)/(1-floor)
		}
	}
}

// sortMarkReason is what the bookkeeper is told about a name that starts with a star.
// side is the list whose name has it.
func sortMarkReason(side string, rival bool) string {
	s := "; " + side + " name starts with \"*\" or a number such as \"01\", which bookkeepers use to sort a record to the top of the list, or to mark it not in use"
	if rival {
		return s + ": another record without the star matches too, so check which one is in use"
	}
	return s + ": check that it is in use"
}

// The same marks on the Procore side. Project managers rename a directory company or a
// project they no longer use rather than close it ("ZZ - Kestrel Plumbing (do not use)"). Such
// a record is read by the same rule (prepare cuts the mark, evaluate keeps it from one click):
// matched by its name without the mark, so that its QuickBooks record is still found, but never
// offered for one click — Possible, with why, and scored in the band kept for records not in
// use, so that a Procore record in use takes a QuickBooks record both match. Suggest and Assign
// both read it.

// procoreInactiveReason is what the bookkeeper is told about a Procore record marked as not in
// use (shown: how the mark reads).
func procoreInactiveReason(shown string) string {
	return "; Procore's name marks this record as not in use (" + shown + "): check that it is still wanted and that no record in use in Procore is the same"
}
