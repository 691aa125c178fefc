package qbsim

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

//go:generate go run ./internal/schemagen -schema ../../../shared/qbxml-schema/13.0 -out schema_gen.go

// schemaChild is one child slot of an element's XSD content model.
type schemaChild struct {
	Name     string
	MaxLen   int  // maxLength facet, 0 when the schema sets none
	Required bool // minOccurs>=1 outside any choice
	Slot     int  // sequence position; alternatives of a repeating choice share one
}

// schemaIndex maps parent -> child -> slot, for O(1) ordering checks.
var schemaIndex = func() map[string]map[string]int {
	idx := make(map[string]map[string]int, len(schemaChildren))
	for parent, kids := range schemaChildren {
		m := make(map[string]int, len(kids))
		for _, k := range kids {
			if _, dup := m[k.Name]; !dup {
				m[k.Name] = k.Slot
			}
		}
		idx[parent] = m
	}
	return idx
}()

// schemaChildByName finds the schema slot description of a child.
func schemaChildByName(parent, name string) (schemaChild, bool) {
	for _, k := range schemaChildren[parent] {
		if k.Name == name {
			return k, true
		}
	}
	return schemaChild{}, false
}

// orderBySchema sorts the children of e (recursively) into XSD sequence
// order. Responses are assembled from request fragments and computed fields
// in whatever order is convenient; this is the single place that makes them
// schema-valid. Children the schema does not know sort last (and would fail
// validation, which the tests catch).
func orderBySchema(e *element) {
	if idx, ok := schemaIndex[e.name]; ok && len(e.children) > 1 {
		sort.SliceStable(e.children, func(i, j int) bool {
			return position(idx, e.children[i].name) < position(idx, e.children[j].name)
		})
	}
	for _, c := range e.children {
		orderBySchema(c)
	}
}

func position(idx map[string]int, name string) int {
	if p, ok := idx[name]; ok {
		return p
	}
	return 1 << 30
}

// parseError describes why a request does not match the schema. QuickBooks
// rejects such a message set as a whole with HRESULT 0x80040400.
type parseError struct {
	path   string
	reason string
}

func (e *parseError) Error() string { return e.path + ": " + e.reason }

// checkStructure verifies element names, order and required children of a
// request element against the schema, as QuickBooks' parser does before it
// processes anything.
func checkStructure(e *element, path string) error {
	kids, ok := schemaChildren[e.name]
	if !ok {
		return nil // a leaf (or an aggregate outside the simulator's scope)
	}
	idx := schemaIndex[e.name]
	last := -1
	present := make(map[string]bool, len(e.children))
	for _, c := range e.children {
		p, known := idx[c.name]
		if !known {
			return &parseError{path, fmt.Sprintf("element %q is not expected in %s", c.name, e.name)}
		}
		if p < last {
			return &parseError{path, fmt.Sprintf("element %q is out of order in %s", c.name, e.name)}
		}
		last = p
		present[c.name] = true
		if err := checkStructure(c, path+"/"+c.name); err != nil {
			return err
		}
	}
	for _, k := range kids {
		if k.Required && !present[k.Name] {
			return &parseError{path, fmt.Sprintf("required element %q is missing in %s", k.Name, e.name)}
		}
	}
	return nil
}

// tooLong is a field that exceeds its schema maxLength: QuickBooks parses
// the request but refuses it with status 3070.
type tooLong struct {
	field, value string
}

// findTooLong returns the first over-long field below e.
func findTooLong(e *element) *tooLong {
	kids, ok := schemaChildren[e.name]
	if !ok {
		return nil
	}
	_ = kids
	for _, c := range e.children {
		if k, ok := schemaChildByName(e.name, c.name); ok {
			if k.MaxLen > 0 && len(c.children) == 0 && utf8.RuneCountInString(c.text) > k.MaxLen {
				return &tooLong{field: c.name, value: c.text}
			}
		}
		if t := findTooLong(c); t != nil {
			return t
		}
	}
	return nil
}
