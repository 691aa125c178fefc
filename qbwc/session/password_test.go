package session

import (
	"regexp"
	"strings"
	"testing"
)

func TestPasswordHash(t *testing.T) {
	p := hashParams{MemoryKiB: 1024, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}
	h1, err := hashPassword("s3cret pass", p)
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := hashPassword("s3cret pass", p)
	if h1 == h2 {
		t.Fatal("two hashes of one password are equal: no salt")
	}
	if !regexp.MustCompile(`^\$argon2id\$v=19\$m=1024,t=1,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$`).MatchString(h1) {
		t.Fatalf("hash format %q", h1)
	}
	if ok, err := verifyPassword("s3cret pass", h1); !ok || err != nil {
		t.Fatalf("right password: %v %v", ok, err)
	}
	if ok, err := verifyPassword("s3cret pasS", h1); ok || err != nil {
		t.Fatalf("wrong password: %v %v", ok, err)
	}
	for _, bad := range []string{"", "plain", "$argon2i$v=19$m=1,t=1,p=1$AA$AA", strings.Replace(h1, "m=1024", "m=0", 1), h1[:len(h1)-30]} {
		if ok, err := verifyPassword("s3cret pass", bad); ok || err == nil {
			t.Errorf("damaged hash %q accepted (%v)", bad, err)
		}
	}
}

func TestSetPasswordStoresOnlyAHash(t *testing.T) {
	r := newRig(t, newMemoryEngine(), nil)
	if err := r.m.SetPassword("short"); err == nil {
		t.Fatal("short password accepted")
	}
	encoded, err := r.m.loadPasswordHash()
	if err != nil || !strings.HasPrefix(encoded, "$argon2id$") || strings.Contains(encoded, testPassword) {
		t.Fatalf("stored %q (%v)", encoded, err)
	}
	if ok, _ := r.m.CheckPassword(testPassword); !ok {
		t.Fatal("CheckPassword refused the password")
	}
	if has, _ := r.m.HasPassword(); !has {
		t.Fatal("HasPassword false")
	}
}

func TestParseHRESULT(t *testing.T) {
	for in, want := range map[string]uint32{"0x80040408": 0x80040408, "0X8004040d": 0x8004040D, "80040400": 0x80040400, "-2147220472": 0x80040408, " 0x80040418 ": 0x80040418} {
		if got, ok := parseHRESULT(in); !ok || got != want {
			t.Errorf("parseHRESULT(%q) = %#x %v", in, got, ok)
		}
	}
	if _, ok := parseHRESULT("oops"); ok {
		t.Error("oops parsed")
	}
}

func TestTicketsAreRandomAndLong(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		tk, err := newTicket()
		if err != nil || len(tk) != 36 || seen[tk] {
			t.Fatalf("ticket %q %v", tk, err)
		}
		seen[tk] = true
	}
}
