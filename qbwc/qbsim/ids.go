package qbsim

import (
	"fmt"
	"strconv"
	"time"
)

// QuickBooks timestamps carry the machine's UTC offset (captures show
// "2014-10-13T15:25:20-02:00"); qbXML datetime has no fractional seconds.
const qbDateTime = "2006-01-02T15:04:05-07:00"
const qbDate = "2006-01-02"

// idSource hands out identifiers shaped like QuickBooks': ListIDs are
// "<hex counter>-<unix seconds>" with list counters starting at 0x80000001,
// TxnIDs use a small hex counter, EditSequence is a unix-seconds string
// that must change on every Mod even within one second.
type idSource struct {
	nextList    uint32
	nextTxn     uint32
	nextTxnLine uint32
	lastEditSeq int64
	txnNumber   int
}

func newIDSource() idSource {
	return idSource{nextList: 0x80000001, nextTxn: 0x1, nextTxnLine: 0x1}
}

func (s *idSource) listID(now time.Time) string {
	id := fmt.Sprintf("%X-%d", s.nextList, now.Unix())
	s.nextList++
	return id
}

func (s *idSource) txnID(now time.Time) string {
	id := fmt.Sprintf("%X-%d", s.nextTxn, now.Unix())
	s.nextTxn++
	return id
}

func (s *idSource) txnLineID(now time.Time) string {
	id := fmt.Sprintf("%X-%d", s.nextTxnLine, now.Unix())
	s.nextTxnLine++
	return id
}

func (s *idSource) editSequence(now time.Time) string {
	v := now.Unix()
	if v <= s.lastEditSeq {
		v = s.lastEditSeq + 1
	}
	s.lastEditSeq = v
	return strconv.FormatInt(v, 10)
}

func (s *idSource) nextTxnNumber() int {
	s.txnNumber++
	return s.txnNumber
}

// parseQBTime accepts the date and datetime forms qbXML filters use: with
// or without an offset (no offset = company local time), or a bare date.
func parseQBTime(s string, loc *time.Location, endOfDay bool) (time.Time, error) {
	for _, layout := range []string{qbDateTime, "2006-01-02T15:04:05Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if t, err := time.ParseInLocation("2006-01-02T15:04:05", s, loc); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation(qbDate, s, loc); err == nil {
		if endOfDay {
			t = t.Add(24*time.Hour - time.Second)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("invalid qbXML date %q", s)
}
