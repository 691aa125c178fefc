package core

import (
	"fmt"

	"joblink/backend/datadir"
)

// Exit codes, documented in the README, so scripts and installers can tell failures apart.
const (
	ExitOK             = 0
	ExitFailure        = 1
	ExitUsage          = 2
	ExitDataDir        = 3
	ExitStore          = 4
	ExitPortInUse      = 5
	ExitAlreadyRunning = 6
)

// DataDirError: the data folder cannot be used.
type DataDirError struct{ Err error }

func (e *DataDirError) Error() string { return e.Err.Error() }
func (e *DataDirError) Unwrap() error { return e.Err }

// StoreError: the database cannot be opened.
type StoreError struct{ Err error }

func (e *StoreError) Error() string { return e.Err.Error() }
func (e *StoreError) Unwrap() error { return e.Err }

// ListenError: the loopback listener cannot start.
type ListenError struct{ Err error }

func (e *ListenError) Error() string { return e.Err.Error() }
func (e *ListenError) Unwrap() error { return e.Err }

// AlreadyRunningError: another Joblink holds this data folder.
type AlreadyRunningError struct {
	Layout   datadir.Layout
	Instance datadir.Instance
	Known    bool // Instance was read from the data folder
}

func (e *AlreadyRunningError) Error() string {
	if e.Known {
		return fmt.Sprintf("%s is already using the data folder %s", e.Instance.Describe(), e.Layout.Root)
	}
	return fmt.Sprintf("Another Joblink is already using the data folder %s", e.Layout.Root)
}
