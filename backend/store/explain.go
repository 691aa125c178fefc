package store

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/problem"
)

// WriteProblem explains an error from saving what (e.g. "the QuickBooks lists") in the
// bookkeeper's words, for the layers that store what QuickBooks and Procore send. Each cause
// gets its own explanation: the store's refusals (damaged database, full disk) keep theirs, a
// record too large says so (issue 12 saw a 30 MB QuickBooks field explained as "check that the
// disk is not full"), and only a real write failure mentions the disk. The technical cause is
// kept for the log without Badger's hex dump of the record.
func WriteProblem(err error, what string) *problem.Problem {
	p := &problem.Problem{Err: shortError{err}}
	var oe *OpenError
	switch size, limit, tooLarge := recordTooLarge(err); {
	case errors.As(err, &oe):
		p.Message, p.Fix = oe.Message, oe.Fix
	case tooLarge:
		p.Class = problem.FixData
		p.Message = fmt.Sprintf("Joblink could not save %s: one record is too large to store (%s; a record may hold at most %s).", what, megabytesText(size), megabytesText(limit))
		p.Meaning = "A field was sent far longer than usual, such as a whole document pasted into a note or description. Nothing of this update was saved, so nothing is half-done."
		p.Fix = "Find the record with the very long field, shorten the field, then run the update again."
	case errors.Is(err, badger.ErrTxnTooBig):
		p.Message = fmt.Sprintf("Joblink could not save %s: there was too much to save at once.", what)
		p.Fix = "Run the update again; if it keeps failing, send the log files to support."
	case errors.Is(err, syscall.ENOSPC) || strings.Contains(strings.ToLower(err.Error()), "no space left on device"):
		p.Message = fmt.Sprintf("Joblink could not save %s: the disk is full.", what)
		p.Fix = "Free some space on the disk that holds Joblink's data folder, then run the update again."
	case errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS):
		p.Message = fmt.Sprintf("Joblink could not save %s: its database cannot be written to.", what)
		p.Fix = "Check that the data folder is not read-only and that your user may change files there, then run the update again."
	default:
		p.Message = fmt.Sprintf("Joblink could not save %s to its database.", what)
		p.Fix = "Run the update again; if it keeps failing, send the log files to support."
	}
	return p
}

// Badger's words for a key or value over its limit: "Value with size 31457280 exceeded
// 16777216 limit. Value:\n<hex dump>".
var tooLargeText = regexp.MustCompile(`(?:Key|Value) with size (\d+) exceeded (\d+) limit`)

func recordTooLarge(err error) (size, limit int64, ok bool) {
	m := tooLargeText.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, 0, false
	}
	size, _ = strconv.ParseInt(m[1], 10, 64)
	limit, _ = strconv.ParseInt(m[2], 10, 64)
	return size, limit, true
}

func megabytesText(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", max(n>>10, 1))
	}
	return fmt.Sprintf("%d MB", n>>20)
}

// shortError keeps an error's chain but prints only its first line, without the hex dump of
// the record Badger appends to some errors.
type shortError struct{ err error }

func (e shortError) Error() string {
	s := e.err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimRight(s[:i], ": ")
	}
	return s
}

func (e shortError) Unwrap() error { return e.err }
