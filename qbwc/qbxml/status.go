package qbxml

import (
	"fmt"
	"strings"
)

// Status is the statusCode/statusSeverity/statusMessage of one response.
type Status struct {
	Code     int
	Severity string // Info, Warn or Error
	Message  string // QuickBooks' own text, often naming the record or field
}

// Class is what the sync engine should do about a status (qbxml.md §8).
type Class int

const (
	ClassOK           Class = iota // 0: done
	ClassNoMatch                   // 1: query found nothing; not an error
	ClassInfo                      // 2–499: informational, data returned
	ClassWarning                   // 500–999: data returned but may be incomplete; log and continue
	ClassFixData                   // permanent until the data or request changes; show the user
	ClassRetryLater                // transient (record open in QuickBooks, locks); retry next session
	ClassReread                    // re-read ListID/EditSequence/iterator, then retry once
	ClassNotSupported              // feature off, wrong edition or no permission; skip it
	ClassError                     // any other error
)

func (c Class) String() string {
	switch c {
	case ClassOK:
		return "OK"
	case ClassNoMatch:
		return "NoMatch"
	case ClassInfo:
		return "Info"
	case ClassWarning:
		return "Warning"
	case ClassFixData:
		return "FixData"
	case ClassRetryLater:
		return "RetryLater"
	case ClassReread:
		return "Reread"
	case ClassNotSupported:
		return "NotSupported"
	case ClassError:
		return "Error"
	}
	return fmt.Sprintf("Class(%d)", int(c))
}

// Outcome is a status explained for a bookkeeper: what it means for them and how to fix it.
type Outcome struct {
	Status
	Class       Class
	Explanation string // plain-language meaning
	Fix         string // what to do; empty when nothing needs doing
}

// IsError reports whether the request failed (statusSeverity Error, or a code of 1000 or more).
func (s Status) IsError() bool { return s.Severity == "Error" || s.Code >= 1000 }

// Explain classifies s (qbxml.md §8).
func (s Status) Explain() Outcome {
	o := Outcome{Status: s}
	if e, ok := knownStatuses[s.Code]; ok {
		o.Class, o.Explanation, o.Fix = e.class, e.explanation, e.fix
		// 3170–3180 are only worth retrying when QuickBooks says another user or window holds
		// the record; other save failures need a person to look (CPHP Errors.php).
		if o.Class == ClassRetryLater && s.Code >= 3170 && s.Code <= 3180 && !isLockMessage(s.Message) {
			o.Class = ClassFixData
			o.Fix = "Read QuickBooks' message below; if it names a record that is open in QuickBooks, close it and sync again."
		}
		return o
	}
	switch {
	case s.Code < 0:
		o.Class, o.Explanation = ClassError, "QuickBooks returned an unknown status."
	case s.Code < 500:
		o.Class, o.Explanation = ClassInfo, "QuickBooks processed the request and added a note."
	case s.Code < 1000:
		o.Class, o.Explanation = ClassWarning, "QuickBooks processed the request but some data may be missing."
		o.Fix = "Check QuickBooks' message; usually nothing to do."
	case s.Code >= 2000 && s.Code < 3000:
		o.Class, o.Explanation = ClassNotSupported, "This request is not supported by this QuickBooks edition or version."
		o.Fix = "Update QuickBooks or turn off the Joblink feature that needs it."
	case s.Code >= 3000 && s.Code < 3100:
		o.Class, o.Explanation = ClassFixData, "QuickBooks rejected a value in the data Joblink sent."
		o.Fix = "Correct the value QuickBooks names in its message, then sync again."
	default:
		o.Class, o.Explanation = ClassError, "QuickBooks could not process the request."
		o.Fix = "Read QuickBooks' message; if it persists, contact Joblink support."
	}
	return o
}

func isLockMessage(msg string) bool {
	m := strings.ToLower(msg)
	for _, s := range []string{"modified by another user", "could not be locked", "failed to acquire the lock", "is in use"} {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}

type statusInfo struct {
	class       Class
	explanation string
	fix         string
}

// knownStatuses are the codes qbxml.md §8 documents, with its sources; anything else falls
// back to the code ranges in Explain.
var knownStatuses = map[int]statusInfo{
	0: {ClassOK, "Done.", ""},
	1: {ClassNoMatch, "QuickBooks found no matching records.", ""},
	500: {ClassWarning, "Some of the requested records could not be found in QuickBooks.",
		"Nothing to do unless you expected them; they may have been deleted in QuickBooks."},
	530:  {ClassWarning, "QuickBooks ignored a field this version does not support.", ""},
	570:  {ClassWarning, "QuickBooks could not link to a closed transaction.", "Reopen the transaction in QuickBooks if the link matters."},
	1000: {ClassRetryLater, "QuickBooks had an internal error.", "Joblink will retry in the next sync; restart QuickBooks if it keeps happening."},
	1010: {ClassRetryLater, "QuickBooks was not available.", "Joblink will retry in the next sync."},
	1060: {ClassFixData, "Joblink sent an invalid request ID.", "This is a Joblink bug; contact support."},
	// 3000 and 3120 are FixData per Joblink's brief; qbxml.md §8 suggests re-reading the
	// reference first, which the sync engine may still do before surfacing them.
	3000: {ClassFixData, "The record Joblink referred to has an ID QuickBooks does not recognise.",
		"If the record was deleted in QuickBooks, re-create it or re-link it in Joblink, then sync again."},
	3070: {ClassFixData, "A text is longer than QuickBooks allows for that field.", "Shorten the value QuickBooks names, then sync again."},
	3090: {ClassFixData, "A name contains a character QuickBooks does not allow (for example a colon).", "Rename it without the character, then sync again."},
	3100: {ClassFixData, "The name is already used by another customer, vendor, employee or other name in QuickBooks.",
		"Link Joblink to the existing QuickBooks record, or rename one of them so names are unique."},
	3120: {ClassFixData, "A record Joblink referred to cannot be found; it may have been deleted or re-created in QuickBooks.",
		"Re-link the record in Joblink (or restore it in QuickBooks), then sync again."},
	3140: {ClassFixData, "The data refers to a QuickBooks record (customer, vendor, item, account …) that does not exist.",
		"Create the record QuickBooks names, or correct the mapping in Joblink, then sync again."},
	3150: {ClassFixData, "A required field was missing.", "Fill in the field QuickBooks names, then sync again."},
	3170: {ClassRetryLater, "QuickBooks could not save the record because it is in use.", "Close the record in QuickBooks; Joblink will retry."},
	3171: {ClassFixData, "The transaction date is on or before the company's closing date.", "Change the date, or ask the accountant to move the closing date."},
	3175: {ClassRetryLater, "QuickBooks could not lock the record because someone else is using it.", "Close the record in QuickBooks; Joblink will retry."},
	3176: {ClassRetryLater, "QuickBooks could not lock the record because someone else is using it.", "Close the record in QuickBooks; Joblink will retry."},
	3180: {ClassRetryLater, "QuickBooks could not save the list because another user modified it.", "Joblink will retry in the next sync."},
	3200: {ClassReread, "The record changed in QuickBooks since Joblink last read it.", "Joblink will re-read it and apply the change again."},
	3210: {ClassFixData, "QuickBooks rejected a value (for example paying more than the amount due).", "Correct the value QuickBooks names, then sync again."},
	3231: {ClassRetryLater, "QuickBooks skipped this request because an earlier request in the same batch failed.", "Fix the earlier error; this one will be retried."},
	3250: {ClassNotSupported, "This feature is not turned on or not available in this QuickBooks edition.", "Turn the feature on in QuickBooks preferences, or turn off the Joblink feature that needs it."},
	3260: {ClassNotSupported, "The QuickBooks user Joblink runs as does not have permission for this.", "In QuickBooks, give the Joblink integration the needed access (Edit > Preferences > Integrated Applications)."},
	3261: {ClassNotSupported, "Joblink is not allowed to access this kind of data in QuickBooks.", "In QuickBooks, allow Joblink access to personal data (Edit > Preferences > Integrated Applications)."},
	3290: {ClassFixData, "Joblink sent fields in the wrong order.", "This is a Joblink bug; contact support."},
	3391: {ClassReread, "A paged query expired (QuickBooks forgets paging between sessions).", "Joblink will restart the query."},
}
