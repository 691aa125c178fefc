package qbxml

import (
	"strings"
	"testing"
)

// estimateResponse is an EstimateQueryRs as QuickBooks sends it for an estimate Joblink added:
// ExternalGUID sits between Other and LinkedTxn in both schemas, and it is what finds the
// estimate again after a lost answer.
const estimateResponse = `<?xml version="1.0" ?>
<QBXML><QBXMLMsgsRs>
<EstimateQueryRs requestID="1" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
<EstimateRet><TxnID>7E00-1234567890</TxnID><TimeCreated>2024-03-10T09:00:00-05:00</TimeCreated><TimeModified>2024-03-10T09:00:00-05:00</TimeModified><EditSequence>1710079200</EditSequence><TxnNumber>31</TxnNumber>
<CustomerRef><ListID>80000020-1234567890</ListID><FullName>Smith, John:2024-017 Smith Remodel</FullName></CustomerRef>
<TxnDate>2024-03-10</TxnDate><RefNumber>2024-017</RefNumber><IsActive>true</IsActive>
<Subtotal>45000.00</Subtotal><SalesTaxPercentage>0.00</SalesTaxPercentage><SalesTaxTotal>0.00</SalesTaxTotal><TotalAmount>45000.00</TotalAmount>
<Memo>Procore original budget of Smith Remodel</Memo><Other>Procore</Other>
<ExternalGUID>{6B063959-81B0-4B9B-B9E2-E1D4A1D6A9C1}</ExternalGUID>
<EstimateLineRet><TxnLineID>7E01-1234567890</TxnLineID><ItemRef><FullName>06 Wood:06-100 Rough Carpentry</FullName></ItemRef><Desc>Rough Carpentry</Desc><Quantity>1</Quantity><Rate>45000.00</Rate><Amount>45000.00</Amount></EstimateLineRet>
</EstimateRet></EstimateQueryRs>
</QBXMLMsgsRs></QBXML>`

func TestParseEstimateExternalGUID(t *testing.T) {
	validateXSD(t, []byte(estimateResponse), Version13)
	validateXSD(t, []byte(estimateResponse), Version16)

	var rs []*Response
	if err := ParseResponses(strings.NewReader(estimateResponse), func(r *Response) error { rs = append(rs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 {
		t.Fatalf("got %d responses", len(rs))
	}
	e := only[*EstimateRet](t, rs[0].Rets)[0]
	if e.ExternalGUID != testOwner {
		t.Errorf("ExternalGUID = %q, want %q", e.ExternalGUID, testOwner)
	}
	if e.TxnID != "7E00-1234567890" || e.Memo != "Procore original budget of Smith Remodel" || e.TotalAmount != "45000.00" ||
		len(e.Lines) != 1 || e.Lines[0].TxnLineID != "7E01-1234567890" {
		t.Errorf("estimate = %+v", e)
	}
}
