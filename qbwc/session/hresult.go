package session

import (
	"fmt"
	"strconv"
	"strings"
)

// hresultInfo is what Joblink knows about one COM error of QuickBooks' request processor
// (protocol reference §8).
type hresultInfo struct {
	message string
	fix     string
	// retry says whether asking QBWC to try to connect again can help.
	retry bool
	// wantsPath says the retry needs the company file path (QuickBooks is not running).
	wantsPath bool
}

const (
	fixOpenQuickBooks = "Start QuickBooks, open the company file, close any open QuickBooks windows or messages, and run the update again."
	fixSameUser       = "QuickBooks and the Web Connector must run as the same Windows user and both either normally or both \"as administrator\"."
)

var knownHRESULTs = map[uint32]hresultInfo{
	0x80040400: {message: "QuickBooks could not read a request Joblink sent (\"QuickBooks found an error when parsing the provided XML text stream\").",
		fix: "This is a problem in Joblink, not in your books; send Joblink's log files to support."},
	0x80040401: {message: "The Web Connector could not access QuickBooks.", fix: fixOpenQuickBooks, retry: true},
	0x80040402: {message: "QuickBooks reported an unexpected error.",
		fix: "Restart QuickBooks and run the update again; if it repeats, send support the file C:\\ProgramData\\Intuit\\QuickBooks\\qbsdklog.txt."},
	0x80040408: {message: "The Web Connector could not start QuickBooks.", fix: fixOpenQuickBooks + " " + fixSameUser, retry: true},
	0x8004040D: {message: "QuickBooks rejected the Web Connector's session ticket.", fix: "Restart the Web Connector and QuickBooks, then run the update again."},
	0x80040410: {message: "The company file is open in a different mode (single-user or multi-user) than the Web Connector asked for.",
		fix: "Close the company file and open it again in the mode you normally use, then run the update again."},
	0x80040414: {message: "A QuickBooks window or message is waiting for an answer, which blocks the Web Connector.",
		fix: "Switch to QuickBooks, answer or close every open window and message, and run the update again.", retry: true},
	0x80040416: {message: "QuickBooks is not running, and it needs to know which company file to open.", fix: fixOpenQuickBooks, retry: true, wantsPath: true},
	0x80040417: {message: "QuickBooks needs to know which company file to open.", fix: fixOpenQuickBooks, retry: true, wantsPath: true},
	0x80040418: {message: "Joblink has not been allowed into this company file yet.",
		fix: "Open the company file in QuickBooks as the Admin user in single-user mode, run the update again, and answer QuickBooks' question with \"Yes, always; allow access even if QuickBooks is not running\"."},
	0x80040420: {message: "QuickBooks refused Joblink access to the company file.",
		fix: "In QuickBooks, open Edit › Preferences › Integrated Applications › Company Preferences, select Joblink, tick \"Allow this application to access this company file\", and run the update again."},
}

// parseHRESULT reads "0x80040408", bare hex "80040408" or the signed decimal form
// "-2147220472" (how .NET prints an HRESULT as an int).
func parseHRESULT(s string) (uint32, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") {
		v, err := strconv.ParseInt(s, 10, 32)
		return uint32(v), err == nil
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	v, err := strconv.ParseUint(s, 16, 32)
	return uint32(v), err == nil
}

// lookupHRESULT returns what is known about hresult, and its canonical 0x… form.
func lookupHRESULT(hresult string) (hresultInfo, string, bool) {
	code, ok := parseHRESULT(hresult)
	if !ok {
		return hresultInfo{}, strings.TrimSpace(hresult), false
	}
	info, known := knownHRESULTs[code]
	return info, fmt.Sprintf("0x%08X", code), known
}

// hresultError describes a COM error QBWC passed on, for getLastError.
func hresultError(hresult, message string) error {
	info, code, known := lookupHRESULT(hresult)
	if !known {
		msg := strings.TrimSpace(message)
		if msg == "" {
			msg = "no description"
		}
		return &Problem{
			Message: fmt.Sprintf("QuickBooks reported error %s: %s.", code, strings.TrimSuffix(msg, ".")),
			Fix:     "Run the update again; if it repeats, send Joblink's log files to support.",
		}
	}
	return &Problem{Message: info.message + " (" + code + ")", Fix: info.fix, Err: fmt.Errorf("QuickBooks %s: %s", code, message)}
}
