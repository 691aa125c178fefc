package procoresim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"sort"
	"strings"
)

// attributes is one create/update/sync item as sent, kept raw so each field decodes on its own and a
// bad value becomes a field error instead of failing the whole body.
type attributes map[string]json.RawMessage

// fieldErrors maps a field name to its messages, the shape sync error items and 422s carry.
type fieldErrors map[string][]string

func (e fieldErrors) add(field, message string) { e[field] = append(e[field], message) }

// applyAttributes copies the permitted keys of attrs onto dst (a pointer to a resource struct whose
// json tags are Procore's output names). renames maps an input name to its output name where Procore
// uses different words (csv_import_code → code); keys not permitted are ignored, as Rails strong
// parameters do.
func applyAttributes(dst any, attrs attributes, permitted []string, renames map[string]string) fieldErrors {
	problems := fieldErrors{}
	for _, name := range permitted {
		raw, present := attrs[name]
		if !present {
			continue
		}
		target := name
		if renamed, ok := renames[name]; ok {
			target = renamed
		}
		single, _ := json.Marshal(map[string]json.RawMessage{target: raw})
		// Zero the field first: json.Unmarshal writes through existing pointers, and a cloned row
		// shares them with the stored original, which must not change if the update is refused.
		field := fieldByJSONName(dst, target)
		if !field.IsValid() {
			continue
		}
		previous := reflect.New(field.Type()).Elem()
		previous.Set(field)
		field.Set(reflect.Zero(field.Type()))
		if err := json.Unmarshal(single, dst); err != nil {
			field.Set(previous)
			problems.add(name, "is invalid")
		}
	}
	return problems
}

// stringAttr returns attrs[name] when it is a JSON string, and whether it was present at all.
func stringAttr(attrs attributes, name string) (value *string, present bool) {
	raw, present := attrs[name]
	if !present {
		return nil, false
	}
	var s *string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, true
	}
	return s, true
}

// int64Attr reads an integer id from attrs (JSON number, or a string holding digits as some clients send).
func int64Attr(attrs attributes, name string) (int64, bool, error) {
	raw, present := attrs[name]
	if !present || string(raw) == "null" {
		return 0, false, nil
	}
	var n json.Number
	decoder := json.NewDecoder(bytes.NewReader(raw))
	decoder.UseNumber()
	var anyValue any
	if err := decoder.Decode(&anyValue); err != nil {
		return 0, true, fmt.Errorf("%s: %w", name, err)
	}
	switch v := anyValue.(type) {
	case json.Number:
		n = v
	case string:
		n = json.Number(v)
	default:
		return 0, true, fmt.Errorf("%s: not an integer", name)
	}
	id, err := n.Int64()
	if err != nil {
		return 0, true, fmt.Errorf("%s: not an integer: %w", name, err)
	}
	return id, true, nil
}

// decodeBody reads a JSON object body into v, answering 400 itself when the body is not JSON.
func decodeBody(w http.ResponseWriter, r *http.Request, v any) bool {
	decoder := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<20))
	decoder.UseNumber()
	if err := decoder.Decode(v); err != nil {
		writeError(w, http.StatusBadRequest, "The request body is not valid JSON", err.Error())
		return false
	}
	return true
}

// render turns a resource into a JSON object minus the named keys, so one struct can serve Procore's
// several views (list vs show shape, compact vs extended) without a struct per view.
func render(v any, drop ...string) map[string]json.RawMessage {
	encoded, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("procoresim: render %T: %v", v, err)) // our own structs always marshal
	}
	var object map[string]json.RawMessage
	_ = json.Unmarshal(encoded, &object)
	for _, key := range drop {
		delete(object, key)
	}
	return object
}

// keep returns only the named keys of object (for views defined by what they include).
func keep(object map[string]json.RawMessage, keys ...string) map[string]json.RawMessage {
	kept := make(map[string]json.RawMessage, len(keys))
	for _, key := range keys {
		if value, ok := object[key]; ok {
			kept[key] = value
		}
	}
	return kept
}

func sortedKeys(m fieldErrors) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// fieldByJSONName finds the settable struct field of *dst whose json tag is name.
func fieldByJSONName(dst any, name string) reflect.Value {
	value := reflect.ValueOf(dst).Elem()
	for i := 0; i < value.NumField(); i++ {
		tag, _, _ := strings.Cut(value.Type().Field(i).Tag.Get("json"), ",")
		if tag == name {
			return value.Field(i)
		}
	}
	return reflect.Value{}
}
