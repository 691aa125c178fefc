package mapping

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"joblink/backend/engine"
	"joblink/backend/match"
	"joblink/backend/problem"
	"joblink/qbwc/qbxml"
)

// What QuickBooks can be sent. QuickBooks Desktop stores Latin-1: qbxml.Latin1 keeps its
// letters (é, ñ, ß …) and would turn any other letter into a look-alike or "_". Joblink never
// sends a name or a field that would lose letters that way, nor one holding a tab, a line break
// or another control character: the bookkeeper is asked for the text to send instead.

// controlName names the first control character of s for the bookkeeper ("" if none).
func controlName(s string) string {
	for _, r := range s {
		switch {
		case r == '\t':
			return "a tab"
		case r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029:
			return "a line break"
		case unicode.IsControl(r):
			return "an invisible control character"
		}
	}
	return ""
}

// cleanControls replaces control characters and runs of spaces by one space.
func cleanControls(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r == 0x2028 || r == 0x2029
	}), " ")
}

// losesLetters reports whether s holds letters, digits or symbols outside Latin-1, which
// QuickBooks cannot store: sent, they would arrive changed or as "_". Typographic punctuation
// (“ ” – …) is not counted: its ASCII form says the same.
func losesLetters(s string) bool {
	for _, r := range norm.NFC.String(s) {
		if r > 0xFF && !unicode.IsPunct(r) && !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Cf, r) {
			return true
		}
	}
	return false
}

// transliterate is s spelt in QuickBooks' character set when every letter has a Latin
// spelling (Cyrillic, Greek, ł, ő …), or "" when some has none (Chinese, Arabic …).
func transliterate(s string) string {
	out, _ := qbxml.Latin1(s)
	if strings.Count(out, qbxml.Placeholder) > strings.Count(s, qbxml.Placeholder) {
		return ""
	}
	return out
}

// SuggestName is the name Joblink proposes for a QuickBooks name limit long: control
// characters replaced by spaces, spelt in the Latin alphabet, and shortened at a word boundary
// to the room QuickBooks allows. It is "" when the name has letters without a Latin spelling:
// only the bookkeeper can name it then.
func SuggestName(name string, limit int) string {
	s := cleanControls(name)
	if losesLetters(s) {
		if s = transliterate(s); s == "" {
			return ""
		}
	} else {
		s, _ = qbxml.Latin1(s)
	}
	return match.Shorten(s, limit)
}

// CheckQuickBooksText says why the field (its name for the bookkeeper: "name", "street") with
// value s cannot be sent to QuickBooks as it is, or nil. limit is the field's room (0: not
// checked here), for the suggestion.
func CheckQuickBooksText(field, s string, limit int) *Problem {
	if limit <= 0 {
		limit = len([]rune(s)) + 1
	}
	if c := controlName(s); c != "" {
		p := &Problem{Class: problem.Refused,
			Message: fmt.Sprintf("The %s %q contains %s.", field, s, c),
			Meaning: "QuickBooks and Procore would keep it inside the text, where nobody can see or type it."}
		if sug := SuggestName(s, limit); sug != "" {
			p.Fix = fmt.Sprintf("Use %q (the same text with spaces instead), or type another.", sug)
		} else {
			p.Fix = "Type the " + field + " on one line, without tabs."
		}
		return p
	}
	if losesLetters(s) {
		p := &Problem{Class: problem.Refused,
			Message: fmt.Sprintf("The %s %q has letters QuickBooks cannot store.", field, s),
			Meaning: "QuickBooks Desktop keeps text in the Latin alphabet (accented Latin letters such as é or ñ are kept); other letters would arrive changed or as \"_\", so Joblink does not send it."}
		if sug := SuggestName(s, limit); sug != "" {
			p.Fix = fmt.Sprintf("Use a Latin-alphabet %s, for example %q.", field, sug)
		} else {
			p.Fix = fmt.Sprintf("Type the %s in the Latin alphabet (for example the English or romanised spelling).", field)
		}
		return p
	}
	return nil
}

// refusedText is CheckQuickBooksText: no text is sent that QuickBooks would store changed —
// not even spelt in the Latin alphabet by Joblink on its own. A Latin spelling (Cyrillic,
// Polish ł …) is offered in the problem's fix and sent only once the bookkeeper accepts it
// (CreateRequest.LatinSpelling, AcceptSpelling) or types other text.
func refusedText(field, s string, limit int) *Problem { return CheckQuickBooksText(field, s, limit) }

// LatinField is one field of a record that QuickBooks can store only spelt in the Latin
// alphabet: its text as Procore has it and the spelling Joblink offers ("" when some letter
// has none: it must be corrected in Procore).
type LatinField struct {
	Field string `json:"field"`
	Text  string `json:"text"`
	Latin string `json:"latin"`
}

// fieldsOf lists the fields of a record sent besides its name, by their names for the bookkeeper.
func fieldsOf(pe ProcoreEntry) []struct{ name, value string } {
	return []struct{ name, value string }{
		{"street", pe.Address.Street}, {"city", pe.Address.City}, {"state", pe.Address.State},
		{"postal code", pe.Address.Zip}, {"country", pe.Address.Country}, {"phone", pe.Phone}, {"fax", pe.Fax},
	}
}

// LatinFields are the record's fields, besides its name, that have letters QuickBooks cannot
// store, each with the Latin spelling Joblink offers.
func LatinFields(pe ProcoreEntry) []LatinField {
	var out []LatinField
	for _, f := range fieldsOf(pe) {
		if controlName(f.value) == "" && losesLetters(f.value) {
			out = append(out, LatinField{Field: f.name, Text: f.value, Latin: transliterate(f.value)})
		}
	}
	return out
}

// Where a spelling is accepted: a record that waits offers “Use the Latin spelling” in its
// row's Details; a create refused is sent again with the spelling included (the one-record
// dialog's button, the bulk dialog's "include them" choice, latinSpelling in the API).
const (
	acceptOnTheRow    = "with “Use the Latin spelling” in the record's Details"
	acceptInTheCreate = "by creating it again with its Latin spelling included"
)

// checkFields says which of a record's other fields cannot be sent to QuickBooks as they are.
// They are not typed in the create dialog: the record waits until they are corrected in
// Procore, or — when every letter has a Latin spelling — until the bookkeeper accepts that
// spelling (latin: accepted already, so they are sent spelt so). acceptWhere says where that
// is done, in the flow the problem shows in (each names only what that flow has).
func checkFields(pe ProcoreEntry, latin bool, acceptWhere string) *Problem {
	for _, f := range fieldsOf(pe) {
		p := refusedText(f.name, f.value, 0)
		if p == nil {
			continue
		}
		spelt := controlName(f.value) == "" && transliterate(f.value) != ""
		switch {
		case spelt && latin:
			continue
		case spelt:
			p.Fix = fmt.Sprintf("Accept the Latin spelling Joblink suggests (the %s is sent as %q) %s, or correct the %s of %q in Procore: it waits until then.",
				f.name, transliterate(f.value), acceptWhere, f.name, pe.Name)
		default:
			p.Fix = fmt.Sprintf("Correct the %s of %q in Procore (in the Latin alphabet, on one line), then create it again: it waits until then.", f.name, pe.Name)
		}
		return p
	}
	return nil
}

// NameFailure is why an item's name cannot be sent to QuickBooks as it is (control
// characters, letters QuickBooks cannot store), as the failure the item waits with; page is
// where the bookkeeper accepts the suggested name or types another ("Jobs", "Vendors"). nil
// when it can be sent.
func NameFailure(name, page string) *engine.Failure {
	p := refusedText("name", name, MaxName)
	if p == nil {
		return nil
	}
	fix := fmt.Sprintf("On the %s page, choose Create in QuickBooks and type the name to use (%s)", page, strings.TrimSuffix(lowerFirst(p.Fix), "."))
	if sug := SuggestName(name, MaxName); sug != "" && controlName(name) == "" {
		fix = fmt.Sprintf("On the %s page, choose “Use the Latin spelling” to send it as %q, or Create in QuickBooks to type another name.", page, sug)
	}
	return &engine.Failure{Class: engine.FixData, Message: p.Message, Meaning: p.Meaning, Fix: fix}
}

// FieldsFailure is why a record's address or numbers cannot be sent to QuickBooks as they
// are, as the failure the item waits with; nil when they can (latin: the bookkeeper accepted
// their Latin spelling).
func FieldsFailure(pe ProcoreEntry, latin bool) *engine.Failure {
	p := checkFields(pe, latin, acceptOnTheRow)
	if p == nil {
		return nil
	}
	return &engine.Failure{Class: engine.FixData, Message: p.Message, Meaning: p.Meaning, Fix: p.Fix}
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}
