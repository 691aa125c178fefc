package match

import (
	"strings"
	"unicode"
)

// contact is what an entry's phone and address say about which company it is. Procore and
// QuickBooks rarely agree on the spelling of an address, so only its most stable parts are kept:
// the street number with the first word of the street name, and the ZIP code.
type contact struct {
	phone  string // last 10 digits (or the 7 of a local number)
	street string // "1200 main", "pobox 455"
	zip    string
	city   string
}

func contactOf(e Entry) contact {
	return contact{
		phone:  phoneKey(e.Phone),
		street: streetKey(e.Address),
		zip:    zipKey(e.Zip),
		city:   Normalise(e.City),
	}
}

// phoneKey keeps the digits of the number proper, without an extension, and drops a country
// code by keeping the last ten. Fewer than seven digits cannot identify anyone.
func phoneKey(s string) string {
	var d []byte
scan:
	for i := 0; i < len(s); i++ {
		switch c := s[i] | 0x20; {
		case s[i] >= '0' && s[i] <= '9':
			d = append(d, s[i])
		case (c == 'x' || c == 'e' || s[i] == '#') && len(d) >= 7:
			// "x204", "ext. 204", "#204" after a full number is an extension.
			break scan
		}
	}
	if len(d) < 7 {
		return ""
	}
	if len(d) > 10 {
		d = d[len(d)-10:]
	}
	return string(d)
}

// samePhone compares numbers; a seven-digit local number matches the end of a full one.
func samePhone(a, b string) (agree, differ bool) {
	if a == "" || b == "" {
		return false, false
	}
	if len(a) == 10 && len(b) == 10 {
		return a == b, a != b
	}
	n := min(len(a), len(b), 7)
	eq := a[len(a)-n:] == b[len(b)-n:]
	return eq, !eq
}

// directions are skipped when looking for the street's first word: "100 N Main St" and
// "100 North Main Street" are the same building.
var directions = map[string]bool{
	"n": true, "s": true, "e": true, "w": true, "ne": true, "nw": true, "se": true, "sw": true,
	"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
}

// ordinals lets "100 First Ave" meet "100 1st Ave".
var ordinals = map[string]string{
	"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
	"sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
}

// streetKey finds the first line or comma-separated part that starts with a house number
// ("Suite 200, 1450 Industrial Way" → "1450 industrial") or a P.O. box.
func streetKey(addr string) string {
	for _, part := range strings.FieldsFunc(addr, func(r rune) bool { return r == ',' || r == '\n' || r == ';' }) {
		words := strings.Fields(Normalise(part))
		if len(words) == 0 {
			continue
		}
		if len(words) >= 2 && (words[0] == "po" || words[0] == "pob") {
			for _, w := range words[1:] {
				if w[0] >= '0' && w[0] <= '9' {
					return "pobox " + w
				}
			}
		}
		if !startsWithDigit(words[0]) {
			continue
		}
		for _, w := range words[1:] {
			if directions[w] {
				continue
			}
			if o, ok := ordinals[w]; ok {
				w = o
			}
			return words[0] + " " + w
		}
	}
	return ""
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// zipKey keeps a US ZIP's first five digits, or a postal code without spaces.
func zipKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	z := b.String()
	if len(z) == 9 && allDigits(z) {
		z = z[:5]
	}
	return z
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// agreement is the verdict of comparing two contacts.
type agreement struct {
	phone, address         bool // agree
	phoneDiff, addressDiff bool // both known and different
}

func compareContact(a, b *contact) agreement {
	var g agreement
	g.phone, g.phoneDiff = samePhone(a.phone, b.phone)
	if a.street != "" && b.street != "" {
		if a.street == b.street {
			// Same number and street in another ZIP or city is another building.
			switch {
			case a.zip != "" && b.zip != "" && a.zip != b.zip:
				g.addressDiff = true
			case a.zip == "" || b.zip == "":
				g.address = a.city == "" || b.city == "" || a.city == b.city
			default:
				g.address = true
			}
		} else {
			g.addressDiff = true
		}
	}
	return g
}
