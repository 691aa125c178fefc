package problem

import (
	"errors"
	"fmt"
	"testing"
)

func TestWordsAndError(t *testing.T) {
	cause := errors.New("disk full")
	p := &Problem{Message: "Joblink could not save.", Fix: "Free some space.", Err: cause}
	if p.Words() != "Joblink could not save. Free some space." {
		t.Errorf("Words = %q", p.Words())
	}
	if p.Error() != "Joblink could not save. Free some space. (disk full)" {
		t.Errorf("Error = %q", p.Error())
	}
	wrapped := fmt.Errorf("export: %w", p)
	var got *Problem
	if !errors.As(wrapped, &got) || !errors.Is(wrapped, cause) {
		t.Fatal("Problem lost in a wrapped chain")
	}
	if (&Problem{Message: "Only this."}).Words() != "Only this." {
		t.Error("Words without a fix")
	}
}
