package store

import (
	"errors"
	"fmt"
	"path/filepath"
)

// A database folder that is missing or empty is normal on the first start. After that it means
// the database was deleted, moved or lost (a sync tool, a clean-up, a bad restore by hand), and
// creating a new one would quietly start Joblink over: the setup wizard again, every work item,
// link and the Web Connector password gone, while the backups sit unused. So when backups
// show that a database existed, Open refuses and says how to restore or how to start over on
// purpose.

// errEarlierInstall marks an empty database folder beside backups of an earlier one.
var errEarlierInstall = errors.New("the database folder holds no database, but backups of an earlier one exist")

// defaultBackupDir is where Options.withDefaults and the data folder layout put backups: a
// "backups" folder beside the database folder. preflight, which knows only the database
// folder, looks there.
func defaultBackupDir(dbDir string) string {
	return filepath.Join(filepath.Dir(filepath.Clean(dbDir)), "backups")
}

// checkEarlierInstall is called for a folder without a MANIFEST or tables: it fails if backups
// of an earlier database exist.
func checkEarlierInstall(dbDir string) error {
	backups, err := ListBackups(defaultBackupDir(dbDir))
	if err != nil || len(backups) == 0 {
		return nil
	}
	return fmt.Errorf("%w (%d backups in %s)", errEarlierInstall, len(backups), defaultBackupDir(dbDir))
}

// missingWords are the Message and Fix of a Missing OpenError.
func missingWords(dir, backupDir string) (message, fix string) {
	if backupDir == "" {
		backupDir = defaultBackupDir(dir)
	}
	message = fmt.Sprintf("Joblink's database in %s is missing or empty, but backups of an earlier database exist in %s. Joblink did not start over, so nothing of that earlier work is lost.", dir, backupDir)
	newest := "the newest backup"
	if backups, err := ListBackups(backupDir); err == nil && len(backups) > 0 {
		newest = fmt.Sprintf("the newest backup (%s, taken %s)", backups[0].Path, backups[0].Taken.Format("Mon 2 Jan 2006 15:04"))
	}
	fix = fmt.Sprintf("If the database was moved, put it back in %s. Otherwise run `joblink restore` to put back %s. To start over with an empty database on purpose, move the folder %s somewhere else (that keeps the backups) and start Joblink again.", dir, newest, backupDir)
	return message, fix
}
