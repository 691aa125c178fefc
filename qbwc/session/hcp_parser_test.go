package session

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// parseHCPForTest stands in for the qbXML codec's HCP parser (being written elsewhere): it
// pulls the HostFacts fields out of a HostQueryRs/CompanyQueryRs response with encoding/xml.
func parseHCPForTest(hcp string) (HostFacts, error) {
	var doc struct {
		Host struct {
			ProductName      string   `xml:"ProductName"`
			Major            string   `xml:"MajorVersion"`
			Minor            string   `xml:"MinorVersion"`
			Country          string   `xml:"Country"`
			Supported        []string `xml:"SupportedQBXMLVersion"`
			IsAutomaticLogin bool     `xml:"IsAutomaticLogin"`
			FileMode         string   `xml:"QBFileMode"`
		} `xml:"QBXMLMsgsRs>HostQueryRs>HostRet"`
		Company struct {
			Name    string `xml:"CompanyName"`
			DataExt []struct {
				OwnerID string `xml:"OwnerID"`
				Name    string `xml:"DataExtName"`
				Value   string `xml:"DataExtValue"`
			} `xml:"DataExtRet"`
		} `xml:"QBXMLMsgsRs>CompanyQueryRs>CompanyRet"`
	}
	dec := xml.NewDecoder(bytes.NewReader([]byte(hcp)))
	if err := dec.Decode(&doc); err != nil {
		return HostFacts{}, fmt.Errorf("HCP response: %w", err)
	}
	if doc.Host.ProductName == "" {
		return HostFacts{}, fmt.Errorf("HCP response has no HostRet")
	}
	major, err := strconv.Atoi(strings.TrimSpace(doc.Host.Major))
	if err != nil {
		return HostFacts{}, fmt.Errorf("HostRet MajorVersion %q: %w", doc.Host.Major, err)
	}
	minor, _ := strconv.Atoi(strings.TrimSpace(doc.Host.Minor))
	f := HostFacts{
		ProductName: doc.Host.ProductName, Major: major, Minor: minor, Country: doc.Host.Country,
		SupportedQBXMLVersions: doc.Host.Supported, IsAutomaticLogin: doc.Host.IsAutomaticLogin,
		FileMode: doc.Host.FileMode, CompanyName: doc.Company.Name, FileIDs: map[string]string{},
	}
	for _, d := range doc.Company.DataExt {
		if d.Name == "FileID" {
			f.FileIDs[d.OwnerID] = d.Value
		}
	}
	return f, nil
}
