//go:build webkit2_41 && !legacy_appindicator

// Loads the GUI libraries on the first call into any of them and points every trampoline
// (stubs_linux_amd64.S) at the real function.

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HIDDEN __attribute__((visibility("hidden")))

struct joblink_gui_entry {
	void **slot;
	const char *name;
};

extern struct joblink_gui_entry joblink_gui_table[] HIDDEN;
extern struct joblink_gui_entry joblink_gui_table_end[] HIDDEN;

// WebKitGTK brings GTK, GDK, GLib, GObject, GIO, libsoup and JavaScriptCore as its own
// dependencies; dlsym on its handle searches them too. The indicator library is separate.
static const char *const libraries[] = {
	"libwebkit2gtk-4.1.so.0",
	"libayatana-appindicator3.so.1",
};

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static int loaded;             // every library opened and every slot tried
static char failure[1024];     // why loading failed, kept for every later caller
static unsigned char *missing; // per table entry: 1 when no library defines it

static int load_locked(void) {
	if (loaded || failure[0])
		return loaded;
	size_t n = joblink_gui_table_end - joblink_gui_table;
	void *handles[sizeof libraries / sizeof libraries[0]];
	for (size_t i = 0; i < sizeof libraries / sizeof libraries[0]; i++) {
		handles[i] = dlopen(libraries[i], RTLD_NOW | RTLD_GLOBAL);
		if (handles[i] == NULL) {
			snprintf(failure, sizeof failure, "%s", dlerror());
			return 0;
		}
	}
	missing = calloc(n, 1);
	for (size_t e = 0; e < n; e++) {
		void *fn = NULL;
		for (size_t i = 0; fn == NULL && i < sizeof handles / sizeof handles[0]; i++)
			fn = dlsym(handles[i], joblink_gui_table[e].name);
		if (fn != NULL)
			__atomic_store_n(joblink_gui_table[e].slot, fn, __ATOMIC_RELEASE);
		else if (missing != NULL)
			missing[e] = 1;
	}
	loaded = 1;
	return 1;
}

// joblink_gui_load opens the libraries and resolves every slot; 0 and a reason on failure.
const char *joblink_gui_load(void) {
	pthread_mutex_lock(&mutex);
	load_locked();
	pthread_mutex_unlock(&mutex);
	return loaded ? NULL : failure;
}

int joblink_gui_loaded(void) {
	pthread_mutex_lock(&mutex);
	int l = loaded;
	pthread_mutex_unlock(&mutex);
	return l;
}

// Called by the binder on the first call through a slot. There is no way to return an error
// to a GTK caller, so a failure ends the process with the reason.
HIDDEN void joblink_gui_bind_slot(void **slot) {
	const char *why = joblink_gui_load();
	if (why != NULL) {
		fprintf(stderr, "joblink: the window and tray icon need GTK 3, WebKitGTK 4.1 and the Ayatana "
		                "indicator library, which could not be loaded (%s). Install them (Debian: apt install "
		                "libwebkit2gtk-4.1-0 libayatana-appindicator3-1), or run Joblink with --headless.\n", why);
		exit(1);
	}
	size_t n = joblink_gui_table_end - joblink_gui_table;
	for (size_t e = 0; e < n; e++) {
		if (joblink_gui_table[e].slot == slot && missing != NULL && missing[e]) {
			fprintf(stderr, "joblink: %s is not in the installed GTK/WebKitGTK libraries; "
			                "this build of Joblink needs newer ones.\n", joblink_gui_table[e].name);
			abort();
		}
	}
}
