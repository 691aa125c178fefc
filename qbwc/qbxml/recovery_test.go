package qbxml

import (
	"strings"
	"testing"
)

// A status check is a set with oldMessageSetID and no requests (the schema allows an empty
// QBXMLMsgsRq); any other empty set is refused.
func TestStatusCheckSetIsEmpty(t *testing.T) {
	doc, _, err := (&MessageSet{OnError: ContinueOnError, OldMessageSetID: "r1-3"}).Build()
	if err != nil || !strings.Contains(string(doc), `<QBXMLMsgsRq onError="continueOnError" oldMessageSetID="r1-3"></QBXMLMsgsRq>`) {
		t.Fatalf("%s, %v", doc, err)
	}
	if _, _, err := (&MessageSet{}).Build(); err == nil {
		t.Fatal("an empty set without oldMessageSetID was built")
	}
}

// The recovery attributes of QBXMLMsgsRs are read, with and without responses inside.
func TestSetStatusIsRead(t *testing.T) {
	cases := []struct {
		doc       string
		want      SetStatus
		recovered bool
		answers   int
	}{
		{`<QBXML><QBXMLMsgsRs newMessageSetID="r1-3" messageSetStatusCode="0"><VendorAddRs requestID="X1" statusCode="0" statusSeverity="Info" statusMessage="Status OK"/></QBXMLMsgsRs></QBXML>`, SetStatus{"r1-3", "0"}, true, 1},
		{`<QBXML><QBXMLMsgsRs newMessageSetID="r1-4" messageSetStatusCode="600"></QBXMLMsgsRs></QBXML>`, SetStatus{"r1-4", "600"}, false, 0},
		{`<QBXML><QBXMLMsgsRs><VendorAddRs requestID="X1" statusCode="0" statusSeverity="Info" statusMessage="Status OK"/></QBXMLMsgsRs></QBXML>`, SetStatus{}, false, 1},
	}
	for _, c := range cases {
		n := 0
		got, err := ParseResponseSet(strings.NewReader(c.doc), func(*Response) error { n++; return nil })
		if err != nil || got != c.want || got.Recovered() != c.recovered || n != c.answers {
			t.Errorf("%s: %+v (recovered %v), %d answers, %v", c.doc, got, got.Recovered(), n, err)
		}
	}
}
