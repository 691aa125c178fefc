package costcodes

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"joblink/backend/engine"
	"joblink/backend/mapping"
)

// Text QuickBooks would store with letters lost. A code or description QuickBooks can store
// only spelt otherwise (Cyrillic "Бетонные работы") is not sent spelt so on Joblink's own: the
// code waits in Needs attention with the Latin spelling offered, and goes once the bookkeeper
// accepts it ("Use the Latin spelling" on the Cost codes page: the choice latinSpelling). Text
// with letters that have no Latin spelling (Chinese …) or control characters is corrected in
// Procore. This is the rule the Jobs and Vendors pages follow (mapping/qbtext.go).

// choice is what the bookkeeper chose for exporting a code.
type choice struct {
	// LatinSpelling: send the code and description spelt in the Latin alphabet.
	LatinSpelling bool `json:"latinSpelling,omitempty"`
}

func choiceOf(it *engine.Item) choice {
	var c choice
	if len(it.Choice) > 0 {
		_ = json.Unmarshal(it.Choice, &c) // another shape: nothing chosen
	}
	return c
}

// Spelling is one field of a code QuickBooks can store only spelt in the Latin alphabet.
type Spelling = mapping.LatinField

// spellings lists the code's fields with letters QuickBooks cannot store, each with its Latin
// spelling ("" when some letter has none, or the text has control characters); ok is false
// when one of them cannot be offered.
func spellings(c code) (out []Spelling, ok bool) {
	ok = true
	for _, f := range []struct{ name, value string }{{"code", c.Code}, {"description", c.Name}} {
		if mapping.CheckQuickBooksText(f.name, f.value, 0) == nil {
			continue
		}
		latin := mapping.SuggestName(f.value, utf8.RuneCountInString(f.value)*4+1)
		if strings.ContainsFunc(f.value, isControl) || latin == "" || (f.name == "code" && utf8.RuneCountInString(latin) > maxName) {
			latin, ok = "", false
		}
		out = append(out, Spelling{Field: f.name, Text: f.value, Latin: latin})
	}
	return out, ok
}

func isControl(r rune) bool { return r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x2028 || r == 0x2029 }

// latinFailure is why the code waits: text QuickBooks cannot store as it is, with the Latin
// spelling offered; nil when it can be sent (or the bookkeeper accepted the spelling).
func latinFailure(c code, ch choice) *engine.Failure {
	list, ok := spellings(c)
	if len(list) == 0 || (ok && ch.LatinSpelling) {
		return nil
	}
	first := list[0]
	p := mapping.CheckQuickBooksText(first.Field, first.Text, 0)
	f := &engine.Failure{Class: engine.FixData, Message: fmt.Sprintf("Cost code %s: %s", c.Code, lowerFirst(p.Message)), Meaning: p.Meaning}
	if ok {
		var as []string
		for _, s := range list {
			as = append(as, fmt.Sprintf("the %s as %q", s.Field, s.Latin))
		}
		f.Fix = fmt.Sprintf("On the Cost codes page, choose “Use the Latin spelling” on the code to send %s, or correct it in Procore's standard cost code list.", strings.Join(as, " and "))
	} else {
		f.Fix = fmt.Sprintf("Correct the %s in Procore's standard cost code list (in the Latin alphabet, on one line); it is exported on the next sync.", first.Field)
	}
	return f
}

// LatinOffer is what "Use the Latin spelling" would send for the code of item it: nil when it
// needs none, has none to offer, or is not waiting to be exported (in QuickBooks, rejected, on
// its way).
func (f *Flow) LatinOffer(it *engine.Item) []Spelling {
	switch it.State {
	case engine.Waiting, engine.Detected, engine.Failed:
	default:
		return nil
	}
	c, err := decode(it)
	if err != nil || choiceOf(it).LatinSpelling {
		return nil
	}
	list, ok := spellings(c)
	if !ok {
		return nil
	}
	return list
}

// AcceptLatin is the choice that sends the code spelt in the Latin alphabet, and the audit
// message that says what will be sent; ok is false when the code has nothing to accept.
func (f *Flow) AcceptLatin(it *engine.Item) (choice json.RawMessage, message string, ok bool) {
	list := f.LatinOffer(it)
	if len(list) == 0 {
		return nil, "", false
	}
	var as []string
	for _, s := range list {
		as = append(as, fmt.Sprintf("the %s %q as %q", s.Field, s.Text, s.Latin))
	}
	raw, _ := json.Marshal(map[string]bool{"latinSpelling": true})
	return raw, "The bookkeeper accepted the Latin spelling: " + strings.Join(as, ", ") + ".", true
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToLower(string(r)) + s[n:]
}
