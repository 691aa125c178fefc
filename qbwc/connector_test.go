package qbwc

import (
	"context"
	"os"
	"testing"

	"joblink/qbwc/qbsim"
	"joblink/qbwc/qwc"
)

// A company Joblink has already stamped: the HCP carries Joblink's FileID among others.
func TestParseHCPFromTheSimulator(t *testing.T) {
	company, err := qbsim.NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	company.SetCompanyDataExt(qwc.OwnerID, "FileID", "{11111111-2222-3333-4444-555555555555}")
	company.SetCompanyDataExt("{AAAAAAAA-0000-0000-0000-000000000000}", "FileID", "{other-app}")
	s, err := company.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.End()
	// The Web Connector asks with the OwnerID of the .qwc file; other applications' private
	// extensions stay hidden, as in QuickBooks.
	hcp, err := s.HCPResponse(context.Background(), qwc.OwnerID)
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseHCP(hcp)
	if err != nil {
		t.Fatal(err)
	}
	info := company.Info()
	if f.ProductName != info.ProductName || f.Major != 34 || f.Country != "US" || f.CompanyName != info.CompanyName {
		t.Fatalf("facts %+v, company %+v", f, info)
	}
	if f.FileID != "{11111111-2222-3333-4444-555555555555}" || len(f.FileIDs) != 1 {
		t.Fatalf("FileID %q, all %v", f.FileID, f.FileIDs)
	}
}

// A real capture from QuickBooks Pro 2006: an old version Joblink must be able to read (and
// then refuse, which is the session's decision).
func TestParseHCPFromARealCapture(t *testing.T) {
	b, err := os.ReadFile("qbxml/testdata/consolibyte2008__hcp_response_qbpro2006.xml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseHCP(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if f.Major != 16 || f.ProductName == "" || len(f.SupportedQBXMLVersions) == 0 {
		t.Fatalf("facts %+v", f)
	}
}

func TestParseHCPRejectsGarbage(t *testing.T) {
	for _, s := range []string{"", "<QBXML>", "not xml at all"} {
		if _, err := ParseHCP(s); err == nil {
			t.Errorf("%q parsed", s)
		}
	}
}
