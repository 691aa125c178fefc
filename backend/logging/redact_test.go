package logging

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"
)

// Each case logs a secret in a different shape; none may reach the output.
func TestRedactionKeepsSecretsOutOfEveryLine(t *testing.T) {
	const uiToken = "4f9a1c0e8b7d6a5f4e3d2c1b0a998877665544332211ffeeddccbbaa00112233"
	RegisterSecret(uiToken)
	var buf bytes.Buffer
	log := zerolog.New(NewRedactor(&buf))

	log.Info().Str("access_token", "eyJhbGciOiJIUzI1NiJ9.payload.sig").Msg("oauth refreshed")
	log.Info().Str("refreshToken", "r3fr3sh-t0k3n-value").Str("clientSecret", "s3cr3t-client").Msg("saved")
	log.Info().Str("password", "hunter2-qbwc").Int("apiKey", 987654321).Msg("login")
	log.Info().Str("header", "Authorization: Bearer abc.def.ghi-jkl").Msg("request")
	log.Info().Msg("GET https://api.procore.com/oauth/token?grant_type=refresh_token&refresh_token=rt-in-url&client_secret=cs-in-url")
	log.Info().Msg("callback http://localhost:41740/oauth/callback?code=oauth-code-123&state=xyz")
	log.Info().Err(errors.New(`procore said {"error":"invalid_grant","refresh_token":"rt-in-body"}`)).Msg("refresh failed")
	log.Info().Msg(`<soap:Body><authenticate xmlns="http://developer.intuit.com/"><strUserName>joblink</strUserName><strPassword>qbwc-pass-word</strPassword></authenticate>`)
	log.Info().Str("note", "token is "+uiToken).Msg("ui token in free text")
	log.Info().Dict("nested", zerolog.Dict().Str("secret", "nested-secret-1")).Msg("nested")
	log.Info().Str("Cookie", "session=abc123456").Msg("cookie")

	out := buf.String()
	for _, secret := range []string{"eyJhbGciOiJIUzI1NiJ9", "r3fr3sh-t0k3n-value", "s3cr3t-client", "hunter2-qbwc",
		"987654321", "abc.def.ghi-jkl", "rt-in-url", "cs-in-url", "oauth-code-123", "rt-in-body",
		"qbwc-pass-word", uiToken, "nested-secret-1", "abc123456"} {
		if strings.Contains(out, secret) {
			t.Errorf("secret %q leaked:\n%s", secret, out)
		}
	}
	// What is not secret stays readable, and lines stay valid for the console writer.
	for _, keep := range []string{"oauth refreshed", "grant_type=refresh_token", "state=xyz", "invalid_grant",
		"<strUserName>joblink</strUserName>", `"level":"info"`} {
		if !strings.Contains(out, keep) {
			t.Errorf("lost %q:\n%s", keep, out)
		}
	}
	if n := strings.Count(out, Redacted); n < 14 {
		t.Errorf("expected at least 14 redactions, found %d", n)
	}
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var w bytes.Buffer
		cw := zerolog.ConsoleWriter{Out: &w, NoColor: true}
		if _, err := cw.Write([]byte(line)); err != nil {
			t.Errorf("line %d is no longer JSON after redaction: %v\n%s", i, err, line)
		}
	}
}

func TestShortSecretsAreNotRegistered(t *testing.T) {
	RegisterSecret("abc")
	if got := Redact("abc and more"); got != "abc and more" {
		t.Fatalf("a 3-letter value blanked ordinary text: %q", got)
	}
}

func TestOpenWritesRedactedJSONToTheFileAndConsole(t *testing.T) {
	dir := t.TempDir()
	var console bytes.Buffer
	logs, err := Open(Config{File: filepath.Join(dir, "logs", "joblink.log"), Level: "debug", Console: &console})
	if err != nil {
		t.Fatal(err)
	}
	logs.Debug().Str("password", "do-not-log-me").Msg("debug line")
	logs.Info().Msg("hello")
	if err := logs.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "logs", "joblink.log"))
	if err != nil {
		t.Fatal(err)
	}
	file := string(b)
	if !strings.Contains(file, `"message":"hello"`) || !strings.Contains(file, `"message":"debug line"`) {
		t.Fatalf("file lacks lines:\n%s", file)
	}
	if strings.Contains(file, "do-not-log-me") || strings.Contains(console.String(), "do-not-log-me") {
		t.Fatal("secret reached a sink")
	}
	if !strings.Contains(console.String(), "INF hello") {
		t.Fatalf("console is not human-readable: %q", console.String())
	}
}

func TestLevelFilters(t *testing.T) {
	dir := t.TempDir()
	logs, err := Open(Config{File: filepath.Join(dir, "j.log"), Level: "warn", NoConsole: true})
	if err != nil {
		t.Fatal(err)
	}
	logs.Info().Msg("quiet")
	logs.Warn().Msg("loud")
	logs.Close()
	b, _ := os.ReadFile(filepath.Join(dir, "j.log"))
	if strings.Contains(string(b), "quiet") || !strings.Contains(string(b), "loud") {
		t.Fatalf("level not applied:\n%s", b)
	}
}

func TestParseLevel(t *testing.T) {
	for in, want := range map[string]zerolog.Level{"": zerolog.InfoLevel, "DEBUG": zerolog.DebugLevel, "warning": zerolog.WarnLevel, "error": zerolog.ErrorLevel} {
		if got, err := ParseLevel(in); err != nil || got != want {
			t.Errorf("ParseLevel(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseLevel("loud"); err == nil || !strings.Contains(err.Error(), Levels) {
		t.Errorf("bad level error unclear: %v", err)
	}
}

func TestOpenReportsAnUnwritableLogFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(file, nil, 0o600)
	_, err := Open(Config{File: filepath.Join(file, "logs", "j.log")})
	if err == nil || !strings.Contains(err.Error(), "open the log file") {
		t.Fatalf("want a clear error, got %v", err)
	}
}

func FuzzRedactNeverPanicsAndKeepsRegisteredSecretsOut(f *testing.F) {
	const secret = "fuzz-secret-0123456789"
	RegisterSecret(secret)
	f.Add(`{"level":"info","message":"x"}`)
	f.Add(`{"token":"abc","x":"Bearer zzzzzz"}`)
	f.Add(`a=b&password=c`)
	f.Fuzz(func(t *testing.T, s string) {
		out := Redact(s + secret + s)
		if strings.Contains(out, secret) {
			t.Fatalf("registered secret survived: %q", out)
		}
	})
}
