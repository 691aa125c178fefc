//go:build !(linux && amd64 && webkit2_41 && !legacy_appindicator)

package lazygui

import "testing"

// A build that links the libraries the ordinary way has them from the start.
func TestOrdinaryBuildHasTheLibrariesFromTheStart(t *testing.T) {
	if Lazy || !Loaded() || Load() != nil {
		t.Fatalf("Lazy %v, Loaded %v, Load %v", Lazy, Loaded(), Load())
	}
}
