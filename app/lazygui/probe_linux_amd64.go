//go:build webkit2_41 && !legacy_appindicator

package lazygui

/*
#include <stdlib.h>
char *g_strdup_printf(const char *format, ...);
void g_free(void *p);

// A variadic call with a string, an int and a double: through the binder on a first call,
// it proves the general-purpose, %rax and %xmm argument registers all reach the real function.
static char *joblink_gui_probe(void) { return g_strdup_printf("%s %d %.1f", "lazy", 7, 2.5); }
*/
import "C"

import "unsafe"

// probe formats a string with GLib through the trampolines (for the package's tests; a cgo
// call cannot live in a _test.go file).
func probe() string {
	s := C.joblink_gui_probe()
	defer C.g_free(unsafe.Pointer(s))
	return C.GoString(s)
}
