package store

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"
)

// ErrorKind says why the database could not be opened.
type ErrorKind int

// The kinds of OpenError.
const (
	Other       ErrorKind = iota // anything not covered below
	Locked                       // another process holds the database
	Corrupt                      // files are damaged or half-written
	ReadOnly                     // no permission to write, or a read-only file system
	NotAFolder                   // Dir exists but is not a folder
	NewerSchema                  // written by a newer Joblink
	Missing                      // the database folder is missing or empty, but backups of an earlier one exist
	DiskFull                     // too little free space to write safely
)

func (k ErrorKind) String() string {
	switch k {
	case Locked:
		return "locked"
	case Corrupt:
		return "corrupt"
	case ReadOnly:
		return "read-only"
	case NotAFolder:
		return "not-a-folder"
	case NewerSchema:
		return "newer-schema"
	case Missing:
		return "missing"
	case DiskFull:
		return "disk-full"
	default:
		return "other"
	}
}

// OpenError is returned by Open (and Restore) when the database cannot be
// used. Message says what is wrong and Fix what the user can do about it;
// both are complete sentences meant to be shown to a bookkeeper as they are.
type OpenError struct {
	Kind    ErrorKind
	Path    string // the database folder
	Message string
	Fix     string
	Err     error // the underlying cause, if any
}

// Error returns Message, Fix and the technical cause in one line.
func (e *OpenError) Error() string {
	var b strings.Builder
	b.WriteString(e.Message)
	if e.Fix != "" {
		b.WriteString(" ")
		b.WriteString(e.Fix)
	}
	if e.Err != nil {
		b.WriteString(" (cause: ")
		b.WriteString(e.Err.Error())
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns the underlying cause.
func (e *OpenError) Unwrap() error { return e.Err }

// KindOf returns the Kind of the first *OpenError in err's chain, or Other.
func KindOf(err error) ErrorKind {
	var oe *OpenError
	if errors.As(err, &oe) {
		return oe.Kind
	}
	return Other
}

// errPanic marks an error made from a panic inside badger.Open.
var errPanic = errors.New("badger panicked while opening the database")

// classifyOpenError decides which ErrorKind an error from opening the
// database belongs to. Badger flattens most causes into strings
// (y.Wrapf uses %+v), so the checks look at both the error chain and the
// text.
func classifyOpenError(err error) ErrorKind {
	if err == nil {
		return Other
	}
	var oe *OpenError
	if errors.As(err, &oe) {
		return oe.Kind
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "another process is using this badger database"):
		return Locked
	case errors.Is(err, syscall.ENOTDIR) || strings.Contains(msg, "not a directory"):
		return NotAFolder
	case errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) ||
		errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EPERM) ||
		containsAny(msg, "permission denied", "operation not permitted",
			"read-only file system", "access is denied"):
		return ReadOnly
	case errors.Is(err, errEarlierInstall):
		return Missing
	case errors.Is(err, syscall.ENOSPC) || strings.Contains(msg, "no space left on device"):
		return DiskFull
	case errors.Is(err, errPanic) || isCorruptText(msg):
		return Corrupt
	}
	return Other
}

// corruptHints are fragments of Badger (and io) error texts that mean the
// files on disk are damaged or half-written.
var corruptHints = []string{
	"manifest", // bad magic, checksum mismatch, invalid op, unsupported version, deleted table
	"checksum",
	"bad magic",
	"magic number",
	"unexpected eof",
	"corrupt",
	"damaged",
	"truncate",
	"invalid table",
	"failed to read",
	"while opening table",
	"while opening memtable",
	"unable to replay",
	"index out of range",
	"slice bounds out of range",
	"proto:",
	"unmarshal",
	"decompress",
	"zstd",
	"snappy",
	// A cut or overwritten KEYREGISTRY ("Error while reading sanity text", "... IV for key
	// registry", "Encryption key mismatch"): Joblink does not encrypt, so these only mean damage.
	"sanity text",
	"key registry",
	"encryption key mismatch",
}

func isCorruptText(msg string) bool { return containsAny(msg, corruptHints...) }

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// newOpenError builds the user-facing error for kind. backupDir is used to
// point at the newest backup when the database is damaged.
func newOpenError(kind ErrorKind, dir, backupDir string, describeHolder func() string, err error) *OpenError {
	e := &OpenError{Kind: kind, Path: dir, Err: err}
	switch kind {
	case Locked:
		holder := "another program"
		if describeHolder != nil {
			if h := strings.TrimSpace(describeHolder()); h != "" {
				holder = h
			}
		}
		e.Message = fmt.Sprintf("The Joblink database in %s is in use by %s.", dir, holder)
		e.Fix = "Close the other Joblink (tray icon → Quit) and start Joblink again."
	case Corrupt:
		e.Message = fmt.Sprintf("The Joblink database in %s is damaged and cannot be opened. Nothing has been deleted.", dir)
		e.Fix = corruptFix(dir, backupDir)
	case ReadOnly:
		e.Message = fmt.Sprintf("Joblink cannot write to %s.", dir)
		e.Fix = "Check that the folder is not read-only, that the disk is not full or write-protected, and that your Windows user may change files there; then start Joblink again."
	case NotAFolder:
		e.Message = fmt.Sprintf("Joblink expected a folder at %s, but found a file.", dir)
		e.Fix = "Rename or move that file away (do not delete it if you are unsure what it is) and start Joblink again."
	case NewerSchema:
		// Message and Fix are filled in by the schema check.
	case Missing:
		e.Message, e.Fix = missingWords(dir, backupDir)
	case DiskFull:
		e.Message = fmt.Sprintf("The disk holding Joblink's database in %s is full, so the database could not be opened. Nothing was lost.", dir)
		e.Fix = "Free some space on that disk (empty the Recycle Bin, move or delete large files you no longer need), then start Joblink again."
	default:
		e.Message = fmt.Sprintf("Joblink could not open its database in %s.", dir)
		e.Fix = "Start Joblink again; if this keeps happening, send the log files to support."
	}
	return e
}

// corruptFix names the newest backup, if there is one.
func corruptFix(dir, backupDir string) string {
	backups, err := ListBackups(backupDir)
	if err != nil || len(backups) == 0 {
		return fmt.Sprintf("No backup was found in %s. Keep the folder %s exactly as it is and contact support.", backupDir, dir)
	}
	b := backups[0]
	return fmt.Sprintf("The newest backup is %s, taken %s. Run `joblink restore` to put it back; the damaged database will be kept beside it, not deleted.",
		b.Path, b.Taken.Format("Mon 2 Jan 2006 15:04"))
}
