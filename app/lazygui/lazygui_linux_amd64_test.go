//go:build webkit2_41 && !legacy_appindicator

package lazygui

import (
	"os"
	"strings"
	"testing"
)

// mapped reports whether a library whose file name contains name is in this process.
func mapped(t *testing.T, name string) bool {
	t.Helper()
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Contains(string(maps), name)
}

// One test, in this order, because loading happens once per process: nothing is mapped at
// start, a first GLib call binds through the trampoline with its arguments intact, and
// afterwards WebKitGTK and GTK are in the process and Load has nothing left to do.
func TestGUILibrariesLoadOnTheFirstCall(t *testing.T) {
	if Loaded() {
		t.Fatal("loaded before any GUI call")
	}
	for _, lib := range []string{"libwebkit2gtk", "libgtk-3", "libglib-2.0", "libayatana-appindicator3"} {
		if mapped(t, lib) {
			t.Fatalf("%s is mapped before any GUI call", lib)
		}
	}
	if got := probe(); got != "lazy 7 2.5" {
		t.Fatalf("g_strdup_printf through the binder gave %q", got)
	}
	if !Loaded() {
		t.Fatal("a GUI call did not load the libraries")
	}
	for _, lib := range []string{"libwebkit2gtk-4.1", "libgtk-3", "libglib-2.0", "libayatana-appindicator3"} {
		if !mapped(t, lib) {
			t.Fatalf("%s is not mapped after the first GUI call", lib)
		}
	}
	if err := Load(); err != nil {
		t.Fatalf("Load after loading: %v", err)
	}
	if got := probe(); got != "lazy 7 2.5" {
		t.Fatalf("g_strdup_printf once bound gave %q", got)
	}
}
