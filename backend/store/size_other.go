//go:build !unix

package store

import "io/fs"

// diskSize is the file's apparent size (on Windows the preallocated value
// log is reported to occupy real disk space, so this is honest there).
func diskSize(info fs.FileInfo) int64 { return info.Size() }
