package session

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// newTicket returns 128 random bits formatted like a GUID (the form Intuit's samples use).
// Tickets from a predictable generator once swapped two customers' data in another QBWC
// server (consolibyte/quickbooks-php#319).
func newTicket() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("read random ticket: %w", err)
	}
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32], nil
}

// ticketKey is the store key of a session record. It holds a hash of the ticket, not the
// ticket, so a copy of the database does not hand out live tickets.
func ticketKey(ticket string) []byte {
	sum := sha256.Sum256([]byte(ticket))
	return []byte("qbwc/session/" + hex.EncodeToString(sum[:16]))
}
