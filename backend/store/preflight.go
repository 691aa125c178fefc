package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/pb"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/ristretto/v2/z"
	"google.golang.org/protobuf/proto"
)

// preflight inspects an existing Badger folder read-only before badger.Open
// touches it, because Badger v4.9.6 handles some damage badly (all seen in
// this package's tests):
//
//   - a missing or truncated MANIFEST makes Badger treat the table files as
//     leftovers and delete them, opening an empty database;
//   - a truncated or garbled .sst file makes Badger panic in one of its own
//     goroutines, which no recover() can catch and which kills the app.
//
// It returns whether the folder holds an existing database (the MANIFEST
// lists at least one table) and an error for damage that must stop the
// open; such errors are classified Corrupt. Nothing is modified.
type preflightResult struct {
	existing bool // MANIFEST lists at least one table
}

func preflight(dir string, bopt badger.Options) (res preflightResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: while checking files: %v", errPanic, r)
		}
	}()

	entries, err := os.ReadDir(dir)
	if err != nil {
		return res, fmt.Errorf("read database folder: %w", err)
	}
	ssts := map[uint64]string{}
	hasWAL := false
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasSuffix(name, ".sst"):
			if id, ok := table.ParseFileID(name); ok {
				ssts[id] = name
			}
		case strings.HasSuffix(name, ".mem"):
			hasWAL = true
		}
	}

	manifestPath := filepath.Join(dir, "MANIFEST")
	mf, err := os.Open(manifestPath)
	if errors.Is(err, os.ErrNotExist) {
		if len(ssts) > 0 {
			return res, fmt.Errorf("MANIFEST is missing but %d table files exist (Badger would delete them)", len(ssts))
		}
		// New database, unless backups show one existed (see missing.go).
		return res, checkEarlierInstall(dir)
	}
	if err != nil {
		return res, fmt.Errorf("open MANIFEST: %w", err)
	}
	defer mf.Close()
	fi, err := mf.Stat()
	if err != nil {
		return res, fmt.Errorf("stat MANIFEST: %w", err)
	}
	manifest, validLen, err := badger.ReplayManifestFile(mf, bopt.ExternalMagicVersion, bopt)
	if err != nil {
		return res, fmt.Errorf("read MANIFEST: %w", err)
	}
	torn := validLen < fi.Size()
	res.existing = len(manifest.Tables) > 0

	mentioned, maxMentioned := manifestMentions(manifestPath)
	for id, name := range ssts {
		if _, ok := manifest.Tables[id]; ok {
			continue
		}
		switch {
		case mentioned[id]:
			// Created and later deleted by a compaction; the file
			// removal did not happen (crash). Badger removes it.
		case id > maxMentioned && (!torn || hasWAL):
			// Written by a flush or compaction that crashed before it
			// was recorded; the data is still in the WAL or in the
			// compaction's input tables. Badger removes it.
		default:
			return res, fmt.Errorf("MANIFEST is damaged: table file %s is not listed in it (Badger would delete it)", name)
		}
	}

	for id, tm := range manifest.Tables {
		if err := checkTable(dir, id, tm, bopt); err != nil {
			return res, err
		}
	}
	return res, nil
}

// manifestMentions returns every table ID that appears in a CREATE or
// DELETE record of the readable part of the MANIFEST, and the largest.
// ReplayManifestFile has already validated the file; this only collects
// what it does not return.
func manifestMentions(path string) (map[uint64]bool, uint64) {
	mentioned := map[uint64]bool{}
	var maxID uint64
	f, err := os.Open(path)
	if err != nil {
		return mentioned, 0
	}
	defer f.Close()
	r := bufio.NewReader(f)
	if _, err := r.Discard(8); err != nil { // magic + versions
		return mentioned, 0
	}
	for {
		var hdr [8]byte
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			break
		}
		n := binary.BigEndian.Uint32(hdr[0:4])
		if n > 64<<20 {
			break
		}
		buf := make([]byte, n)
		if _, err := io.ReadFull(r, buf); err != nil {
			break
		}
		if crc32.Checksum(buf, crc32.MakeTable(crc32.Castagnoli)) != binary.BigEndian.Uint32(hdr[4:8]) {
			break
		}
		var cs pb.ManifestChangeSet
		if err := proto.Unmarshal(buf, &cs); err != nil {
			break
		}
		for _, c := range cs.Changes {
			mentioned[c.Id] = true
			maxID = max(maxID, c.Id)
		}
	}
	return mentioned, maxID
}

// checkTable opens one table read-only the way Badger does, so that damage
// which would make Badger panic in a background goroutine is found here,
// where the panic can be recovered.
func checkTable(dir string, id uint64, tm badger.TableManifest, bopt badger.Options) (err error) {
	if tm.KeyID != 0 {
		return nil // encrypted tables are not used by Joblink; leave them to Badger
	}
	name := table.NewFilename(id, dir)
	if _, err := os.Stat(name); err != nil {
		return fmt.Errorf("table %s listed in MANIFEST: %w", filepath.Base(name), err)
	}
	mf, err := z.OpenMmapFile(name, os.O_RDONLY, 0)
	if err != nil {
		return fmt.Errorf("open table %s: %w", filepath.Base(name), err)
	}
	closed := false
	closeMF := func() {
		if !closed {
			closed = true
			_ = mf.Close(-1)
		}
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: table %s is damaged: %v", errPanic, filepath.Base(name), firstLine(r))
		}
		closeMF()
	}()
	_, err = table.OpenTable(mf, table.Options{
		ReadOnly:           true,
		BlockSize:          bopt.BlockSize,
		BloomFalsePositive: bopt.BloomFalsePositive,
		// Every block's checksum, at open: Badger itself checks a block only when it is
		// read, and an iterator meeting a damaged block just ends, so damage would show as
		// missing items. This reads each table once per start.
		ChkMode:     options.OnTableRead,
		Compression: tm.Compression,
	})
	if err != nil {
		return fmt.Errorf("table %s is damaged: %w", filepath.Base(name), err)
	}
	return nil
}

func firstLine(v any) string {
	s := fmt.Sprint(v)
	if i := strings.IndexByte(strings.TrimSpace(s), '\n'); i >= 0 {
		return strings.TrimSpace(s)[:i]
	}
	return s
}
