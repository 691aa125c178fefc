//go:build linux

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The NSIS installer (build/bin/joblink-setup.exe, signed) under Wine, as make test-windows
// runs it (JOBLINK_WINE_SETUP): a silent per-user install, its Start-menu entry and
// uninstaller, an upgrade over a running Joblink that keeps the data folder, and uninstalls
// that keep the data unless /REMOVEDATA asks.

const uninstallKey = `HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Joblink`

// wineCmd runs a Windows program (a path, or a name Wine finds) to the end.
func wineCmd(t *testing.T, program string, args ...string) (int, string) {
	t.Helper()
	wine, _ := wineExe(t)
	out, err := exec.Command(wine, append([]string{program}, args...)...).CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), string(out)
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, strings.ReplaceAll(string(out), "\r", "")
}

// registryValue reads one value of the uninstall key with Wine's reg.exe ("" when absent).
func registryValue(t *testing.T, name string) string {
	t.Helper()
	code, out := wineCmd(t, "reg", "query", uninstallKey, "/v", name)
	if code != 0 {
		return ""
	}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) >= 3 && f[0] == name {
			return strings.Join(f[2:], " ")
		}
	}
	return ""
}

// waitGone waits for path to disappear: NSIS uninstallers copy themselves to %TEMP% and run
// from there, so the first process returns before the work is done.
func waitGone(t *testing.T, path string, timeout time.Duration) {
	t.Helper()
	waitUntil(t, timeout, path+" to be removed", func() bool {
		_, err := os.Stat(path)
		return os.IsNotExist(err)
	})
}

func TestWineInstaller(t *testing.T) {
	wineExe(t)
	setup := os.Getenv("JOBLINK_WINE_SETUP")
	if setup == "" {
		t.Skip("run by make test-windows (JOBLINK_WINE_SETUP unset)")
	}
	local := wineLocalAppData(t)
	appDir := filepath.Join(local, "Programs", "Joblink")
	data := filepath.Join(local, "Joblink")
	roaming := filepath.Join(filepath.Dir(local), "Roaming")
	startMenu := filepath.Join(roaming, "Microsoft", "Windows", "Start Menu", "Programs", "Joblink.lnk")
	os.RemoveAll(appDir)
	os.RemoveAll(data)
	t.Cleanup(func() { os.RemoveAll(appDir); os.RemoveAll(data) })

	install := func(what string) {
		t.Helper()
		started := time.Now()
		if code, out := wineCmd(t, setup, "/S"); code != 0 {
			t.Fatalf("%s: joblink-setup.exe /S exited %d\n%s", what, code, out)
		}
		t.Logf("wine_installer: %s in %v", what, time.Since(started).Round(time.Millisecond))
		for _, f := range []string{filepath.Join(appDir, "joblink.exe"), filepath.Join(appDir, "uninstall.exe"), startMenu} {
			if _, err := os.Stat(f); err != nil {
				t.Fatalf("%s: %v", what, err)
			}
		}
		if got := registryValue(t, "UninstallString"); !strings.Contains(got, `\Programs\Joblink\uninstall.exe`) {
			t.Fatalf("%s: UninstallString %q", what, got)
		}
	}

	// A silent per-user install: the program, its uninstaller, the Start-menu entry and the
	// entry in Apps & features, with the installed program's version.
	install("first install")
	if got := registryValue(t, "DisplayName"); got != "Joblink" {
		t.Errorf("DisplayName %q", got)
	}
	// The uninstaller NSIS wrote is signed like the rest (!uninstfinalize).
	if out, err := exec.Command("build/windows/sign/sign.sh", "--verify", filepath.Join(appDir, "uninstall.exe")).CombinedOutput(); err != nil {
		t.Errorf("uninstall.exe: %v\n%s", err, out)
	}
	t.Setenv("JOBLINK_WINE_EXE", filepath.Join(appDir, "joblink.exe"))
	if code, out, _ := wineRun(t, "version"); code != 0 || !strings.HasPrefix(out, "Joblink ") {
		t.Fatalf("the installed joblink.exe: %d %q", code, out)
	}

	// The installed program makes its data; an upgrade over it while it runs asks it to quit
	// (joblink.exe --quit) and keeps the data folder.
	j := startWineJoblink(t, data)
	token := j.token
	install("upgrade over a running Joblink")
	if code := waitExit(t, j.cmd, 30*time.Second); code != 0 {
		t.Errorf("the running Joblink exited %d when the upgrade asked it to quit", code)
	}
	if b, err := os.ReadFile(filepath.Join(data, "ui-token")); err != nil || strings.TrimSpace(string(b)) != token {
		t.Fatalf("the upgrade did not keep the data folder: %v", err)
	}

	// Uninstall: the program, the entry and the shortcut go; the data stays.
	uninstall := func(args ...string) {
		t.Helper()
		if code, out := wineCmd(t, filepath.Join(appDir, "uninstall.exe"), append([]string{"/S"}, args...)...); code != 0 {
			t.Fatalf("uninstall.exe /S %v exited %d\n%s", args, code, out)
		}
		waitGone(t, filepath.Join(appDir, "joblink.exe"), time.Minute)
		waitGone(t, startMenu, 10*time.Second)
		waitUntil(t, 10*time.Second, "the uninstall entry to go", func() bool { return registryValue(t, "UninstallString") == "" })
	}
	uninstall()
	if _, err := os.Stat(filepath.Join(data, "ui-token")); err != nil {
		t.Fatalf("the uninstall removed the data folder, which nobody asked: %v", err)
	}

	// Asked (/REMOVEDATA, the tick box of the interactive uninstall), it removes the data too.
	install("reinstall")
	uninstall("/REMOVEDATA")
	waitGone(t, data, 30*time.Second)
}
