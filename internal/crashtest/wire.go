package crashtest

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"regexp"
	"strings"
)

// Wire counts, from the SOAP traffic between the Web Connector and Joblink, what the engine
// asked QuickBooks and how it settled the answers a kill lost.
type Wire struct {
	Checks    int // status checks for a lost set (oldMessageSetID, no requests)
	Kept      int // … answered with the answer QuickBooks kept
	NotKept   int // … answered 600: QuickBooks kept none
	Lookups   int // look-up queries (Config.Lookup): finding records after a lost answer
	WriteSets int // message sets carrying writes
}

// NothingAsked is a Finish rule: a session is idle when the engine asked QuickBooks nothing
// at all.
func NothingAsked(before, after Wire) bool { return before == after }

// NothingWritten is a Finish rule: a session is idle when it carried no write set (look-ups
// and status checks may still run).
func NothingWritten(before, after Wire) bool { return before.WriteSets == after.WriteSets }

// wireTransport is the simulated Web Connector's HTTP transport: it counts the traffic into
// wire and, with a trap set, kills the child as the nth write passes (see Campaign.WebConnector).
type wireTransport struct {
	base      http.RoundTripper
	child     *Child
	trap      Kill
	nth       int // the trap springs on the nth write (from 1)
	writes    int // writes the trap has seen
	wire      *Wire
	isWrite   func(doc string) bool
	lookup    string // "<…QueryRq" of the look-up request; "": none counted
	lastCheck bool   // the set out now is a status check
}

var (
	errKilled = errors.New("Joblink was killed")
	requestRe = regexp.MustCompile(`<[A-Za-z]+Rq[ >/]`)
)

// qbxmlOf is the SOAP body with the qbXML it carries unescaped.
func qbxmlOf(body []byte) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#34;", `"`, "&amp;", "&").Replace(string(body))
}

// writeDetector says whether a qbXML document carries one of the writes (requests or their
// answers), named without Rq or Rs ("PurchaseOrderAdd").
func writeDetector(writes []string) func(doc string) bool {
	var tags []string
	for _, w := range writes {
		tags = append(tags, "<"+w+"Rq", "<"+w+"Rs")
	}
	return func(doc string) bool {
		for _, tag := range tags {
			if strings.Contains(doc, tag) {
				return true
			}
		}
		return false
	}
}

// spring counts a write and says whether it is the one the trap waits for.
func (tr *wireTransport) spring() bool {
	tr.writes++
	return tr.writes == tr.nth
}

// killChild is the trap springing: Joblink dies with the call in flight, which fails as it
// would with Joblink gone.
func (tr *wireTransport) killChild() (*http.Response, error) {
	tr.child.killedByWire.Store(true)
	tr.child.Kill()
	return nil, errKilled
}

func (tr *wireTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		body, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(body))
		if doc := qbxmlOf(body); strings.Contains(doc, "<receiveResponseXML") {
			if tr.lastCheck {
				switch {
				case strings.Contains(doc, `messageSetStatusCode="0"`):
					tr.wire.Kept++
				case strings.Contains(doc, `messageSetStatusCode="600"`):
					tr.wire.NotKept++
				}
			}
			if tr.trap == AnswerLost && tr.isWrite(doc) && tr.spring() {
				return tr.killChild()
			}
		}
	}
	resp, err := tr.base.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if doc := qbxmlOf(body); strings.Contains(doc, "sendRequestXMLResponse") {
		tr.lastCheck = strings.Contains(doc, "oldMessageSetID=") && len(requestRe.FindAllString(doc, 2)) == 1 // QBXMLMsgsRq alone
		if tr.lastCheck {
			tr.wire.Checks++
		}
		if tr.lookup != "" {
			tr.wire.Lookups += strings.Count(doc, tr.lookup)
		}
		if tr.isWrite(doc) {
			tr.wire.WriteSets++
			if tr.trap == NeverDelivered && tr.spring() {
				return tr.killChild()
			}
		}
	}
	return resp, nil
}
