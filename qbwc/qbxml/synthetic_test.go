package qbxml

import (
	"bufio"
	"fmt"
	"io"
)

// syntheticCustomer is a realistic CustomerRet (job with addresses, balances and a DataExt),
// about 1.3 KB, formatted like QuickBooks' own output.
const syntheticCustomer = `<CustomerRet><ListID>8000%04X-1408037988</ListID><TimeCreated>2014-08-14T14:39:48-02:00</TimeCreated><TimeModified>2014-08-25T11:35:29-02:00</TimeModified><EditSequence>1408977329</EditSequence><Name>Job %d</Name><FullName>Smith, John:Job %d</FullName><IsActive>true</IsActive><ParentRef><ListID>80000003-1408977329</ListID><FullName>Smith, John</FullName></ParentRef><Sublevel>1</Sublevel><CompanyName>Smith Remodeling LLC</CompanyName><FirstName>John</FirstName><LastName>Smith</LastName><BillAddress><Addr1>Smith Remodeling LLC</Addr1><Addr2>123 Main St</Addr2><City>Springfield</City><State>IL</State><PostalCode>62701</PostalCode><Country>US</Country></BillAddress><BillAddressBlock><Addr1>Smith Remodeling LLC</Addr1><Addr2>123 Main St</Addr2><Addr3>Springfield, IL 62701</Addr3></BillAddressBlock><ShipAddress><Addr1>Job site</Addr1><Addr2>456 Oak Ave</Addr2><City>Springfield</City><State>IL</State><PostalCode>62702</PostalCode></ShipAddress><Phone>555-123-4567</Phone><Email>john@example.com</Email><Contact>John Smith</Contact><TermsRef><ListID>80000002-1408037704</ListID><FullName>Net 30</FullName></TermsRef><Balance>1250.00</Balance><TotalBalance>1250.00</TotalBalance><SalesTaxCodeRef><ListID>80000001-1408037704</ListID><FullName>Tax</FullName></SalesTaxCodeRef><JobStatus>InProgress</JobStatus><JobStartDate>2024-03-10</JobStartDate><JobDesc>Kitchen &amp; bath remodel</JobDesc><Notes>Gate code 1234</Notes><PreferredDeliveryMethod>Email</PreferredDeliveryMethod><DataExtRet><OwnerID>0</OwnerID><DataExtName>Procore ID</DataExtName><DataExtType>STR255TYPE</DataExtType><DataExtValue>5629499534%d</DataExtValue></DataExtRet></CustomerRet>
`

// writeSyntheticResponse writes a QBXMLMsgsRs of pages CustomerQueryRs elements with perPage
// customers each, and returns the bytes written.
func writeSyntheticResponse(w io.Writer, pages, perPage int) (int64, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := &countingWriter{w: bw}
	fmt.Fprint(cw, `<?xml version="1.0" ?><QBXML><QBXMLMsgsRs>`)
	n := 0
	for p := 0; p < pages; p++ {
		fmt.Fprintf(cw, `<CustomerQueryRs requestID="%d" statusCode="0" statusSeverity="Info" statusMessage="Status OK" iteratorRemainingCount="%d" iteratorID="{eb05f701-e727-472f-8ade-6753c4f67a46}">`, p+1, pages-p-1)
		for i := 0; i < perPage; i++ {
			n++
			fmt.Fprintf(cw, syntheticCustomer, n&0xFFFF, n, n, n)
		}
		fmt.Fprint(cw, "</CustomerQueryRs>\n")
	}
	fmt.Fprint(cw, `</QBXMLMsgsRs></QBXML>`)
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	return cw.n, cw.err
}

type countingWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countingWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
