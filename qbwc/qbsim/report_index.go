package qbsim

import "sort"

// jobIndex finds the transactions that name a job without reading every
// transaction: per ListID named by a line (CustomerRef, a journal line's
// EntityRef) or by the header (an estimate's CustomerRef, a vendor or
// payee), the transactions in creation order. It is rebuilt on the first report after any transaction change
// (Company.txnVersion), so a refresh reading many jobs' reports pays for
// one pass over the company, not one per job.
type jobIndex struct {
	version uint64
	byName  map[string][]*txnRecord
	seq     map[*txnRecord]int
}

func (c *Company) currentJobIndex() *jobIndex {
	if ix := c.jobIndex; ix != nil && ix.version == c.txnVersion {
		return ix
	}
	ix := &jobIndex{version: c.txnVersion, byName: map[string][]*txnRecord{}, seq: make(map[*txnRecord]int, len(c.txnSeq))}
	for i, r := range c.txnSeq {
		ix.seq[r] = i
		named := map[string]bool{}
		if name := r.typ.entityRef(); name != "" {
			// The header's name: an estimate's job, a purchase's vendor or payee,
			// which postedLines also gives the lines without a name of their own.
			named[r.headerRef(name).childText("ListID")] = true
		}
		for _, l := range r.lines {
			named[lineEntityRef(l).childText("ListID")] = true
		}
		for id := range named {
			if id != "" {
				ix.byName[id] = append(ix.byName[id], r)
			}
		}
	}
	c.jobIndex = ix
	return ix
}

// reportCandidates is the transactions a report with entity filter f can
// draw lines from: those naming the filter's records when it lists them
// exactly, else every transaction (type filters, subtrees, no filter).
func (c *Company) reportCandidates(f reportFilter) []*txnRecord {
	if !f.entity.set || f.entity.match != nil || f.entity.tree {
		return c.txnSeq
	}
	ix := c.currentJobIndex()
	if len(f.entity.recs) == 1 {
		return ix.byName[f.entity.recs[0].listID]
	}
	seen := map[*txnRecord]bool{}
	var out []*txnRecord
	for _, r := range f.entity.recs {
		for _, t := range ix.byName[r.listID] {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return ix.seq[out[i]] < ix.seq[out[j]] })
	return out
}
