package qbxml

import (
	"fmt"
	"io"
)

// HostInfo is what the Web Connector tells Joblink about QuickBooks and the open company file
// in the first sendRequestXML of a session (strHCPResponse).
type HostInfo struct {
	ProductName           string // e.g. "QuickBooks Pro 2014"
	MajorVersion          string // QuickBooks' internal major version (year − 1990)
	MinorVersion          string
	Country               string   // US, CA or UK: decides which qbXML fields exist
	SupportedQBXMLVersion []string // e.g. "1.0" … "13.0"
	IsAutomaticLogin      bool
	QBFileMode            string // SingleUser or MultiUser
	CompanyName           string
	// CompanyFilePath is not part of the HCP response (qbXML has no such field); the Web
	// Connector sends it separately as strCompanyFileName. It is here so callers can keep the
	// whole picture in one place.
	CompanyFilePath string
	// FileID is the value of the "FileID" DataExt on the company, which identifies the company
	// file across renames and moves; FileIDOwner is the OwnerID it was stored under.
	FileID      string
	FileIDOwner string
	// DataExt holds every company DataExt returned, FileID included.
	DataExt []DataExtRet
	// Statuses holds each of the three responses' status, keyed by response element, so a
	// failed CompanyQuery (e.g. permissions) is visible.
	Statuses map[string]Status
}

// fileIDDataExtName is the DataExt name the Web Connector's FileID convention uses.
const fileIDDataExtName = "FileID"

// ParseHCP reads the HCP response (HostQueryRs, CompanyQueryRs, PreferencesQueryRs). It fails
// if the document has no HostRet, since without it Joblink cannot tell which qbXML to speak.
func ParseHCP(r io.Reader) (*HostInfo, error) {
	info := &HostInfo{Statuses: map[string]Status{}}
	sawHost := false
	err := ParseResponses(r, func(resp *Response) error {
		info.Statuses[resp.Name] = resp.Status
		for _, ret := range resp.Rets {
			switch v := ret.(type) {
			case *HostRet:
				sawHost = true
				info.ProductName = v.ProductName
				info.MajorVersion = v.MajorVersion
				info.MinorVersion = v.MinorVersion
				info.Country = v.Country
				info.SupportedQBXMLVersion = v.SupportedQBXMLVersion
				info.IsAutomaticLogin = v.IsAutomaticLogin
				info.QBFileMode = v.QBFileMode
			case *CompanyRet:
				info.CompanyName = v.CompanyName
				info.DataExt = v.DataExtRet
				for _, de := range v.DataExtRet {
					if de.DataExtName == fileIDDataExtName {
						info.FileID, info.FileIDOwner = de.DataExtValue, de.OwnerID
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("qbxml: parsing HCP response: %w", err)
	}
	if !sawHost {
		return nil, fmt.Errorf("qbxml: HCP response has no HostRet")
	}
	return info, nil
}

// SupportsVersion reports whether QuickBooks listed v among its supported qbXML versions.
func (h *HostInfo) SupportsVersion(v Version) bool {
	for _, s := range h.SupportedQBXMLVersion {
		if s == string(v) {
			return true
		}
	}
	return false
}
