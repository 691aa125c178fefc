package qbsim

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// companyState is a deep copy of everything a message set can change, for
// onError="rollbackOnError".
type companyState struct {
	ids     idSource
	lists   map[string]*listRecord
	txns    map[string]*txnRecord
	txnSeq  []string
	deleted []deletedTxn
	delList []deletedList
	dataExt []dataExtValue
}

func cloneElements(es []*element) []*element {
	out := make([]*element, len(es))
	for i, e := range es {
		out[i] = e.clone()
	}
	return out
}

func (c *Company) snapshot() *companyState {
	s := &companyState{
		ids:     c.ids,
		lists:   make(map[string]*listRecord, len(c.lists)),
		txns:    make(map[string]*txnRecord, len(c.txns)),
		deleted: append([]deletedTxn(nil), c.deleted...),
		delList: append([]deletedList(nil), c.deletedLists...),
		dataExt: append([]dataExtValue(nil), c.dataExt...),
	}
	for id, r := range c.lists {
		cp := *r
		cp.body = cloneElements(r.body)
		s.lists[id] = &cp
	}
	for _, r := range c.txnSeq {
		cp := *r
		cp.header, cp.lines = cloneElements(r.header), cloneElements(r.lines)
		s.txns[r.txnID] = &cp
		s.txnSeq = append(s.txnSeq, r.txnID)
	}
	return s
}

// restore puts the company back to the snapshot (the name index is
// rebuilt from the restored records).
func (c *Company) restore(s *companyState) {
	c.ids = s.ids
	c.lists = s.lists
	c.txns = s.txns
	c.txnVersion++
	c.txnSeq = c.txnSeq[:0]
	for _, id := range s.txnSeq {
		c.txnSeq = append(c.txnSeq, c.txns[id])
	}
	c.deleted = s.deleted
	c.deletedLists = s.delList
	c.dataExt = s.dataExt
	c.names = map[nameSpace]map[string]*listRecord{}
	for _, r := range c.lists {
		c.indexName(r)
	}
}

// Error recovery (qbxml.md §9; Intuit "Error recovery", SDK Programmer's
// Guide table "newMessageSetID/oldMessageSetID"): a message set sent with
// newMessageSetID has its response stored in the company file; a later set
// can ask for it with oldMessageSetID. The combinations:
//
//	new only         run the set and store its response; if the same ID is
//	                 already stored, answer the stored response without
//	                 running (same request) or 9001 (different request)
//	old == new       status check: the stored response, or 600 when none
//	old only, empty  status check as above
//	old only, rqs    forget old, run the set without storing
//	old != new       forget old, then as "new only"
//	old = ClearAllMessageSets  forget every stored set
//
// The response carries newMessageSetID and messageSetStatusCode whenever
// recovery attributes were sent.
const (
	msgSetStatusOK          = "0"
	msgSetStatusNoState     = "600"  // oldMessageSetID matches nothing stored
	msgSetStatusBadChecksum = "9001" // newMessageSetID reused for a different request
	clearAllMessageSets     = "ClearAllMessageSets"
)

type storedMessageSet struct {
	checksum string
	response *element // the QBXMLMsgsRs as first answered
}

// requestChecksum identifies the requests of a set independent of its
// recovery attributes.
func requestChecksum(msgs *element) string {
	body := &element{name: msgs.name, children: msgs.children}
	for _, a := range msgs.attrs {
		if a.name == "onError" || a.name == "responseData" {
			body.attrs = append(body.attrs, a)
		}
	}
	var b strings.Builder
	body.write(&b)
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}

// recover applies the recovery attributes before anything runs. done means
// the returned QBXMLMsgsRs is the whole answer and no request may run.
func (c *Company) recover(msgs *element, oldID, newID string) (out *element, done bool) {
	if c.recovery == nil {
		c.recovery = map[string]storedMessageSet{}
	}
	if oldID == clearAllMessageSets {
		c.recovery = map[string]storedMessageSet{}
		if len(msgs.children) == 0 {
			return msgSetStatus(newElement("QBXMLMsgsRs"), newID, msgSetStatusOK), true
		}
		oldID = ""
	}
	if oldID != "" && (newID == oldID || (newID == "" && len(msgs.children) == 0)) {
		stored, ok := c.recovery[oldID]
		if !ok {
			return msgSetStatus(newElement("QBXMLMsgsRs"), oldID, msgSetStatusNoState), true
		}
		return msgSetStatus(stored.response.clone(), oldID, msgSetStatusOK), true
	}
	if oldID != "" {
		delete(c.recovery, oldID)
	}
	if newID != "" {
		if stored, ok := c.recovery[newID]; ok {
			if stored.checksum != requestChecksum(msgs) {
				return msgSetStatus(newElement("QBXMLMsgsRs"), newID, msgSetStatusBadChecksum), true
			}
			return msgSetStatus(stored.response.clone(), newID, msgSetStatusOK), true
		}
	}
	return nil, false
}

// remember stores the response of a set sent with newMessageSetID.
func (c *Company) remember(msgs *element, newID string, out *element) {
	msgSetStatus(out, newID, msgSetStatusOK)
	c.recovery[newID] = storedMessageSet{checksum: requestChecksum(msgs), response: out.clone()}
}

func msgSetStatus(out *element, id, code string) *element {
	if id != "" {
		out.setAttr("newMessageSetID", id)
	}
	out.setAttr("messageSetStatusCode", code)
	return out
}
