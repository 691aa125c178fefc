//go:build unix

package store

import (
	"io/fs"
	"syscall"
)

// diskSize is the smaller of a file's apparent size and the blocks
// allocated to it (preallocated mmapped files are sparse on Unix).
func diskSize(info fs.FileInfo) int64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		if alloc := int64(st.Blocks) * 512; alloc < info.Size() {
			return alloc
		}
	}
	return info.Size()
}
