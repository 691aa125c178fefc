package qbxml

import (
	"bytes"
	"encoding"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// Records are decoded with a plan computed once per Go type by reflection: for each struct, a
// map from child element name to the field's offset and how to fill it. Decoding then walks the
// scanner's tokens and stores values straight into the record, with the same results as
// encoding/xml's DecodeElement (the reference the differential tests compare against): fields
// are matched by local element name, the character data of a leaf's direct children is
// concatenated, unknown children are skipped, repeated elements append to slices, numbers and
// booleans are parsed by strconv after trimming space.
//
// A type using anything the plan does not model (attributes, chardata/innerxml/any fields,
// a>b paths, name spaces in tags, Unmarshaler or TextUnmarshaler implementations, maps,
// interfaces, conflicting field names …) gets no plan and is decoded by encoding/xml itself,
// fed from the scanner through an xml.TokenReader. So Ret types added later always decode
// correctly, and fast as long as they are plain structs of strings, numbers, booleans, nested
// structs, pointers and slices.

type valueKind uint8

const (
	vString valueKind = iota
	vBool
	vInt
	vUint
	vFloat
	vName // xml.Name: set to the element's name
	vStruct
	vPtr
	vSlice
)

type valuePlan struct {
	kind valueKind
	typ  reflect.Type
	bits int         // vInt, vUint, vFloat
	elem *valuePlan  // vPtr, vSlice
	st   *structPlan // vStruct
}

type structPlan struct {
	fields  map[string]fieldPlan
	xmlName uintptr // offset+1 of an XMLName xml.Name field, 0 if none
}

type fieldPlan struct {
	offset uintptr
	plan   *valuePlan
}

var (
	retPlans          sync.Map // reflect.Type (pointer to the record struct) → *valuePlan, nil for no plan
	nameType          = reflect.TypeFor[xml.Name]()
	unmarshalerType   = reflect.TypeFor[xml.Unmarshaler]()
	textUnmarshalType = reflect.TypeFor[encoding.TextUnmarshaler]()
	errUnmarshalDepth = errors.New("exceeded max depth")
)

// planFor returns the plan for a record of type t (a pointer to a struct), nil if the record
// must be decoded by encoding/xml.
func planFor(t reflect.Type) *valuePlan {
	if p, ok := retPlans.Load(t); ok {
		return p.(*valuePlan)
	}
	var p *valuePlan
	if t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && !customDecoding(t) {
		b := planBuilder{structs: map[reflect.Type]*structPlan{}}
		p = b.value(t.Elem())
	}
	retPlans.Store(t, p)
	return p
}

func customDecoding(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return t.Implements(unmarshalerType) || pt.Implements(unmarshalerType) ||
		t.Implements(textUnmarshalType) || pt.Implements(textUnmarshalType)
}

type planBuilder struct {
	structs map[reflect.Type]*structPlan // built or being built (recursive types)
}

func (b *planBuilder) value(t reflect.Type) *valuePlan {
	if customDecoding(t) {
		return nil
	}
	p := &valuePlan{typ: t}
	switch t.Kind() {
	case reflect.String:
		p.kind = vString
	case reflect.Bool:
		p.kind = vBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.kind, p.bits = vInt, t.Bits()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.kind, p.bits = vUint, t.Bits()
	case reflect.Float32, reflect.Float64:
		p.kind, p.bits = vFloat, t.Bits()
	case reflect.Pointer:
		p.kind, p.elem = vPtr, b.value(t.Elem())
		if p.elem == nil {
			return nil
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return nil
		}
		p.kind, p.elem = vSlice, b.value(t.Elem())
		if p.elem == nil {
			return nil
		}
	case reflect.Struct:
		if t == nameType {
			p.kind = vName
			break
		}
		p.kind, p.st = vStruct, b.structPlan(t)
		if p.st == nil {
			return nil
		}
	default:
		return nil
	}
	return p
}

func (b *planBuilder) structPlan(t reflect.Type) *structPlan {
	if sp, ok := b.structs[t]; ok {
		return sp
	}
	sp := &structPlan{fields: map[string]fieldPlan{}}
	b.structs[t] = sp
	if !b.addFields(t, 0, sp) {
		return nil
	}
	return sp
}

// addFields adds t's fields (and those of its embedded structs) at offset base to sp; false if
// a field needs something the plan does not model.
func (b *planBuilder) addFields(t reflect.Type, base uintptr, sp *structPlan) bool {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("xml")
		if (!f.IsExported() && !f.Anonymous) || tag == "-" {
			continue
		}
		if f.Anonymous {
			// encoding/xml inlines embedded structs; anything fancier is left to it.
			if !f.IsExported() || f.Type.Kind() != reflect.Struct || customDecoding(f.Type) {
				return false
			}
			if _, has := f.Type.FieldByName("XMLName"); has {
				return false
			}
			if !b.addFields(f.Type, base+f.Offset, sp) {
				return false
			}
			continue
		}
		name, ok := plainTagName(tag)
		if !ok {
			return false
		}
		if f.Name == "XMLName" {
			if f.Type != nameType || name != "" || sp.xmlName != 0 {
				return false
			}
			sp.xmlName = base + f.Offset + 1
			continue
		}
		if name == "" {
			// encoding/xml would take the name from a tagged XMLName of the field's type.
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				if xf, has := ft.FieldByName("XMLName"); has && xf.Tag.Get("xml") != "" {
					return false
				}
			}
			name = f.Name
		}
		if _, dup := sp.fields[name]; dup {
			return false // encoding/xml's conflict rules are not modelled
		}
		vp := b.value(f.Type)
		if vp == nil {
			return false
		}
		sp.fields[name] = fieldPlan{offset: base + f.Offset, plan: vp}
	}
	return true
}

// plainTagName returns the element name of an xml tag that only names a child element
// (optionally with omitempty); false for any other form.
func plainTagName(tag string) (string, bool) {
	if strings.ContainsAny(tag, " >") {
		return "", false
	}
	name, flags, _ := strings.Cut(tag, ",")
	for _, fl := range strings.Split(flags, ",") {
		switch fl {
		case "attr", "cdata", "chardata", "innerxml", "comment", "any":
			return "", false
		}
	}
	return name, true
}

// decodeRet decodes the record whose start element is the scanner's current token into ret.
func (d *ResponseDecoder) decodeRet(ret Ret) error {
	rv := reflect.ValueOf(ret)
	p := planFor(rv.Type())
	if p == nil || rv.IsNil() {
		return d.decodeWithEncodingXML(ret)
	}
	return d.decodeValue(p, rv.UnsafePointer())
}

// decodeValue fills the value at ptr, described by p, from the element whose start element is
// the current token, consuming it up to its end element.
func (d *ResponseDecoder) decodeValue(p *valuePlan, ptr unsafe.Pointer) error {
	if d.s.depth() > maxUnmarshalDepth {
		return errUnmarshalDepth
	}
	switch p.kind {
	case vPtr:
		pp := (*unsafe.Pointer)(ptr)
		if *pp == nil {
			*pp = reflect.New(p.typ.Elem()).UnsafePointer()
		}
		return d.decodeValue(p.elem, *pp)
	case vSlice:
		sv := reflect.NewAt(p.typ, ptr).Elem()
		n := sv.Len()
		sv.Grow(1)
		sv.SetLen(n + 1)
		return d.decodeValue(p.elem, sv.Index(n).Addr().UnsafePointer())
	case vName:
		*(*xml.Name)(ptr) = d.elementName()
		return d.s.skip()
	case vStruct:
		return d.decodeStruct(p.st, ptr)
	}
	text, err := d.leafText()
	if err != nil {
		return err
	}
	switch p.kind {
	case vString:
		*(*string)(ptr) = string(text)
	case vBool:
		v := false
		if len(text) > 0 {
			if v, err = strconv.ParseBool(string(bytes.TrimSpace(text))); err != nil {
				return err
			}
		}
		*(*bool)(ptr) = v
	case vInt:
		var v int64
		if len(text) > 0 {
			if v, err = strconv.ParseInt(string(bytes.TrimSpace(text)), 10, p.bits); err != nil {
				return err
			}
		}
		reflect.NewAt(p.typ, ptr).Elem().SetInt(v)
	case vUint:
		var v uint64
		if len(text) > 0 {
			if v, err = strconv.ParseUint(string(bytes.TrimSpace(text)), 10, p.bits); err != nil {
				return err
			}
		}
		reflect.NewAt(p.typ, ptr).Elem().SetUint(v)
	case vFloat:
		var v float64
		if len(text) > 0 {
			if v, err = strconv.ParseFloat(string(bytes.TrimSpace(text)), p.bits); err != nil {
				return err
			}
		}
		reflect.NewAt(p.typ, ptr).Elem().SetFloat(v)
	}
	return nil
}

func (d *ResponseDecoder) decodeStruct(sp *structPlan, ptr unsafe.Pointer) error {
	if sp.xmlName != 0 {
		*(*xml.Name)(unsafe.Add(ptr, sp.xmlName-1)) = d.elementName()
	}
	for {
		if err := d.s.next(); err != nil {
			return err
		}
		switch d.s.kind {
		case tokStart:
			f, ok := sp.fields[string(d.s.local())]
			if !ok {
				if err := d.s.skip(); err != nil {
					return err
				}
				continue
			}
			if err := d.decodeValue(f.plan, unsafe.Add(ptr, f.offset)); err != nil {
				return err
			}
		case tokEnd:
			return nil
		}
	}
}

// leafText reads the character data of the current element's direct children up to its end
// element, skipping nested elements, as encoding/xml does for string, number and bool fields.
func (d *ResponseDecoder) leafText() ([]byte, error) {
	text := d.text[:0]
	for {
		if err := d.s.next(); err != nil {
			return nil, err
		}
		switch d.s.kind {
		case tokText:
			text = append(text, d.s.data...)
		case tokStart:
			if err := d.s.skip(); err != nil {
				return nil, err
			}
		case tokEnd:
			d.text = text
			return text, nil
		}
	}
}

// elementName is the current start element's name as encoding/xml reports it.
func (d *ResponseDecoder) elementName() xml.Name {
	return xml.Name{Space: d.s.space(), Local: d.intern(d.s.local())}
}

// decodeWithEncodingXML decodes the record at the current start element with encoding/xml's
// DecodeElement, for record types without a plan.
func (d *ResponseDecoder) decodeWithEncodingXML(ret Ret) error {
	// encoding/xml tracks name spaces itself: an enclosing element carrying the bindings in
	// scope lets it translate prefixes declared outside the record.
	scope := xml.StartElement{Name: xml.Name{Local: "qbxml-scope"}}
	for prefix, url := range d.s.ns {
		if prefix == "" {
			scope.Attr = append(scope.Attr, xml.Attr{Name: xml.Name{Local: "xmlns"}, Value: url})
		} else {
			scope.Attr = append(scope.Attr, xml.Attr{Name: xml.Name{Space: "xmlns", Local: prefix}, Value: url})
		}
	}
	tr := &scanTokenReader{s: &d.s, pending: []xml.Token{scope, d.s.startToken()}}
	// The record's own start element is already consumed (and its self-closing end, if any, is
	// still owed by the scanner): the token reader hands the rest out until the matching end.
	xd := xml.NewTokenDecoder(tr)
	if _, err := xd.Token(); err != nil {
		return err
	}
	tok, err := xd.Token()
	if err != nil {
		return err
	}
	start, ok := tok.(xml.StartElement)
	if !ok {
		return fmt.Errorf("qbxml: internal error: record start is %T", tok)
	}
	return xd.DecodeElement(ret, &start)
}

// startToken copies the current start element into an encoding/xml token with raw
// (untranslated) names, as encoding/xml's tokenizer produces them.
func (s *scanner) startToken() xml.StartElement {
	se := xml.StartElement{Name: rawName(s.name, s.colon), Attr: make([]xml.Attr, len(s.attrs))}
	for i := range s.attrs {
		a := &s.attrs[i]
		se.Attr[i] = xml.Attr{Name: rawName(a.name, a.colon), Value: string(a.value)}
	}
	return se
}

func rawName(name []byte, colon int) xml.Name {
	if colon >= 0 {
		return xml.Name{Space: string(name[:colon]), Local: string(name[colon+1:])}
	}
	return xml.Name{Local: string(name)}
}

// scanTokenReader feeds encoding/xml the tokens of one element from the scanner.
type scanTokenReader struct {
	s       *scanner
	pending []xml.Token
	depth   int
	done    bool
}

func (r *scanTokenReader) Token() (xml.Token, error) {
	if len(r.pending) > 0 {
		t := r.pending[0]
		r.pending = r.pending[1:]
		return t, nil
	}
	if r.done {
		return nil, io.EOF
	}
	if err := r.s.next(); err != nil {
		return nil, err
	}
	s := r.s
	switch s.kind {
	case tokStart:
		r.depth++
		return s.startToken(), nil
	case tokEnd:
		if r.depth == 0 {
			r.done = true
		}
		r.depth--
		return xml.EndElement{Name: rawName(s.name, s.colon)}, nil
	case tokText:
		return xml.CharData(bytes.Clone(s.data)), nil
	case tokComment:
		return xml.Comment(bytes.Clone(s.data)), nil
	case tokPI:
		return xml.ProcInst{Target: string(s.name), Inst: bytes.Clone(s.data)}, nil
	}
	return nil, fmt.Errorf("qbxml: internal error: token kind %d", s.kind)
}
