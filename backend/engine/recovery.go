package engine

import (
	"crypto/rand"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/problem"
	"joblink/qbwc/qbxml"
)

// qbXML error recovery (qbxml.md §9): every set that writes carries a newMessageSetID, saved
// on its items before it leaves, and QuickBooks keeps its answer. When that answer was lost (a
// crash, a dropped connection), the next run first asks for it with oldMessageSetID and applies
// it as if it had just arrived: the exact records QuickBooks made, transactions included, which
// a look-up by name could not find. When QuickBooks has no record of the set (status 600, or a
// QuickBooks that does not keep answers), the items are looked up one by one as before.

// recoveries builds the status check for the next lost set, or "" when there is none.
func (e *Engine) recoveries(r *exportRun) (string, error) {
	setID := ""
	err := e.st.View(func(txn *badger.Txn) error {
		for _, id := range r.unknown {
			if r.lookedUp[id] {
				continue
			}
			it, err := getItem(txn, id)
			if err != nil {
				return err
			}
			if it.State == Sent && it.SetID != "" && !r.asked[it.SetID] {
				setID = it.SetID
				return nil
			}
		}
		return nil
	})
	if err != nil || setID == "" {
		return "", storeErr(err)
	}
	check := qbxml.MessageSet{Version: qbxml.Version13, OnError: qbxml.ContinueOnError, OldMessageSetID: setID}
	doc, _, err := check.Build()
	if err != nil {
		return "", &problem.Problem{Message: "Joblink could not build its QuickBooks recovery check.", Fix: "This is a Joblink bug; send Joblink's log files to support.", Err: err}
	}
	r.asked[setID] = true
	r.recovering, r.inflight, r.lastXML = setID, map[string]flight{}, string(doc)
	r.roundTrips++
	return r.lastXML, nil
}

// handleRecovery applies QuickBooks' stored answer to the lost set r.recovering, if it kept
// one; items it does not settle stay sent and are looked up next.
func (e *Engine) handleRecovery(r *exportRun, responseXML string) error {
	setID := r.recovering
	r.recovering, r.inflight = "", nil
	var answers []*qbxml.Response
	status, err := qbxml.ParseResponseSet(strings.NewReader(responseXML), func(resp *qbxml.Response) error {
		answers = append(answers, resp)
		return nil
	})
	if err != nil || !status.Recovered() || status.MessageSetID != setID {
		e.log.Info().Str("set", setID).Str("status", status.StatusCode).AnErr("parse", err).
			Msg("QuickBooks kept no answer for a lost message set; its items are looked up one by one")
		return nil
	}
	byRequest := map[string]string{} // requestID → item id, for the lost set's items still sent
	err = e.st.View(func(txn *badger.Txn) error {
		for _, id := range r.unknown {
			it, err := getItem(txn, id)
			if err != nil {
				return err
			}
			if it.State == Sent && it.SetID == setID {
				byRequest[it.RequestID] = id
			}
		}
		return nil
	})
	if err != nil {
		return storeProblem(err)
	}
	var chunkTally RunCounts
	err = e.inChunks(len(answers), func(txn *badger.Txn, from, to int) error {
		chunkTally = RunCounts{}
		for _, resp := range answers[from:to] {
			id, ok := byRequest[resp.RequestID]
			if !ok {
				continue
			}
			it, err := getItem(txn, id)
			if err != nil {
				return err
			}
			if it.State != Sent || it.SetID != setID {
				continue
			}
			fl := flight{itemID: id, recovered: true, message: "Saved in QuickBooks before an interruption: Joblink read the answer QuickBooks kept, so it is not sent again."}
			if err := e.applyAnswer(txn, it, resp, fl, &chunkTally); err != nil {
				return err
			}
		}
		return nil
	}, func(int, int) { r.counts.add(chunkTally) })
	if err != nil {
		return storeProblem(err)
	}
	r.forget = setID
	return nil
}

// newRunID names a run: its start by the clock, for people reading the log, and a random part,
// because the newMessageSetIDs of its sets are built on it and must never repeat — two runs
// in the same millisecond (a clock set back, a test clock) would otherwise send the same ids,
// and QuickBooks would refuse the second set and later hand back the first one's answer.
func newRunID(prefix string, now time.Time) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s%s%x", prefix, strconv.FormatInt(now.UnixMilli(), 36), b)
}

// newStamp returns a GUID in the form QuickBooks takes for ExternalGUID.
func newStamp() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	return strings.ToUpper(fmt.Sprintf("{%x-%x-%x-%x-%x}", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16]))
}
