package crashtest

import "testing"

// The trap and the counters read qbXML out of SOAP bodies, where it travels escaped: a write
// must be told from a look-up there, or a campaign traps nothing and passes without a kill
// on the wire.
func TestWriteDetectorReadsEscapedSOAP(t *testing.T) {
	isWrite := writeDetector([]string{"EstimateAdd", "EstimateMod"})
	for _, c := range []struct {
		soap string
		want bool
	}{
		{`<sendRequestXMLResult>&lt;QBXMLMsgsRq&gt;&lt;EstimateAddRq requestID=&quot;1&quot;&gt;</sendRequestXMLResult>`, true},
		{`<response>&lt;EstimateModRs statusCode=&quot;0&quot;&gt;</response>`, true},
		{`<sendRequestXMLResult>&lt;EstimateQueryRq requestID=&quot;1&quot;&gt;</sendRequestXMLResult>`, false},
		{`<sendRequestXMLResult>&lt;PurchaseOrderAddRq&gt;</sendRequestXMLResult>`, false},
	} {
		if got := isWrite(qbxmlOf([]byte(c.soap))); got != c.want {
			t.Errorf("%s: write %v, want %v", c.soap, got, c.want)
		}
	}
}

// Finish's rules: NothingWritten lets look-ups and status checks run in an idle session,
// NothingAsked does not.
func TestIdleRules(t *testing.T) {
	before := Wire{WriteSets: 2, Lookups: 1}
	lookedUp := Wire{WriteSets: 2, Lookups: 3}
	if !NothingWritten(before, lookedUp) || NothingAsked(before, lookedUp) {
		t.Error("a session of look-ups alone: idle for NothingWritten only")
	}
	wrote := Wire{WriteSets: 3, Lookups: 1}
	if NothingWritten(before, wrote) || NothingAsked(before, wrote) {
		t.Error("a session with a write set is idle for neither")
	}
}
