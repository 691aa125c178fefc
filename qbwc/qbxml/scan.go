package qbxml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// scanner is a streaming XML tokenizer for the subset of XML that QuickBooks emits: prolog,
// processing instructions (the <?xml?> declaration and <?qbxml?>), elements with single- or
// double-quoted attributes, character data with the five predefined entities and numeric
// character references, CDATA sections and comments. Document type declarations and other <!
// directives are rejected.
//
// It deliberately accepts and rejects exactly what encoding/xml's strict Decoder.Token does for
// that subset (same name rules, same character checks, same entity rules, same end-tag matching,
// same charset switching on an encoding declaration), because the response decoder used to be
// built on encoding/xml and must not change behaviour; the differential tests hold it to that.
//
// Tokens are not allocated: the current token's name, attributes and data are slices into the
// scanner's read buffer (or a scratch buffer) and stay valid only until the next call to next.
type scanner struct {
	src  io.Reader
	buf  []byte
	pos  int   // next unread byte in buf
	end  int   // end of buffered input
	base int64 // input offset of buf[0]
	rerr error // error from src (io.EOF at the end); returned once the buffer is drained
	err  error // sticky scanning error

	// The current token.
	kind  tokKind
	name  []byte // raw (prefixed) element name, or the target of a processing instruction
	colon int    // index of the prefix separator in name, -1 if the name has no prefix
	attrs []scanAttr
	data  []byte // decoded character data, comment text or instruction content

	selfClose bool // the last start element was <x/>: its end element is owed

	open    []byte // raw names of the open elements, concatenated
	openEnd []int  // end offset in open of each open element's name

	ns     map[string]string // namespace bindings in scope; nil until an xmlns attribute is seen
	nsUndo []nsUndo

	scratch []byte // decoded text
	vals    []byte // decoded attribute values of the current start element
}

type tokKind uint8

const (
	tokNone tokKind = iota
	tokStart
	tokEnd
	tokText // character data, CDATA included
	tokComment
	tokPI
)

type scanAttr struct {
	name  []byte // raw (prefixed) name
	colon int
	value []byte // decoded value

	valStart, valEnd int // where value is in scanner.vals while the tag is being read
}

func (a *scanAttr) local() []byte { return localPart(a.name, a.colon) }

type nsUndo struct {
	depth  int
	prefix string
	old    string
	had    bool
}

const (
	scanBufSize       = 64 << 10
	maxUnmarshalDepth = 10000 // encoding/xml's limit on the element depth DecodeElement works at
	xmlURL            = "http://www.w3.org/XML/1998/namespace"
)

// scanError is a malformed response document.
type scanError struct {
	Offset int64
	Msg    string
}

func (e *scanError) Error() string {
	return fmt.Sprintf("XML syntax error at byte %d: %s", e.Offset, e.Msg)
}

// errDirective is returned for <!DOCTYPE …> and other declarations: QuickBooks never sends them,
// and entity declarations are a classic way to blow up a parser.
var errDirective = errors.New("document type declarations and other <! directives are not supported")

func (s *scanner) init(r io.Reader) {
	s.src = r
	s.buf = make([]byte, scanBufSize)
	s.colon = -1
}

func (s *scanner) fail(msg string) error {
	if s.err == nil {
		s.err = &scanError{Offset: s.base + int64(s.pos), Msg: msg}
	}
	return s.err
}

// failEOF reports running out of input in the middle of a token.
func (s *scanner) failEOF() error {
	if s.rerr != nil && s.rerr != io.EOF {
		s.err = s.rerr
		return s.err
	}
	return s.fail("unexpected EOF")
}

// more reads more input, keeping buf[pos:end]; it reports whether anything was added.
func (s *scanner) more() bool {
	if s.rerr != nil {
		return false
	}
	if s.pos > 0 {
		n := copy(s.buf, s.buf[s.pos:s.end])
		s.base += int64(s.pos)
		s.end, s.pos = n, 0
	}
	if s.end == len(s.buf) {
		nb := make([]byte, 2*len(s.buf))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	for range 100 {
		n, err := s.src.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.rerr = err
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	s.rerr = io.ErrNoProgress
	return false
}

// need makes sure n bytes from pos are buffered.
func (s *scanner) need(n int) bool {
	for s.end-s.pos < n {
		if !s.more() {
			return false
		}
	}
	return true
}

// depth is the number of open elements, the current start element included.
func (s *scanner) depth() int { return len(s.openEnd) }

func (s *scanner) local() []byte { return localPart(s.name, s.colon) }

func localPart(name []byte, colon int) []byte {
	if colon >= 0 {
		return name[colon+1:]
	}
	return name
}

// next advances to the next token. At the end of a well-formed document it returns io.EOF.
func (s *scanner) next() error {
	if s.err != nil {
		return s.err
	}
	if s.selfClose {
		s.selfClose = false
		s.kind = tokEnd
		s.pop()
		return nil
	}
	if s.pos >= s.end && !s.more() {
		if s.rerr != io.EOF {
			s.err = s.rerr
			return s.err
		}
		if len(s.openEnd) > 0 {
			return s.fail("unexpected EOF")
		}
		s.err = io.EOF
		return io.EOF
	}
	if s.buf[s.pos] != '<' {
		return s.scanText()
	}
	if !s.need(2) {
		return s.failEOF()
	}
	switch s.buf[s.pos+1] {
	case '/':
		return s.scanEnd()
	case '?':
		return s.scanPI()
	case '!':
		return s.scanBang()
	}
	return s.scanStart()
}

// skip consumes the rest of the element whose start was the last token.
func (s *scanner) skip() error {
	depth := 0
	for {
		if err := s.next(); err != nil {
			return err
		}
		switch s.kind {
		case tokStart:
			depth++
		case tokEnd:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

func (s *scanner) scanText() error {
	rel := 0
	for {
		if i := bytes.IndexByte(s.buf[s.pos+rel:s.end], '<'); i >= 0 {
			rel += i
			break
		}
		rel = s.end - s.pos
		if !s.more() {
			if s.rerr != io.EOF {
				s.err = s.rerr
				return s.err
			}
			break
		}
	}
	raw := s.buf[s.pos : s.pos+rel]
	data, err := s.decodeChars(raw, modeText)
	if err != nil {
		return err
	}
	s.pos += rel
	s.kind, s.data = tokText, data
	return nil
}

// tagEnd finds the '>' closing the markup at pos, skipping quoted attribute values. It stops
// early at a '<' (never legal inside a tag) or the end of input and then reports false.
func (s *scanner) tagEnd(quotes bool) (int, bool) {
	rel := 1
	var q byte
	for {
		buf := s.buf[s.pos:s.end]
		for ; rel < len(buf); rel++ {
			c := buf[rel]
			if q != 0 {
				if c == q {
					q = 0
				} else if c == '<' {
					return s.pos + rel, false
				}
				continue
			}
			switch c {
			case '>':
				return s.pos + rel, true
			case '<':
				return s.pos + rel, false
			case '"', '\'':
				if quotes {
					q = c
				}
			}
		}
		if !s.more() {
			return s.end, false
		}
	}
}

// tagError reports a malformed tag; at the end of input it is an unexpected EOF.
func (s *scanner) tagError(i, we int, msg string) error {
	if i >= we && we == s.end {
		return s.failEOF()
	}
	return s.fail(msg)
}

// nameEnd returns the end of the name starting at i (name bytes and any non-ASCII byte, as
// encoding/xml reads names before validating them).
func nameEnd(buf []byte, i int) int {
	for i < len(buf) && nameByte[buf[i]] {
		i++
	}
	return i
}

var nameByte, nameStartASCII, nameRestASCII, spaceByte [256]bool

func init() {
	for c := 0; c < 256; c++ {
		b := byte(c)
		letter := 'A' <= b && b <= 'Z' || 'a' <= b && b <= 'z'
		nameStartASCII[c] = letter || b == '_' || b == ':'
		nameRestASCII[c] = nameStartASCII[c] || '0' <= b && b <= '9' || b == '.' || b == '-'
		nameByte[c] = nameRestASCII[c] || c >= utf8.RuneSelf
	}
	for _, c := range " \r\n\t" {
		spaceByte[c] = true
	}
}

// isXMLName reports whether s is an XML name, exactly as encoding/xml decides it.
func isXMLName(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	ascii := nameStartASCII[s[0]]
	for _, c := range s[1:] {
		ascii = ascii && nameRestASCII[c]
	}
	if ascii {
		return true
	}
	return isNonASCIIName(s)
}

// nonASCIINames caches isNonASCIIName's answers, up to maxCachedNames names.
var (
	nonASCIINames    sync.Map // string → bool
	cachedNameCount  atomic.Int32
	maxCachedNames   = int32(1024)
	nameDelimiterSet = "<>/=\"' \t\r\n&;?!"
)

// isNonASCIIName asks encoding/xml itself whether a name with non-ASCII letters is an XML
// name, so the scanner accepts exactly what encoding/xml accepts without carrying its own
// copy of the XML character tables. QuickBooks' element names are ASCII, so this path is rare.
func isNonASCIIName(s []byte) bool {
	if v, ok := nonASCIINames.Load(string(s)); ok {
		return v.(bool)
	}
	ok := false
	if utf8.Valid(s) && !bytes.ContainsAny(s, nameDelimiterSet) {
		doc := make([]byte, 0, len(s)+3)
		doc = append(append(append(doc, '<'), s...), '/', '>')
		tok, err := xml.NewDecoder(bytes.NewReader(doc)).RawToken()
		_, isStart := tok.(xml.StartElement)
		ok = err == nil && isStart
	}
	if cachedNameCount.Add(1) <= maxCachedNames {
		nonASCIINames.Store(string(s), ok)
	}
	return ok
}

// splitName applies encoding/xml's nsname rule: at most one colon, and it separates a prefix
// from the local name only if both are non-empty.
func splitName(name []byte) (colon int, ok bool) {
	i := bytes.IndexByte(name, ':')
	if i < 0 {
		return -1, true
	}
	if bytes.IndexByte(name[i+1:], ':') >= 0 {
		return -1, false
	}
	if i == 0 || i == len(name)-1 {
		return -1, true
	}
	return i, true
}

func (s *scanner) scanEnd() error {
	// Fast path: </name> entirely in the buffer.
	i := s.pos + 2
	ne := nameEnd(s.buf[:s.end], i)
	we, found := ne, true
	if ne == i || ne == s.end || s.buf[ne] != '>' {
		we, found = s.tagEnd(false)
		i = s.pos + 2
		ne = nameEnd(s.buf[:we], i)
	}
	buf := s.buf
	if ne == i {
		return s.tagError(i, we, "expected element name after </")
	}
	name := buf[i:ne]
	n := len(s.openEnd)
	from := 0
	if n > 1 {
		from = s.openEnd[n-2]
	}
	if n == 0 || !bytes.Equal(s.open[from:s.openEnd[n-1]], name) {
		// Not the open element's name (validated when it was opened): find the right error.
		if !isXMLName(name) {
			return s.fail("invalid XML name: " + string(name))
		}
		if _, ok := splitName(name); !ok {
			return s.fail("expected element name after </")
		}
	}
	colon, _ := splitName(name)
	i = ne
	for i < we && spaceByte[buf[i]] {
		i++
	}
	if i != we || !found {
		return s.tagError(i, we, "invalid characters between </"+string(name)+" and >")
	}
	if n == 0 {
		return s.fail("unexpected end element </" + string(name) + ">")
	}
	if open := s.open[from:s.openEnd[n-1]]; !bytes.Equal(open, name) {
		return s.fail("element <" + string(open) + "> closed by </" + string(name) + ">")
	}
	s.pop()
	s.pos = we + 1
	s.kind, s.name, s.colon = tokEnd, name, colon
	return nil
}

func (s *scanner) pop() {
	n := len(s.openEnd) - 1
	if n > 0 {
		s.open = s.open[:s.openEnd[n-1]]
	} else {
		s.open = s.open[:0]
	}
	s.openEnd = s.openEnd[:n]
	for len(s.nsUndo) > 0 && s.nsUndo[len(s.nsUndo)-1].depth > n {
		u := s.nsUndo[len(s.nsUndo)-1]
		s.nsUndo = s.nsUndo[:len(s.nsUndo)-1]
		if u.had {
			s.ns[u.prefix] = u.old
		} else {
			delete(s.ns, u.prefix)
		}
	}
}

func (s *scanner) scanStart() error {
	// Fast path: <name> or <name/> entirely in the buffer; otherwise find the end of the tag.
	i := s.pos + 1
	ne := nameEnd(s.buf[:s.end], i)
	we, found := ne, true
	switch {
	case ne > i && ne < s.end && s.buf[ne] == '>':
	case ne > i && ne+1 < s.end && s.buf[ne] == '/' && s.buf[ne+1] == '>':
		we = ne + 1
	default:
		we, found = s.tagEnd(true)
		i = s.pos + 1
		ne = nameEnd(s.buf[:we], i)
	}
	buf := s.buf
	if ne == i {
		return s.tagError(i, we, "expected element name after <")
	}
	name := buf[i:ne]
	if !isXMLName(name) {
		return s.fail("invalid XML name: " + string(name))
	}
	colon, ok := splitName(name)
	if !ok {
		return s.fail("expected element name after <")
	}
	i = ne
	s.attrs = s.attrs[:0]
	s.vals = s.vals[:0]
	empty := false
	for {
		for i < we && spaceByte[buf[i]] {
			i++
		}
		if i == we {
			if !found {
				return s.tagError(i, we, "unexpected < in element")
			}
			break
		}
		if buf[i] == '/' {
			if i+1 != we || !found {
				return s.tagError(i+1, we, "expected /> in element")
			}
			empty = true
			break
		}
		ae := nameEnd(buf[:we], i)
		if ae == i {
			return s.fail("expected attribute name in element")
		}
		aname := buf[i:ae]
		if !isXMLName(aname) {
			return s.fail("invalid XML name: " + string(aname))
		}
		acolon, ok := splitName(aname)
		if !ok {
			return s.fail("expected attribute name in element")
		}
		i = ae
		for i < we && spaceByte[buf[i]] {
			i++
		}
		if i == we || buf[i] != '=' {
			return s.tagError(i, we, "attribute name without = in element")
		}
		i++
		for i < we && spaceByte[buf[i]] {
			i++
		}
		if i == we || buf[i] != '"' && buf[i] != '\'' {
			return s.tagError(i, we, "unquoted or missing attribute value in element")
		}
		q := buf[i]
		ve := bytes.IndexByte(buf[i+1:we], q)
		if ve < 0 {
			return s.tagError(we, we, "unescaped < inside quoted string")
		}
		ve += i + 1
		raw := buf[i+1 : ve]
		val, err := s.decodeChars(raw, modeAttr)
		if err != nil {
			return err
		}
		a := scanAttr{name: aname, colon: acolon, value: val}
		if len(val) > 0 && &val[0] != &raw[0] {
			// Decoded into scratch, which the next value reuses: keep a copy in vals and
			// point at it once all values are in (vals may move while it grows).
			a.value = nil
			a.valStart, a.valEnd = len(s.vals), len(s.vals)+len(val)
			s.vals = append(s.vals, val...)
		}
		s.attrs = append(s.attrs, a)
		i = ve + 1
	}
	for k := range s.attrs {
		if a := &s.attrs[k]; a.valEnd > 0 {
			a.value = s.vals[a.valStart:a.valEnd]
		}
	}
	s.pos = we + 1
	s.kind, s.name, s.colon = tokStart, name, colon
	s.open = append(s.open, name...)
	s.openEnd = append(s.openEnd, len(s.open))
	for k := range s.attrs {
		a := &s.attrs[k]
		switch {
		case a.colon >= 0 && string(a.name[:a.colon]) == "xmlns":
			s.bind(string(a.name[a.colon+1:]), string(a.value))
		case a.colon < 0 && string(a.name) == "xmlns":
			s.bind("", string(a.value))
		}
	}
	s.selfClose = empty
	return nil
}

func (s *scanner) bind(prefix, url string) {
	if s.ns == nil {
		s.ns = map[string]string{}
	}
	old, had := s.ns[prefix]
	s.nsUndo = append(s.nsUndo, nsUndo{depth: len(s.openEnd), prefix: prefix, old: old, had: had})
	s.ns[prefix] = url
}

// space is the name space encoding/xml's Token would report for the current element
// (its translate with isElementName true).
func (s *scanner) space() string {
	var prefix string
	if s.colon >= 0 {
		prefix = string(s.name[:s.colon])
	}
	switch {
	case prefix == "xmlns":
		return prefix
	case prefix == "" && string(s.name) == "xmlns":
		return ""
	case prefix == "xml":
		prefix = xmlURL
	}
	if v, ok := s.ns[prefix]; ok {
		return v
	}
	return prefix
}

// find looks for pat in the input from pos+from and returns its offset from pos.
func (s *scanner) find(from int, pat string) (int, bool) {
	for {
		if i := bytes.Index(s.buf[s.pos+from:s.end], []byte(pat)); i >= 0 {
			return from + i, true
		}
		from = max(from, s.end-s.pos-len(pat)+1)
		if !s.more() {
			return 0, false
		}
	}
}

func (s *scanner) scanPI() error {
	// "?>" cannot occur in the target name or the spaces after it, so its first occurrence
	// ends the instruction.
	e, ok := s.find(2, "?>")
	if !ok {
		return s.failEOF()
	}
	buf := s.buf[s.pos : s.pos+e]
	ne := nameEnd(buf, 2)
	if ne == 2 {
		return s.fail("expected target name after <?")
	}
	target := buf[2:ne]
	if !isXMLName(target) {
		return s.fail("invalid XML name: " + string(target))
	}
	i := ne
	for i < len(buf) && spaceByte[buf[i]] {
		i++
	}
	data := buf[i:]
	s.pos += e + 2
	s.kind, s.name, s.colon, s.data = tokPI, target, -1, data
	if string(target) == "xml" {
		return s.declaration(string(data))
	}
	return nil
}

// declaration applies an <?xml?> declaration the way encoding/xml does: version must be 1.0,
// and a non-UTF-8 encoding switches the rest of the input to a decoding reader.
func (s *scanner) declaration(content string) error {
	if ver := procInst("version", content); ver != "" && ver != "1.0" {
		s.err = fmt.Errorf("xml: unsupported version %q; only version 1.0 is supported", ver)
		return s.err
	}
	enc := procInst("encoding", content)
	if enc == "" || strings.EqualFold(enc, "utf-8") {
		return nil
	}
	var src io.Reader = s.src
	if s.rerr == io.EOF {
		src = eofReader{}
	}
	in := io.MultiReader(bytes.NewReader(bytes.Clone(s.buf[s.pos:s.end])), src)
	r, err := charsetReader(enc, in)
	if err != nil {
		s.err = fmt.Errorf("xml: opening charset %q: %w", enc, err)
		return s.err
	}
	s.base += int64(s.pos)
	s.src, s.pos, s.end, s.rerr = r, 0, 0, nil
	return nil
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// procInst returns the value of param in a processing instruction's text (param="v" or
// param='v'): at the first "param=" directly followed by a quote, the text up to the next
// such quote; "" when there is none. It behaves as encoding/xml does with the <?xml?>
// declaration, including not checking what stands before param, so both parsers agree.
func procInst(param, s string) string {
	key := param + "="
	rest := s
	for {
		k := strings.Index(rest, key)
		if k < 0 || k+len(key) >= len(rest) {
			return ""
		}
		rest = rest[k+len(key):]
		if q := rest[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(rest[1:], q)
			if end < 0 {
				return ""
			}
			return rest[1 : 1+end]
		}
		rest = rest[1:] // not quoted here: look further on, past this character
	}
}

func (s *scanner) scanBang() error {
	if !s.need(3) {
		return s.failEOF()
	}
	switch s.buf[s.pos+2] {
	case '-':
		if !s.need(4) {
			return s.failEOF()
		}
		if s.buf[s.pos+3] != '-' {
			return s.fail("invalid sequence <!- not part of <!--")
		}
		// A comment ends at its first "--", which must be followed by '>'.
		e, ok := s.find(4, "--")
		if !ok || !s.need(e+3) {
			return s.failEOF()
		}
		if s.buf[s.pos+e+2] != '>' {
			return s.fail(`invalid sequence "--" not allowed in comments`)
		}
		data := s.buf[s.pos+4 : s.pos+e]
		s.pos += e + 3
		s.kind, s.data = tokComment, data
		return nil
	case '[':
		const open = "<![CDATA["
		for k := 3; k < len(open); k++ {
			if !s.need(k + 1) {
				return s.failEOF()
			}
			if s.buf[s.pos+k] != open[k] {
				return s.fail("invalid <![ sequence")
			}
		}
		e, ok := s.find(len(open), "]]>")
		if !ok {
			if s.rerr == io.EOF {
				return s.fail("unexpected EOF in CDATA section")
			}
			return s.failEOF()
		}
		data, err := s.decodeChars(s.buf[s.pos+len(open):s.pos+e], modeCDATA)
		if err != nil {
			return err
		}
		s.pos += e + 3
		s.kind, s.data = tokText, data
		return nil
	}
	if s.err == nil {
		s.err = fmt.Errorf("XML at byte %d: %w", s.base+int64(s.pos), errDirective)
	}
	return s.err
}

type charMode uint8

const (
	modeText  charMode = iota // character data: entities, no "]]>"
	modeAttr                  // quoted attribute value: entities
	modeCDATA                 // CDATA section: taken literally
)

// plainByte marks bytes that need no attention in character data: printable ASCII other than
// '&' and '>' (which may end a forbidden "]]>"), tab and line feed.
var plainByte [256]bool

func init() {
	for c := 0x20; c < 0x7F; c++ {
		plainByte[c] = c != '&' && c != '>'
	}
	plainByte['\t'] = true
	plainByte['\n'] = true
}

// decodeChars returns raw with references expanded and line ends normalised, after checking it
// the way encoding/xml's text does: only XML characters, valid UTF-8, every '&' starting a known
// entity or a character reference, no "]]>" in character data. The result aliases raw when
// nothing had to change, otherwise s.scratch.
func (s *scanner) decodeChars(raw []byte, mode charMode) ([]byte, error) {
	i := 0
	for i < len(raw) && plainByte[raw[i]] {
		i++
	}
	if i == len(raw) {
		return raw, nil
	}
	if mode == modeText && bytes.Contains(raw, []byte("]]>")) {
		return nil, s.fail("unescaped ]]> not in CDATA section")
	}
	if bytes.IndexByte(raw[i:], '\r') < 0 && (mode == modeCDATA || bytes.IndexByte(raw[i:], '&') < 0) {
		if err := s.checkChars(raw[i:]); err != nil {
			return nil, err
		}
		return raw, nil
	}
	out := append(s.scratch[:0], raw[:i]...)
	for i < len(raw) {
		c := raw[i]
		switch {
		case c == '\r':
			out = append(out, '\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
			i++
		case c == '&' && mode != modeCDATA:
			var err error
			out, i, err = s.entity(out, raw, i)
			if err != nil {
				return nil, err
			}
		default:
			out = append(out, c)
			i++
		}
	}
	s.scratch = out
	if err := s.checkChars(out); err != nil {
		return nil, err
	}
	return out, nil
}

// entity expands the reference at raw[i] ('&') onto out.
func (s *scanner) entity(out, raw []byte, i int) ([]byte, int, error) {
	j := i + 1
	bad := func() ([]byte, int, error) {
		end := min(j+1, len(raw))
		return nil, 0, s.fail("invalid character entity " + string(raw[i:end]))
	}
	if j < len(raw) && raw[j] == '#' {
		j++
		base := rune(10)
		if j < len(raw) && raw[j] == 'x' {
			base = 16
			j++
		}
		start := j
		var n rune
		over := false
		for ; j < len(raw); j++ {
			c := raw[j]
			var d rune
			switch {
			case '0' <= c && c <= '9':
				d = rune(c - '0')
			case base == 16 && 'a' <= c && c <= 'f':
				d = rune(c-'a') + 10
			case base == 16 && 'A' <= c && c <= 'F':
				d = rune(c-'A') + 10
			default:
				d = -1
			}
			if d < 0 {
				break
			}
			if !over {
				n = n*base + d
				over = n > unicode.MaxRune
			}
		}
		if j == start || j == len(raw) || raw[j] != ';' || over {
			return bad()
		}
		return utf8.AppendRune(out, n), j + 1, nil
	}
	ne := nameEnd(raw, j)
	if ne == len(raw) || raw[ne] != ';' {
		j = ne
		return bad()
	}
	var r byte
	switch string(raw[j:ne]) {
	case "lt":
		r = '<'
	case "gt":
		r = '>'
	case "amp":
		r = '&'
	case "apos":
		r = '\''
	case "quot":
		r = '"'
	default:
		j = ne
		return bad()
	}
	return append(out, r), ne + 1, nil
}

// checkChars rejects invalid UTF-8 and characters outside XML's Char production.
func (s *scanner) checkChars(b []byte) error {
	for len(b) > 0 {
		c := b[0]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return s.fail(fmt.Sprintf("illegal character code %U", rune(c)))
			}
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			return s.fail("invalid UTF-8")
		}
		if !(r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF) {
			return s.fail(fmt.Sprintf("illegal character code %U", r))
		}
		b = b[n:]
	}
	return nil
}
