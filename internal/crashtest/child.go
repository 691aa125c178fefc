package crashtest

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// readyWord starts the line a child prints once its Web Connector endpoint listens: the
// parent reads the endpoint's URL and the company file's id from it.
const readyWord = "CRASH-READY"

// Ready is the child's side of the start: it tells the parent where its Web Connector
// endpoint listens and which company file it expects.
func Ready(url, fileID string) { fmt.Printf("%s %s %s\n", readyWord, url, fileID) }

// Child is one Joblink process: the test binary running only the campaign's child test.
type Child struct {
	cmd          *exec.Cmd
	url, fileID  string
	once         sync.Once
	waited       chan struct{}
	killedByWire atomic.Bool
}

// start runs the child test in a new process with env added to the parent's environment
// and returns once the child said it is ready.
func start(t testing.TB, test string, env []string) *Child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ch := &Child{cmd: cmd, waited: make(chan struct{})}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 3 && f[0] == readyWord {
			ch.url, ch.fileID = f[1], f[2]
			go func() {
				for sc.Scan() { // the child's later output, so it never blocks on a full pipe
				}
				_ = cmd.Wait()
				close(ch.waited)
			}()
			return ch
		}
	}
	_ = cmd.Wait()
	t.Fatalf("the child stopped before it was ready: %v", sc.Err())
	return nil
}

// Kill sends SIGKILL and waits until the process is gone.
func (ch *Child) Kill() {
	ch.once.Do(func() { _ = ch.cmd.Process.Kill() })
	<-ch.waited
}

// KilledByWire says whether a trap on the wire killed the child (rather than a kill at a
// random moment, or none).
func (ch *Child) KilledByWire() bool { return ch.killedByWire.Load() }
