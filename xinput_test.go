package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// xInput is just enough of an X11 client to act on the desktop window as a person does: move
// the pointer, click, press keys, through the XTEST extension every X server (Xvfb included)
// offers. The desktop smoke test uses it instead of xdotool, so make test-desktop needs no
// further package. Core protocol: https://www.x.org/releases/X11R7.7/doc/xproto/x11protocol.html
type xInput struct {
	conn          net.Conn
	root          uint32
	width, height int
	xtest         byte // the XTEST extension's major opcode
	seq           uint16
	keycodes      map[uint32]byte // keysym -> keycode, unshifted
}

const (
	xKeyPress      = 2
	xKeyRelease    = 3
	xButtonPress   = 4
	xButtonRelease = 5
	xMotionNotify  = 6
)

// dialX connects to $DISPLAY (a local ":N"), authenticating with $XAUTHORITY's cookie as
// xvfb-run sets it up.
func dialX() (*xInput, error) {
	display := os.Getenv("DISPLAY")
	num, _, _ := strings.Cut(strings.TrimPrefix(display, ":"), ".")
	if !strings.HasPrefix(display, ":") || num == "" {
		return nil, fmt.Errorf("DISPLAY %q is not a local display", display)
	}
	conn, err := net.Dial("unix", "/tmp/.X11-unix/X"+num)
	if err != nil {
		return nil, err
	}
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	x := &xInput{conn: conn}
	if err := x.setup(num); err != nil {
		conn.Close()
		return nil, err
	}
	if err := x.findXTest(); err != nil {
		conn.Close()
		return nil, err
	}
	return x, nil
}

func (x *xInput) Close() error { return x.conn.Close() }

// xauthCookie reads the MIT-MAGIC-COOKIE-1 for the display from the Xauthority file (entries
// of family, address, display number, name, data: each a big-endian length and bytes).
func xauthCookie(num string) (name string, data []byte) {
	path := os.Getenv("XAUTHORITY")
	if path == "" {
		home, _ := os.UserHomeDir()
		path = filepath.Join(home, ".Xauthority")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", nil
	}
	r := bytes.NewReader(b)
	field := func() []byte {
		var n uint16
		if binary.Read(r, binary.BigEndian, &n) != nil {
			return nil
		}
		f := make([]byte, n)
		if _, err := io.ReadFull(r, f); err != nil {
			return nil
		}
		return f
	}
	for r.Len() > 0 {
		var family uint16
		if binary.Read(r, binary.BigEndian, &family) != nil {
			break
		}
		field() // address
		number, kind, cookie := field(), field(), field()
		if string(number) == num && string(kind) == "MIT-MAGIC-COOKIE-1" {
			return string(kind), cookie
		}
	}
	return "", nil
}

func pad4(n int) int { return (4 - n%4) % 4 }

func (x *xInput) setup(num string) error {
	name, cookie := xauthCookie(num)
	req := new(bytes.Buffer)
	req.Write([]byte{'l', 0})
	binary.Write(req, binary.LittleEndian, []uint16{11, 0, uint16(len(name)), uint16(len(cookie)), 0})
	req.WriteString(name)
	req.Write(make([]byte, pad4(len(name))))
	req.Write(cookie)
	req.Write(make([]byte, pad4(len(cookie))))
	if _, err := x.conn.Write(req.Bytes()); err != nil {
		return err
	}
	head := make([]byte, 8)
	if _, err := io.ReadFull(x.conn, head); err != nil {
		return err
	}
	body := make([]byte, 4*int(binary.LittleEndian.Uint16(head[6:])))
	if _, err := io.ReadFull(x.conn, body); err != nil {
		return err
	}
	if head[0] != 1 {
		return fmt.Errorf("the X server refused the connection: %s", body[:min(int(head[1]), len(body))])
	}
	vendorLen := int(binary.LittleEndian.Uint16(body[16:]))
	formats := int(body[21])
	minKeycode, maxKeycode := body[26], body[27]
	screen := body[32+vendorLen+pad4(vendorLen)+8*formats:]
	x.root = binary.LittleEndian.Uint32(screen[0:])
	x.width = int(binary.LittleEndian.Uint16(screen[20:]))
	x.height = int(binary.LittleEndian.Uint16(screen[22:]))
	return x.readKeyboardMapping(minKeycode, maxKeycode)
}

// request sends one request (header and body, padded) and returns its sequence number.
func (x *xInput) request(opcode, data byte, body []byte) (uint16, error) {
	body = append(body, make([]byte, pad4(len(body)))...)
	req := make([]byte, 4, 4+len(body))
	req[0], req[1] = opcode, data
	binary.LittleEndian.PutUint16(req[2:], uint16(1+len(body)/4))
	req = append(req, body...)
	x.seq++
	_, err := x.conn.Write(req)
	return x.seq, err
}

// reply reads until the reply to seq: an X error for it, or for any earlier request, fails.
func (x *xInput) reply(seq uint16) ([]byte, error) {
	for {
		head := make([]byte, 32)
		if _, err := io.ReadFull(x.conn, head); err != nil {
			return nil, err
		}
		switch head[0] {
		case 0:
			return nil, fmt.Errorf("X error %d for request %d (major opcode %d)", head[1], binary.LittleEndian.Uint16(head[2:]), head[10])
		case 1:
			extra := make([]byte, 4*int(binary.LittleEndian.Uint32(head[4:])))
			if _, err := io.ReadFull(x.conn, extra); err != nil {
				return nil, err
			}
			if binary.LittleEndian.Uint16(head[2:]) == seq {
				return append(head, extra...), nil
			}
		}
		// An event: none is selected, but skip it.
	}
}

func (x *xInput) findXTest() error {
	const name = "XTEST"
	body := make([]byte, 4, 4+len(name))
	binary.LittleEndian.PutUint16(body, uint16(len(name)))
	seq, err := x.request(98, 0, append(body, name...)) // QueryExtension
	if err != nil {
		return err
	}
	rep, err := x.reply(seq)
	if err != nil {
		return err
	}
	if rep[8] == 0 {
		return errors.New("the X server has no XTEST extension")
	}
	x.xtest = rep[9]
	return nil
}

func (x *xInput) readKeyboardMapping(first, last byte) error {
	seq, err := x.request(101, 0, []byte{first, last - first + 1, 0, 0}) // GetKeyboardMapping
	if err != nil {
		return err
	}
	rep, err := x.reply(seq)
	if err != nil {
		return err
	}
	per := int(rep[1])
	syms := rep[32:]
	x.keycodes = map[uint32]byte{}
	for i := 0; (i+1)*per*4 <= len(syms); i++ {
		sym := binary.LittleEndian.Uint32(syms[i*per*4:]) // the unshifted keysym
		if _, seen := x.keycodes[sym]; !seen && sym != 0 {
			x.keycodes[sym] = first + byte(i)
		}
	}
	return nil
}

// fake sends one XTestFakeInput event and waits until the server has handled it.
func (x *xInput) fake(kind, detail byte, rx, ry int) error {
	body := make([]byte, 32)
	body[0], body[1] = kind, detail
	binary.LittleEndian.PutUint32(body[8:], x.root)
	binary.LittleEndian.PutUint16(body[20:], uint16(int16(rx)))
	binary.LittleEndian.PutUint16(body[22:], uint16(int16(ry)))
	if _, err := x.request(x.xtest, 2, body); err != nil {
		return err
	}
	seq, err := x.request(43, 0, nil) // GetInputFocus: a round trip
	if err != nil {
		return err
	}
	_, err = x.reply(seq)
	return err
}

// Click moves the pointer to (rx, ry) on the screen and clicks the left button.
func (x *xInput) Click(rx, ry int) error {
	for _, ev := range []struct {
		kind, detail byte
	}{{xMotionNotify, 0}, {xButtonPress, 1}, {xButtonRelease, 1}} {
		if err := x.fake(ev.kind, ev.detail, rx, ry); err != nil {
			return err
		}
		time.Sleep(50 * time.Millisecond)
	}
	return nil
}

// Key presses and releases the key of an X keysym (a printable ASCII character is its own
// keysym; 0xff09 is Tab, 0xff0d Return).
func (x *xInput) Key(keysym uint32) error {
	code, ok := x.keycodes[keysym]
	if !ok {
		return fmt.Errorf("no key gives keysym %#x (%s)", keysym, strconv.QuoteRune(rune(keysym)))
	}
	if err := x.fake(xKeyPress, code, 0, 0); err != nil {
		return err
	}
	time.Sleep(30 * time.Millisecond)
	return x.fake(xKeyRelease, code, 0, 0)
}
