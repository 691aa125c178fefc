package webconnector

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"
)

// Config is what QBWC knows about one application: the .qwc file plus the
// password the user typed into QBWC and the QuickBooks it runs against.
type Config struct {
	AppName     string
	AppURL      string // SOAP endpoint
	UserName    string
	Password    string // typed into QBWC, never in the .qwc
	OwnerID     string // the HCP CompanyQuery asks for this owner's DataExt
	FileID      string
	RunEvery    time.Duration // Scheduler RunEveryNMinutes/Seconds; 0 = manual only
	Version     string        // strVersion sent in clientVersion
	CompanyFile string        // path QBWC reports when authenticate says ""
	Country     string        // qbXMLCountry
	QBXMLMajor  int
	QBXMLMinor  int
	// CallTimeout bounds each SOAP call (QBWC's HTTP timeout; unpublished).
	CallTimeout time.Duration
	// NoOpPause is how long QBWC waits after getLastError says "NoOp"
	// (about 5 s in QBWC; tests shorten it).
	NoOpPause time.Duration
	// MaxNoOps stops a run that only ever answers NoOp.
	MaxNoOps int
	// ConnectionRetries is how many times QBWC retries opening QuickBooks
	// with the path connectionError returns before giving up.
	ConnectionRetries int
	Logger            zerolog.Logger
}

// withDefaults fills what QBWC 2.x would use.
func (c Config) withDefaults() Config {
	if c.Version == "" {
		c.Version = "2.3.0.215"
	}
	if c.Country == "" {
		c.Country = "US"
	}
	if c.QBXMLMajor == 0 {
		c.QBXMLMajor, c.QBXMLMinor = 13, 0
	}
	if c.NoOpPause == 0 {
		c.NoOpPause = 5 * time.Second
	}
	if c.MaxNoOps == 0 {
		c.MaxNoOps = 10
	}
	if c.ConnectionRetries == 0 {
		c.ConnectionRetries = 1
	}
	return c
}

// qwcFile mirrors the .qwc elements QBWC reads (PG09 Table 4-1).
type qwcFile struct {
	AppName   string `xml:"AppName"`
	AppURL    string `xml:"AppURL"`
	UserName  string `xml:"UserName"`
	OwnerID   string `xml:"OwnerID"`
	FileID    string `xml:"FileID"`
	Scheduler struct {
		Minutes string `xml:"RunEveryNMinutes"`
		Seconds string `xml:"RunEveryNSeconds"`
	} `xml:"Scheduler"`
}

// ParseQWC reads a .qwc file into a Config (password not included).
func ParseQWC(r io.Reader) (Config, error) {
	var q qwcFile
	if err := xml.NewDecoder(r).Decode(&q); err != nil {
		return Config{}, fmt.Errorf("parse .qwc: %w", err)
	}
	if q.AppURL == "" || q.UserName == "" {
		return Config{}, fmt.Errorf("parse .qwc: AppURL and UserName are required")
	}
	c := Config{AppName: q.AppName, AppURL: strings.TrimSpace(q.AppURL), UserName: q.UserName, OwnerID: q.OwnerID, FileID: q.FileID}
	if m := strings.TrimSpace(q.Scheduler.Minutes); m != "" {
		n, err := strconv.Atoi(m)
		if err != nil {
			return Config{}, fmt.Errorf("parse .qwc RunEveryNMinutes %q: %w", m, err)
		}
		c.RunEvery = time.Duration(n) * time.Minute
	} else if s := strings.TrimSpace(q.Scheduler.Seconds); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return Config{}, fmt.Errorf("parse .qwc RunEveryNSeconds %q: %w", s, err)
		}
		c.RunEvery = time.Duration(n) * time.Second
	}
	return c, nil
}
