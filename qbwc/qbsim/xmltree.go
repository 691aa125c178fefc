package qbsim

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// element is a minimal qbXML element tree. qbXML has no mixed content and no
// namespaces, so a name, attributes, children and text are all it needs; a
// generic tree lets Add/Mod/Ret handling share one code path instead of
// hand-written structs for each of QuickBooks' hundreds of fields.
type element struct {
	name     string
	attrs    []attr
	children []*element
	text     string
}

type attr struct{ name, value string }

// newElement builds an aggregate; nil children (absent optional fields)
// are skipped so builders can pass optional parts inline.
func newElement(name string, children ...*element) *element {
	return (&element{name: name}).add(children...)
}

func textElement(name, text string) *element {
	return &element{name: name, text: text}
}

func (e *element) attr(name string) string {
	for _, a := range e.attrs {
		if a.name == name {
			return a.value
		}
	}
	return ""
}

func (e *element) hasAttr(name string) bool {
	for _, a := range e.attrs {
		if a.name == name {
			return true
		}
	}
	return false
}

func (e *element) setAttr(name, value string) {
	for i, a := range e.attrs {
		if a.name == name {
			e.attrs[i].value = value
			return
		}
	}
	e.attrs = append(e.attrs, attr{name, value})
}

func (e *element) child(name string) *element {
	if e == nil {
		return nil
	}
	for _, c := range e.children {
		if c.name == name {
			return c
		}
	}
	return nil
}

func (e *element) all(name string) []*element {
	if e == nil {
		return nil
	}
	var out []*element
	for _, c := range e.children {
		if c.name == name {
			out = append(out, c)
		}
	}
	return out
}

// childText returns the trimmed text of the first child with the name.
func (e *element) childText(name string) string {
	if c := e.child(name); c != nil {
		return strings.TrimSpace(c.text)
	}
	return ""
}

func (e *element) add(children ...*element) *element {
	for _, c := range children {
		if c != nil {
			e.children = append(e.children, c)
		}
	}
	return e
}

// set replaces the first child with the same name or appends it.
func (e *element) set(c *element) {
	for i, old := range e.children {
		if old.name == c.name {
			e.children[i] = c
			return
		}
	}
	e.children = append(e.children, c)
}

func (e *element) remove(name string) {
	kept := e.children[:0]
	for _, c := range e.children {
		if c.name != name {
			kept = append(kept, c)
		}
	}
	e.children = kept
}

func (e *element) clone() *element {
	if e == nil {
		return nil
	}
	c := &element{name: e.name, text: e.text, attrs: append([]attr(nil), e.attrs...)}
	c.children = make([]*element, len(e.children))
	for i, k := range e.children {
		c.children[i] = k.clone()
	}
	return c
}

// errNotWellFormed marks input the request processor cannot even parse.
var errNotWellFormed = errors.New("qbXML is not well-formed")

// parseXML reads one document into a tree. Processing instructions (the
// <?qbxml version?> PI) are returned separately because QuickBooks decides
// the spec version from them.
func parseXML(doc string) (root *element, qbxmlPI string, err error) {
	dec := xml.NewDecoder(strings.NewReader(doc))
	// QuickBooks documents declare utf-8, ISO-8859-1 or nothing; bytes are
	// passed through, which is what a Latin-1 round trip does to ASCII.
	dec.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	var stack []*element
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", fmt.Errorf("%w: %v", errNotWellFormed, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			el := &element{name: t.Name.Local}
			for _, a := range t.Attr {
				el.attrs = append(el.attrs, attr{a.Name.Local, a.Value})
			}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				parent.children = append(parent.children, el)
			} else if root != nil {
				return nil, "", fmt.Errorf("%w: more than one root element", errNotWellFormed)
			} else {
				root = el
			}
			stack = append(stack, el)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(t)
			}
		case xml.ProcInst:
			if t.Target == "qbxml" {
				qbxmlPI = string(t.Inst)
			}
		}
	}
	if root == nil {
		return nil, "", fmt.Errorf("%w: no root element", errNotWellFormed)
	}
	return root, qbxmlPI, nil
}

// write renders the element the way QuickBooks does: one element per line,
// no indentation, empty elements self-closed with a space (" />").
func (e *element) write(b *strings.Builder) {
	b.WriteByte('<')
	b.WriteString(e.name)
	for _, a := range e.attrs {
		b.WriteByte(' ')
		b.WriteString(a.name)
		b.WriteString(`="`)
		b.WriteString(escapeAttr(a.value))
		b.WriteByte('"')
	}
	switch {
	case len(e.children) > 0:
		b.WriteString(">\n")
		for _, c := range e.children {
			c.write(b)
		}
		b.WriteString("</")
		b.WriteString(e.name)
		b.WriteString(">\n")
	case e.text != "":
		b.WriteByte('>')
		b.WriteString(escapeText(e.text))
		b.WriteString("</")
		b.WriteString(e.name)
		b.WriteString(">\n")
	default:
		b.WriteString(" />\n")
	}
}

// escapeText escapes only what XML requires. encoding/xml would emit &#39;
// and &#34;, which QuickBooks is not known to accept (qbxml.md §7).
var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func escapeText(s string) string { return textEscaper.Replace(s) }
func escapeAttr(s string) string { return attrEscaper.Replace(s) }
