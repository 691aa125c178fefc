package qwc

import (
	"encoding/xml"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"joblink/qbwc/soap"
)

// OwnerID identifies Joblink to QuickBooks. Intuit: "one GUID per application only and not per
// application version or per QWC file", so it never changes. QBWC stores the FileID as a data
// extension under this owner on the company file.
const OwnerID = "{6C1E3A52-9D4B-4F0E-8A27-3B5D7C19E4F6}"

// Schedule limits. QBWC's own UI goes down to one minute; seconds are allowed (shown as
// "Real Time"), but each run opens a QuickBooks session, so very short intervals are refused.
const (
	MinRunEvery = 10 * time.Second
	MaxRunEvery = 7 * 24 * time.Hour
)

// Config is what goes into the file.
type Config struct {
	AppName        string // shown in QBWC and in QuickBooks' access prompt; required
	AppID          string // may be empty
	AppDescription string // Intuit recommends at most 80 characters
	Port           int    // Joblink's localhost port; required
	UserName       string // the Web Connector user name; required
	FileID         string // this install's FileID (see EnsureFileID); required
	// RunEvery is the Auto-Run interval QBWC proposes: whole minutes are written as
	// RunEveryNMinutes, anything else as RunEveryNSeconds. Zero leaves the Scheduler out.
	RunEvery time.Duration
}

// file is the QBWCXML document, in the element order of Intuit's samples.
type file struct {
	XMLName        xml.Name   `xml:"QBWCXML"`
	AppName        string     `xml:"AppName"`
	AppID          string     `xml:"AppID"`
	AppURL         string     `xml:"AppURL"`
	AppDescription string     `xml:"AppDescription"`
	AppSupport     string     `xml:"AppSupport"`
	UserName       string     `xml:"UserName"`
	OwnerID        string     `xml:"OwnerID"`
	FileID         string     `xml:"FileID"`
	QBType         string     `xml:"QBType"`
	Scheduler      *scheduler `xml:"Scheduler,omitempty"`
	IsReadOnly     bool       `xml:"IsReadOnly"`
	// Style Document is the default and what Intuit's samples use; qbwc/soap reads every
	// style anyway.
	Style string `xml:"Style"`
}

type scheduler struct {
	RunEveryNMinutes int `xml:"RunEveryNMinutes,omitempty"`
	RunEveryNSeconds int `xml:"RunEveryNSeconds,omitempty"`
}

var guidPattern = regexp.MustCompile(`^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$`)

// Generate returns the .qwc file for cfg. All values are XML-escaped; the URLs use the host
// name localhost, because QBWC refuses IP addresses (QBWC1001/1002) and allows plain http only
// for localhost (QBWC1010).
func Generate(cfg Config) ([]byte, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	base := "http://localhost:" + strconv.Itoa(cfg.Port)
	f := file{
		AppName:        cfg.AppName,
		AppID:          cfg.AppID,
		AppURL:         base + soap.EndpointPath,
		AppDescription: cfg.AppDescription,
		AppSupport:     base + soap.SupportPath,
		UserName:       cfg.UserName,
		OwnerID:        OwnerID,
		FileID:         strings.ToUpper(cfg.FileID),
		QBType:         "QBFS",
		IsReadOnly:     false, // Joblink writes vendors, bills and commitments
		Style:          "Document",
	}
	if cfg.RunEvery > 0 {
		if cfg.RunEvery%time.Minute == 0 {
			f.Scheduler = &scheduler{RunEveryNMinutes: int(cfg.RunEvery / time.Minute)}
		} else {
			f.Scheduler = &scheduler{RunEveryNSeconds: int(cfg.RunEvery / time.Second)}
		}
	}
	body, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("write .qwc file: %w", err)
	}
	out := append([]byte(`<?xml version="1.0" encoding="utf-8"?>`+"\n"), body...)
	return append(out, '\n'), nil
}

func (cfg Config) validate() error {
	var errs []error
	if strings.TrimSpace(cfg.AppName) == "" {
		errs = append(errs, errors.New("AppName is empty"))
	}
	if strings.TrimSpace(cfg.UserName) == "" {
		errs = append(errs, errors.New("UserName is empty"))
	}
	if cfg.Port < 1 || cfg.Port > 65535 {
		errs = append(errs, fmt.Errorf("port %d is not between 1 and 65535", cfg.Port))
	}
	if !guidPattern.MatchString(strings.ToUpper(cfg.FileID)) {
		errs = append(errs, fmt.Errorf("FileID %q is not a {8-4-4-4-12} GUID", cfg.FileID))
	}
	if cfg.RunEvery != 0 {
		switch {
		case cfg.RunEvery%time.Second != 0:
			errs = append(errs, fmt.Errorf("run interval %v is not whole seconds", cfg.RunEvery))
		case cfg.RunEvery < MinRunEvery || cfg.RunEvery > MaxRunEvery:
			errs = append(errs, fmt.Errorf("run interval %v is outside %v–%v", cfg.RunEvery, MinRunEvery, MaxRunEvery))
		}
	}
	for name, v := range map[string]string{"AppName": cfg.AppName, "AppID": cfg.AppID, "AppDescription": cfg.AppDescription, "UserName": cfg.UserName} {
		if strings.ContainsFunc(v, func(r rune) bool { return r < 0x20 && r != '\t' }) {
			errs = append(errs, fmt.Errorf("%s contains control characters", name))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("invalid .qwc settings: %w", err)
	}
	return nil
}
