package qbxml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// The fast parser (scan.go, decode_fast.go) must behave exactly like the encoding/xml-based
// reference (reference_test.go): same Responses, records and field values, and an error exactly
// when the reference has one. The one intended difference is that <!DOCTYPE …> and other
// declarations are rejected; encoding/xml passes them over.

// attrTestRet is a record type the fast decoder has no plan for (attributes, chardata, a>b
// paths), so it exercises the encoding/xml fallback. It is registered only for tests.
type attrTestRet struct {
	XMLName xml.Name
	Kind    string   `xml:"kind,attr"`
	Text    string   `xml:",chardata"`
	Deep    []string `xml:"Outer>Inner"`
	Name    string   `xml:"Name"`
	Ref     *Ref     `xml:"Ref"`
}

func (r *attrTestRet) RetElement() string { return "AttrTestRet" }

// planTestRet covers the plan's less common shapes: pointers, slices of scalars and of
// pointers, every number kind, a nested XMLName.
type planTestRet struct {
	ListCore
	Count   int8       `xml:"Count"`
	Big     uint32     `xml:"Big"`
	Ratio   float64    `xml:"Ratio"`
	Flag    *bool      `xml:"Flag"`
	Tags    []string   `xml:"Tag"`
	Lines   []*TxnLine `xml:"Line"`
	Named   struct{ XMLName xml.Name }
	Skipped string `xml:"-"`
	Omit    string `xml:"Omit,omitempty"`
}

func (r *planTestRet) RetElement() string { return "PlanTestRet" }

func init() {
	retTypes["AttrTestRet"] = func() Ret { return new(attrTestRet) }
	retTypes["PlanTestRet"] = func() Ret { return new(planTestRet) }
}

func TestPlans(t *testing.T) {
	if planFor(reflect.TypeFor[*attrTestRet]()) != nil {
		t.Error("attrTestRet got a plan; it needs the encoding/xml fallback")
	}
	for _, f := range retTypes {
		ret := f()
		if _, isTest := ret.(*attrTestRet); isTest {
			continue
		}
		if planFor(reflect.TypeOf(ret)) == nil {
			// Still correct (encoding/xml decodes it), only slower.
			t.Logf("%T has no fast plan; it is decoded through encoding/xml", ret)
		}
	}
}

type parseResult struct {
	resps []*Response
	err   error
}

func parseFast(doc []byte) parseResult {
	var r parseResult
	r.err = ParseResponses(iotest.HalfReader(bytes.NewReader(doc)), func(resp *Response) error {
		r.resps = append(r.resps, resp)
		return nil
	})
	return r
}

func parseRef(doc []byte) parseResult {
	var r parseResult
	r.err = refParseResponses(bytes.NewReader(doc), func(resp *Response) error {
		r.resps = append(r.resps, resp)
		return nil
	})
	return r
}

// hasDirective reports whether encoding/xml meets a <!…> declaration before any error.
func hasDirective(doc []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.CharsetReader = charsetReader
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if _, ok := tok.(xml.Directive); ok {
			return true
		}
	}
}

// streamed reads doc with ResponseDecoder-like calls, taking at most k records of each
// response (the rest are skipped by Next), and returns what it saw.
func streamed[D interface {
	Next() (*Response, error)
	NextRet() (Ret, error)
}](d D, k int) ([]any, error) {
	var seen []any
	for {
		resp, err := d.Next()
		if errors.Is(err, io.EOF) {
			return seen, nil
		}
		if err != nil {
			return seen, err
		}
		seen = append(seen, resp)
		for i := 0; i < k; i++ {
			ret, err := d.NextRet()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return seen, err
			}
			seen = append(seen, ret)
		}
	}
}

// checkSame is the differential check.
func checkSame(t *testing.T, doc []byte) {
	t.Helper()
	fast, ref := parseFast(doc), parseRef(doc)
	if errors.Is(fast.err, errDirective) {
		if ref.err == nil && !hasDirective(doc) {
			t.Fatalf("directive error on %q, but encoding/xml sees no directive", doc)
		}
		return // the intended difference
	}
	switch {
	case fast.err != nil && ref.err != nil:
	case fast.err != nil || ref.err != nil:
		t.Fatalf("error-ness differs on %q:\nfast: %v\nref:  %v", doc, fast.err, ref.err)
	case !reflect.DeepEqual(fast.resps, ref.resps):
		t.Fatalf("results differ on %q:\nfast: %s\nref:  %s", doc, dump(fast.resps), dump(ref.resps))
	}
	if fast.err != nil && ref.err != nil {
		// Both failed; the callback must have seen the same responses up to the failure.
		if !reflect.DeepEqual(fast.resps, ref.resps) {
			t.Fatalf("responses before the error differ on %q:\nfast: %s (%v)\nref:  %s (%v)", doc, dump(fast.resps), fast.err, dump(ref.resps), ref.err)
		}
	}
	for _, k := range []int{0, 1} {
		fs, ferr := streamed(NewResponseDecoder(bytes.NewReader(doc)), k)
		rs, rerr := streamed(newRefResponseDecoder(bytes.NewReader(doc)), k)
		if (ferr != nil) != (rerr != nil) && !(errors.Is(ferr, errDirective) && hasDirective(doc)) {
			t.Fatalf("streaming k=%d: error-ness differs on %q:\nfast: %v\nref:  %v", k, doc, ferr, rerr)
		}
		if ferr == nil && rerr == nil && !reflect.DeepEqual(fs, rs) {
			t.Fatalf("streaming k=%d differs on %q:\nfast: %#v\nref:  %#v", k, doc, fs, rs)
		}
	}
}

func dump(rs []*Response) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "%#v\n", *r)
		for _, ret := range r.Rets {
			fmt.Fprintf(&b, "  %#v\n", ret)
		}
	}
	return b.String()
}

func fixtureDocs(t testing.TB) [][]byte {
	files, err := filepath.Glob("testdata/*.xml")
	if err != nil || len(files) == 0 {
		t.Fatal("no fixtures", err)
	}
	var docs [][]byte
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, b)
	}
	var buf bytes.Buffer
	if _, err := writeSyntheticResponse(&buf, 3, 4); err != nil {
		t.Fatal(err)
	}
	docs = append(docs, buf.Bytes())
	for _, s := range edgeDocs {
		docs = append(docs, []byte(s))
	}
	return docs
}

const docHead = `<?xml version="1.0" ?><QBXML><QBXMLMsgsRs>`
const docTail = `</QBXMLMsgsRs></QBXML>`

func wrapRs(body string) string {
	return docHead + `<CustomerQueryRs requestID="1" statusCode="0" statusSeverity="Info">` + body + `</CustomerQueryRs>` + docTail
}

// edgeDocs are documents exercising the corners of XML that the scanner must treat exactly as
// encoding/xml does.
var edgeDocs = []string{
	wrapRs(`<CustomerRet><Name>A &amp; B &lt;&gt; &quot;q&quot; &apos;a&apos; &#65;&#x42;&#x1F600; &#xD800;</Name></CustomerRet>`),
	wrapRs(`<CustomerRet><Name><![CDATA[<raw> & ]] stuff]]></Name><Notes>line1` + "\r\n" + `line2` + "\r" + `line3</Notes></CustomerRet>`),
	wrapRs(`<CustomerRet><Name>a<!-- comment -->b<?pi data?>c<Junk>ignored<X/></Junk>d</Name></CustomerRet>`),
	wrapRs(`<CustomerRet><Sublevel> 7 </Sublevel><IsActive> true </IsActive><Sublevel></Sublevel></CustomerRet>`),
	wrapRs(`<CustomerRet><IsActive>1</IsActive><Sublevel>+3</Sublevel><ParentRef><ListID>1</ListID></ParentRef><ParentRef><FullName>x</FullName></ParentRef></CustomerRet>`),
	wrapRs(`<CustomerRet/><VendorRet></VendorRet><SalesOrderRet><a/></SalesOrderRet><ItemInventoryRet><Name>i</Name></ItemInventoryRet>`),
	wrapRs(`<q:CustomerRet xmlns:q="urn:x"><q:Name>n</q:Name></q:CustomerRet><ItemGroupRet xmlns="urn:d"><Name>g</Name></ItemGroupRet><p:ItemDiscountRet xmlns:p="urn:p"/><z:ItemSubtotalRet/>`),
	wrapRs(`<xml:ItemPaymentRet/><ItemSalesTaxRet xmlns="urn:a"><Inner xmlns=""/></ItemSalesTaxRet>`),
	wrapRs(`<AttrTestRet kind="k" xmlns:a="urn:a">text<Outer><Inner>1</Inner><Inner>2</Inner></Outer> more<Name>n</Name><Ref><ListID>r</ListID></Ref></AttrTestRet>`),
	wrapRs(`<PlanTestRet><ListID>1</ListID><Count>-8</Count><Big>4000000000</Big><Ratio>1.5e3</Ratio><Flag>false</Flag><Tag>a</Tag><Tag/><Tag>c</Tag><Line><TxnLineID>1</TxnLineID></Line><Line/><Named/><Skipped>x</Skipped><Omit>o</Omit></PlanTestRet>`),
	wrapRs(`<PlanTestRet><Count>300</Count></PlanTestRet>`),
	wrapRs(`<PlanTestRet><Flag></Flag></PlanTestRet>`),
	wrapRs(`<PlanTestRet><Ratio>x</Ratio></PlanTestRet>`),
	wrapRs(`<CustomerRet><IsActive>yes</IsActive></CustomerRet>`),
	wrapRs(`<CustomerRet><Name>]]></Name></CustomerRet>`),
	wrapRs(`<CustomerRet><Name>&unknown;</Name></CustomerRet>`),
	wrapRs(`<CustomerRet><Name>&#0;</Name></CustomerRet>`),
	wrapRs(`<CustomerRet><Name>&#x110000;</Name></CustomerRet>`),
	wrapRs(`<CustomerRet><Name>&amp</Name></CustomerRet>`),
	wrapRs("<CustomerRet><Name>\x01</Name></CustomerRet>"),
	wrapRs("<CustomerRet><Name>\xff</Name></CustomerRet>"),
	wrapRs("<CustomerRet><Name>Caf\u00e9 \u4e2d</Name></CustomerRet>"),
	wrapRs(`<CustomerRet><Name a:b:c="1">x</Name></CustomerRet>`),
	wrapRs(`<CustomerRet><Name a="1"b='2'>x</Name></CustomerRet>`),
	wrapRs(`<CustomerRet><Name a=1>x</Name></CustomerRet>`),
	wrapRs(`<CustomerRet><Name a>x</Name></CustomerRet>`),
	wrapRs(`<CustomerRet><Name/ ></CustomerRet>`),
	wrapRs(`<CustomerRet><Name></Name ></CustomerRet>`),
	wrapRs(`<CustomerRet><Name></Name x></CustomerRet>`),
	wrapRs(`<CustomerRet><a:Name></b:Name></CustomerRet>`),
	wrapRs(`<CustomerRet><:Name></:Name><Name:></Name:></CustomerRet>`),
	wrapRs(`<CustomerRet><1Name/></CustomerRet>`),
	wrapRs("<CustomerRet><\u00e9l\u00e8ve>x</\u00e9l\u00e8ve></CustomerRet>"),
	wrapRs(`<CustomerRet><!-- a -- b --></CustomerRet>`),
	wrapRs(`<CustomerRet><!----></CustomerRet><!--->--><!- x>`),
	wrapRs(`<CustomerRet><![CDAT[x]]></CustomerRet>`),
	docHead + `<CustomerQueryRs statusCode="0" statusMessage="a &lt; b &#10; &#x9;` + "\r\n" + `c" retCount=" 2 " iteratorRemainingCount="0"/>` + docTail,
	docHead + `<CustomerQueryRs statusCode="0" statusMessage='it&apos;s "quoted" ]]> >'/>` + docTail,
	docHead + `<CustomerQueryRs statusCode=" 0" retCount="x"/>` + docTail,
	docHead + `<CustomerQueryRs statusCode="0" iteratorID=""/>` + docTail,
	docHead + `<p:CustomerQueryRs p:statusCode="3" xmlns:p="u"/>` + docTail,
	`<?xml version="1.1"?><QBXML/>`,
	`<?xml version="1.0" encoding="us-ascii"?><QBXML><QBXMLMsgsRs/></QBXML>`,
	`<?xml version="1.0" encoding='windows-1252'?><QBXML><QBXMLMsgsRs><VendorQueryRs statusCode="0"><VendorRet><Name>` + "\x80\xe9\x9f" + `</Name></VendorRet></VendorQueryRs></QBXMLMsgsRs></QBXML>`,
	`<?xml version="1.0" encoding="ISO-8859-1"?><?xml encoding="latin1"?><QBXML><QBXMLMsgsRs><VendorQueryRs statusCode="0"><VendorRet><Name>` + "\xe9" + `</Name></VendorRet></VendorQueryRs></QBXMLMsgsRs></QBXML>`,
	"\ufeff<?xml version=\"1.0\"?>\n<?qbxml version=\"13.0\"?>\n<QBXML>\n<SignonMsgsRs><SignonDesktopRs statusCode=\"0\"/></SignonMsgsRs>\n<QBXMLMsgsRs>\n<HostQueryRs statusCode=\"0\"><HostRet><SupportedQBXMLVersion>1.0</SupportedQBXMLVersion><SupportedQBXMLVersion>2.0</SupportedQBXMLVersion><IsAutomaticLogin>false</IsAutomaticLogin></HostRet></HostQueryRs>\n</QBXMLMsgsRs>\n</QBXML>\n",
	`<QBXMLMsgsRs><QBXMLMsgsRs statusCode="0"/></QBXMLMsgsRs><QBXML><QBXML><QBXMLMsgsRs><ARs statusCode="1"/></QBXMLMsgsRs></QBXML></QBXML>`,
	`<Other><QBXMLMsgsRs><ARs statusCode="1"/></QBXMLMsgsRs></Other>`,
	`<QBXML><QBXMLMsgsRs><ARs statusCode="1"/></QBXMLMsgsRs><QBXMLMsgsRs><BRs statusCode="2"/></QBXMLMsgsRs></QBXML>`,
	`text before <QBXML><QBXMLMsgsRs/></QBXML> text after`,
	`<QBXML><QBXMLMsgsRs/></QBXML></QBXML>`,
	`<QBXML><QBXMLMsgsRs/>`,
	`<QBXML><QBXMLMsgsRs/></QBXML><`,
	`<QBXML><QBXMLMsgsRs/></QBXML><?`,
	`<!DOCTYPE QBXML><QBXML><QBXMLMsgsRs/></QBXML>`,
	`<!DOCTYPE QBXML [<!ENTITY x "y">]><QBXML><QBXMLMsgsRs/></QBXML>`,
	`<?xml?><? x?><QBXML><QBXMLMsgsRs/></QBXML>`,
	`<?xml-stylesheet href="a"?><QBXML><QBXMLMsgsRs/></QBXML>`,
	`<?xml version="1.0" encoding="EBCDIC"?><QBXML/>`,
}

func TestDifferentialCorpus(t *testing.T) {
	for _, doc := range fixtureDocs(t) {
		checkSame(t, doc)
	}
}

// TestDifferentialMutations runs the differential check over many random mutations of the
// corpus, so that plain `go test` (not only -fuzz) explores malformed input.
func TestDifferentialMutations(t *testing.T) {
	docs := fixtureDocs(t)
	n := 6000
	if testing.Short() || raceEnabled {
		n = 1500
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < n; i++ {
		doc := mutate(rng, docs[rng.Intn(len(docs))], docs)
		checkSame(t, doc)
	}
}

var mutationTokens = []string{
	"<", ">", "/>", "</", "&", ";", "&amp;", "&#", "&#x", "&#1", "&lt", "]]>", "]]", "<![CDATA[", "<!--", "--", "-->",
	"<?", "?>", `<?xml version="1.0" encoding="ISO-8859-1"?>`, `<?xml encoding="cp1252"?>`, `"`, "'", "=", " ", "\r", "\r\n", "\t",
	"\x00", "\x80", "\xc3\xa9", "\xef\xbf\xbe", ":", "a:", "xmlns:a=\"u\"", "xmlns=\"d\"", "<!DOCTYPE x>", "<CustomerRet>",
	"</CustomerRet>", "<ItemInventoryRet>", "<Name>", "</Name>", "<Sublevel>", "</Sublevel>", "<IsActive>", "<DataExtRet>",
	"<SalesOrPurchase>", "<AttrTestRet kind='z'>", "</AttrTestRet>", "<PlanTestRet>", "statusCode=\"1\"", "<XRs statusCode=\"0\">",
}

func mutate(rng *rand.Rand, doc []byte, corpus [][]byte) []byte {
	out := bytes.Clone(doc)
	for k := 1 + rng.Intn(3); k > 0; k-- {
		if len(out) == 0 {
			out = append(out, mutationTokens[rng.Intn(len(mutationTokens))]...)
			continue
		}
		p := rng.Intn(len(out) + 1)
		switch rng.Intn(6) {
		case 0: // insert a token
			tok := mutationTokens[rng.Intn(len(mutationTokens))]
			out = append(out[:p], append([]byte(tok), out[p:]...)...)
		case 1: // delete a range
			e := min(len(out), p+1+rng.Intn(16))
			out = append(out[:p], out[e:]...)
		case 2: // overwrite a byte
			if p < len(out) {
				out[p] = byte(rng.Intn(256))
			}
		case 3: // duplicate a range
			e := min(len(out), p+1+rng.Intn(64))
			out = append(out[:e], append(bytes.Clone(out[p:e]), out[e:]...)...)
		case 4: // splice from another document
			o := corpus[rng.Intn(len(corpus))]
			s := rng.Intn(len(o))
			e := min(len(o), s+rng.Intn(200))
			out = append(out[:p], append(bytes.Clone(o[s:e]), out[p:]...)...)
		case 5: // truncate
			out = out[:p]
		}
	}
	return out
}

// FuzzDifferential compares the fast parser with the encoding/xml reference on fuzzed input.
func FuzzDifferential(f *testing.F) {
	for _, doc := range fixtureDocs(f) {
		f.Add(doc)
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		checkSame(t, doc)
	})
}

// TestScannerBufferBoundaries feeds a document one byte at a time and in odd chunk sizes, so
// every token straddles a refill somewhere.
func TestScannerBufferBoundaries(t *testing.T) {
	for _, doc := range fixtureDocs(t) {
		want := parseRef(doc)
		for _, r := range []io.Reader{iotest.OneByteReader(bytes.NewReader(doc)), iotest.DataErrReader(bytes.NewReader(doc))} {
			var got []*Response
			err := ParseResponses(r, func(resp *Response) error { got = append(got, resp); return nil })
			if (err != nil) != (want.err != nil) && !errors.Is(err, errDirective) {
				t.Fatalf("%q: err %v, reference %v", doc, err, want.err)
			}
			if err == nil && !reflect.DeepEqual(got, want.resps) {
				t.Fatalf("%q: results differ", doc)
			}
		}
	}
	// A small buffer forces growth and compaction on the real fixtures.
	for _, doc := range fixtureDocs(t)[:3] {
		d := NewResponseDecoder(iotest.HalfReader(bytes.NewReader(doc)))
		d.s.buf = make([]byte, 7)
		if _, err := streamed(d, 1000); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDirectiveRejected(t *testing.T) {
	err := ParseResponses(strings.NewReader(`<!DOCTYPE QBXML [<!ENTITY boom "x">]><QBXML><QBXMLMsgsRs/></QBXML>`), func(*Response) error { return nil })
	if !errors.Is(err, errDirective) {
		t.Fatalf("err = %v", err)
	}
}

// TestDecodedStringsDoNotAliasBuffer makes sure decoded values survive later reads: the scanner
// reuses its buffers, so anything kept must have been copied.
func TestDecodedStringsDoNotAliasBuffer(t *testing.T) {
	var buf bytes.Buffer
	if _, err := writeSyntheticResponse(&buf, 2, 300); err != nil {
		t.Fatal(err)
	}
	fast, ref := parseFast(buf.Bytes()), parseRef(buf.Bytes())
	if fast.err != nil || ref.err != nil || !reflect.DeepEqual(fast.resps, ref.resps) {
		t.Fatalf("synthetic differs: %v %v", fast.err, ref.err)
	}
}
