package qbxml

import (
	"os"
	"slices"
	"testing"
)

func parseHCPFixture(t *testing.T, name string) (*HostInfo, error) {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return ParseHCP(f)
}

func TestParseHCPQuickBooksPro2006(t *testing.T) {
	h, err := parseHCPFixture(t, "consolibyte2008__hcp_response_qbpro2006.xml")
	if err != nil {
		t.Fatal(err)
	}
	if h.ProductName != "QuickBooks Pro 2006" || h.MajorVersion != "16" || h.MinorVersion != "0" || h.Country != "US" ||
		h.IsAutomaticLogin || h.QBFileMode != "SingleUser" || h.CompanyName != "Test Company" {
		t.Errorf("host = %+v", h)
	}
	if !slices.Equal(h.SupportedQBXMLVersion, []string{"1.0", "1.1", "2.0", "2.1", "3.0", "4.0", "4.1", "5.0"}) {
		t.Errorf("versions = %v", h.SupportedQBXMLVersion)
	}
	if h.SupportsVersion(Version13) {
		t.Error("QB 2006 must not claim qbXML 13.0")
	}
	if h.FileID != "{ee032e95-47f7-2564-096f-2d4545fcb021}" || h.FileIDOwner != "{68b5925b-4347-4784-e58d-35a2d190962f}" || len(h.DataExt) != 2 {
		t.Errorf("FileID = %q owner %q, DataExt %v", h.FileID, h.FileIDOwner, h.DataExt)
	}
	if len(h.Statuses) != 3 || h.Statuses["PreferencesQueryRs"].Code != 0 {
		t.Errorf("statuses = %v", h.Statuses)
	}
}

func TestParseHCPQuickBooksAccountant2013(t *testing.T) {
	h, err := parseHCPFixture(t, "apotema__str_hcp_response.xml")
	if err != nil {
		t.Fatal(err)
	}
	if h.ProductName != "QuickBooks Accountant 2013" || h.MajorVersion != "23" || h.Country != "US" ||
		h.CompanyName != "Alexandre Test" || h.QBFileMode != "SingleUser" ||
		h.FileID != "{90A44FB5-33D9-4815-AC85-BC87A7E7D1EB}" || h.FileIDOwner != "{6a1c5292-39ca-413c-8666-64ab05913ca0}" {
		t.Errorf("host = %+v", h)
	}
	if n := len(h.SupportedQBXMLVersion); n != 15 || h.SupportedQBXMLVersion[n-1] != "12.0" {
		t.Errorf("versions = %v", h.SupportedQBXMLVersion)
	}
}

// The QB Pro 2014 capture was corrupted by its author's redaction; it must fail cleanly.
func TestParseHCPMalformed(t *testing.T) {
	if _, err := parseHCPFixture(t, "qbwcgem__hcp_response_qbpro2014.xml"); err == nil {
		t.Fatal("expected an error for a malformed HCP response")
	}
}
