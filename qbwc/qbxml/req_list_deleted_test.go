package qbxml

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestListDeletedQueryValidatesAgainstSchema(t *testing.T) {
	cases := map[string]ListDeletedQuery{
		"full": {ListDelTypes: []string{"Account", "ItemService", "ItemNonInventory", "Vendor", "Customer"},
			FromDeletedDate: testTime, ToDeletedDate: testTime.Add(time.Hour), IncludeRetElement: []string{"ListID", "FullName"}},
		"from only": {ListDelTypes: []string{"Vendor"}, FromDeletedDate: testTime},
		"minimal":   {ListDelTypes: []string{"ItemService"}},
	}
	for name, req := range cases {
		for _, v := range []Version{Version13, Version16} {
			t.Run(name+"/"+string(v), func(t *testing.T) {
				t.Parallel()
				ms := MessageSet{Version: v, OnError: ContinueOnError}
				ms.Add(req)
				doc, _, err := ms.Build()
				if err != nil {
					t.Fatalf("Build: %v", err)
				}
				validateXSD(t, doc, v)
			})
		}
	}
}

func TestListDeletedQueryShape(t *testing.T) {
	ms := MessageSet{}
	ms.Add(ListDeletedQuery{ListDelTypes: []string{"ItemService", "Vendor"}, FromDeletedDate: testTime})
	doc, _, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	want := `<ListDeletedQueryRq requestID="1"><ListDelType>ItemService</ListDelType><ListDelType>Vendor</ListDelType>` +
		`<DeletedDateRangeFilter><FromDeletedDate>2024-03-01T08:30:00-05:00</FromDeletedDate></DeletedDateRangeFilter></ListDeletedQueryRq>`
	if !strings.Contains(string(doc), want) {
		t.Errorf("got %s\nwant %s", doc, want)
	}
	// Not iterator-capable: it must never carry iterator attributes.
	if _, ok := Request(ListDeletedQuery{}).(iterable); ok {
		t.Error("ListDeletedQuery is iterable")
	}
}

func TestListDeletedQueryRefusesWhatQuickBooksWould(t *testing.T) {
	for name, req := range map[string]ListDeletedQuery{
		"no types": {},
		// Jobs are customers to QuickBooks; a "Job" type would fail the whole message set.
		"bad type": {ListDelTypes: []string{"Job"}},
	} {
		ms := MessageSet{}
		ms.Add(req)
		_, _, err := ms.Build()
		var inv *InvalidFieldError
		if !errors.As(err, &inv) {
			t.Errorf("%s: %v, want an InvalidFieldError", name, err)
		}
	}
}

// listDeletedResponse is what QuickBooks answers a ListDeletedQuery: one record per deletion.
const listDeletedResponse = `<?xml version="1.0" ?>
<QBXML><QBXMLMsgsRs>
<ListDeletedQueryRs requestID="deleted" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
<ListDeletedRet><ListDelType>ItemService</ListDelType><ListID>80000123-1710000000</ListID><TimeCreated>2024-03-01T08:00:00-05:00</TimeCreated><TimeDeleted>2024-03-20T16:45:00-05:00</TimeDeleted><FullName>03 Concrete:03-300 Cast-in-Place</FullName></ListDeletedRet>
<ListDeletedRet><ListDelType>Vendor</ListDelType><ListID>80000456-1710000000</ListID><TimeCreated>2024-03-02T08:00:00-05:00</TimeCreated><TimeDeleted>2024-03-20T16:45:01-05:00</TimeDeleted><FullName>ACME Lumber &amp; Supply</FullName></ListDeletedRet>
</ListDeletedQueryRs>
<ListDeletedQueryRs requestID="quiet" statusCode="1" statusSeverity="Info" statusMessage="A query request did not find a matching object in QuickBooks"/>
</QBXMLMsgsRs></QBXML>`

func TestParseListDeleted(t *testing.T) {
	validateXSD(t, []byte(listDeletedResponse), Version13)
	var rs []*Response
	if err := ParseResponses(strings.NewReader(listDeletedResponse), func(r *Response) error { rs = append(rs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 || rs[1].Status.Code != 1 || len(rs[1].Rets) != 0 {
		t.Fatalf("responses: %+v", rs)
	}
	dels := only[*ListDeletedRet](t, rs[0].Rets)
	if len(dels) != 2 {
		t.Fatalf("%d records", len(dels))
	}
	if d := dels[0]; d.ListDelType != "ItemService" || d.ListID != "80000123-1710000000" || d.TimeCreated != "2024-03-01T08:00:00-05:00" ||
		d.TimeDeleted != "2024-03-20T16:45:00-05:00" || d.FullName != "03 Concrete:03-300 Cast-in-Place" {
		t.Errorf("first = %+v", d)
	}
	if d := dels[1]; d.ListDelType != "Vendor" || d.FullName != "ACME Lumber & Supply" {
		t.Errorf("second = %+v", d)
	}
}
