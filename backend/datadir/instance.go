package datadir

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

// Instance describes the running Joblink that holds a data folder, so that a second launch can
// find it (to show its window or ask it to quit) and error messages can name it.
type Instance struct {
	PID       int       `json:"pid"`
	Mode      string    `json:"mode"` // "tray" or "headless"
	URL       string    `json:"url"`  // the loopback listener, e.g. http://127.0.0.1:41740/
	Version   string    `json:"version"`
	StartedAt time.Time `json:"startedAt"`
}

// Describe names the instance in words for messages.
func (in Instance) Describe() string {
	mode := "in the system tray"
	if in.Mode == "headless" {
		mode = "without a window (headless)"
	}
	return fmt.Sprintf("Joblink %s (process %d, running %s since %s)", in.Version, in.PID, mode,
		in.StartedAt.Local().Format("2 Jan 15:04"))
}

// WriteInstance records the running instance atomically (temp file + rename).
func WriteInstance(l Layout, in Instance) error {
	b, err := json.MarshalIndent(in, "", "  ")
	if err != nil {
		return err
	}
	return WriteFileAtomic(l.InstanceFile(), b, 0o600)
}

// ReadInstance returns the instance recorded in the data folder.
func ReadInstance(l Layout) (Instance, error) {
	var in Instance
	b, err := os.ReadFile(l.InstanceFile())
	if err != nil {
		return in, err
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return in, fmt.Errorf("read %s: %w", l.InstanceFile(), err)
	}
	return in, nil
}

// RemoveInstance forgets the running instance (on a clean exit).
func RemoveInstance(l Layout) { _ = os.Remove(l.InstanceFile()) }
