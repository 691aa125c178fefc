package qbsim

import (
	"strconv"
	"strings"
)

// listAdd handles CustomerAdd, VendorAdd, ItemServiceAdd.
func listAdd(kind ListKind, addName string) handler {
	return func(s *Session, rq *element) *element {
		c := s.company
		rec, st := c.addListRecord(kind, rq.child(addName).clone(), strings.TrimSuffix(addName, "Add"))
		if st.isError() {
			return reply(rq, st)
		}
		return reply(rq, statusOK, c.renderList(rec))
	}
}

// listMod handles CustomerMod, VendorMod, ItemServiceMod.
func listMod(kind ListKind, modName string) handler {
	return func(s *Session, rq *element) *element {
		c := s.company
		rec, st := c.modListRecord(kind, rq.child(modName).clone(), strings.TrimSuffix(modName, "Mod"))
		if st.isError() {
			return reply(rq, st)
		}
		return reply(rq, statusOK, c.renderList(rec))
	}
}

// nameField is how QuickBooks labels the Name field in 3090 messages.
func nameField(kind ListKind) string {
	switch kind {
	case KindCustomer:
		return "customer name"
	case KindVendor:
		return "vendor name"
	case KindAccount:
		return "account name"
	case KindVendorType:
		return "vendor type name"
	}
	return "item name"
}

func (c *Company) parentFor(kind ListKind, ref *element, where string) (*listRecord, status) {
	kinds := []ListKind{kind}
	if kind.nameSpace() == nsItem {
		kinds = itemKinds
	}
	p := c.resolveRef(ref, kinds)
	if p == nil {
		return nil, errInvalidRef(kind.refNoun(), refValue(ref), where)
	}
	return p, statusOK
}

func (c *Company) addListRecord(kind ListKind, add *element, where string) (*listRecord, status) {
	name := strings.TrimSpace(add.childText("Name"))
	if strings.Contains(name, ":") {
		return nil, errColonInName(name, nameField(kind))
	}
	full, parentID := name, ""
	if ref := add.child("ParentRef"); ref != nil && kind.hierarchical() {
		p, st := c.parentFor(kind, ref, where)
		if st.isError() {
			return nil, st
		}
		full, parentID = c.fullName(p)+":"+name, p.listID
	}
	if c.lookupName(kind.nameSpace(), full) != nil {
		return nil, errNameInUse(full)
	}
	if st, ok := c.checkRefs(add, where); !ok {
		return nil, st
	}
	now := c.now()
	rec := &listRecord{
		kind:     kind,
		listID:   c.ids.listID(now),
		name:     name,
		parentID: parentID,
		active:   add.childText("IsActive") != "false",
		created:  now,
		modified: now,
		editSeq:  c.ids.editSequence(now),
		body:     retBodyFromAdd(kind, add),
	}
	c.lists[rec.listID] = rec
	c.indexName(rec)
	return rec, statusOK
}

// headerFields are held as Go fields on listRecord, not in body.
var headerFields = map[string]bool{"ListID": true, "EditSequence": true, "Name": true, "IsActive": true, "ParentRef": true}

// retBodyFromAdd converts an Add aggregate into the Ret fields QuickBooks
// stores and reports, with the defaults it fills in.
func retBodyFromAdd(kind ListKind, add *element) []*element {
	ret := newElement(kind.retName())
	for _, f := range add.children {
		if headerFields[f.name] {
			continue
		}
		switch f.name {
		case "BarCode":
			if v := f.childText("BarCodeValue"); v != "" {
				ret.add(textElement("BarCodeValue", v))
			}
		case "OpenBalance":
			ret.add(textElement("Balance", formatAmount(f.text)))
			if kind == KindCustomer {
				ret.add(textElement("TotalBalance", formatAmount(f.text)))
			}
		default:
			ret.add(f)
		}
	}
	switch kind {
	case KindCustomer:
		setDefault(ret, "Balance", "0.00")
		setDefault(ret, "TotalBalance", "0.00")
		setDefault(ret, "JobStatus", "None")
		setDefault(ret, "PreferredDeliveryMethod", "None")
	case KindVendor:
		setDefault(ret, "IsVendorEligibleFor1099", "false")
		setDefault(ret, "Balance", "0.00")
	case KindAccount:
		setDefault(ret, "Balance", "0.00")
		setDefault(ret, "TotalBalance", "0.00")
	}
	pruneToSchema(ret)
	return ret.children
}

func setDefault(e *element, name, value string) {
	if e.child(name) == nil {
		e.add(textElement(name, value))
	}
}

// pruneToSchema drops children the Ret type does not have (Contacts,
// AdditionalNotes, OpenBalanceDate, ...): QuickBooks reports them in other
// shapes or not at all, and a Ret must never carry an Add-only element.
func pruneToSchema(e *element) {
	idx, ok := schemaIndex[e.name]
	if !ok {
		return
	}
	kept := e.children[:0]
	for _, k := range e.children {
		if _, known := idx[k.name]; known {
			pruneToSchema(k)
			kept = append(kept, k)
		}
	}
	e.children = kept
}

func (c *Company) modListRecord(kind ListKind, mod *element, where string) (*listRecord, status) {
	id := mod.childText("ListID")
	rec := c.lists[id]
	if rec == nil || rec.kind != kind {
		return nil, errObjectNotFound(id)
	}
	if sent := mod.childText("EditSequence"); sent != rec.editSeq {
		return nil, errStaleEditSequence(sent)
	}
	name := rec.name
	if n := mod.child("Name"); n != nil {
		name = strings.TrimSpace(n.text)
		if strings.Contains(name, ":") {
			return nil, errColonInName(name, nameField(kind))
		}
	}
	parentID := rec.parentID
	if ref := mod.child("ParentRef"); ref != nil && kind.hierarchical() {
		parentID = ""
		if len(ref.children) > 0 {
			p, st := c.parentFor(kind, ref, where)
			if st.isError() {
				return nil, st
			}
			if c.isSelfOrDescendant(p, rec) {
				return nil, errInvalidRef(kind.refNoun(), refValue(ref), where)
			}
			parentID = p.listID
		}
	}
	full := name
	if p := c.lists[parentID]; p != nil {
		full = c.fullName(p) + ":" + name
	}
	if other := c.lookupName(kind.nameSpace(), full); other != nil && other != rec {
		return nil, errNameInUse(full)
	}
	if st, ok := c.checkRefs(mod, where); !ok {
		return nil, st
	}
	// Renaming or re-parenting changes the FullName of the whole subtree.
	subtree := c.subtree(rec)
	for _, r := range subtree {
		c.unindexName(r)
	}
	rec.name, rec.parentID = name, parentID
	for _, r := range subtree {
		c.indexName(r)
	}
	if v := mod.child("IsActive"); v != nil {
		rec.active = strings.TrimSpace(v.text) != "false"
	}
	rec.body = applyMod(kind, rec.body, mod)
	now := c.now()
	rec.modified = now
	rec.editSeq = c.ids.editSequence(now)
	return rec, statusOK
}

// modRenames maps Mod-only aggregates onto the Ret aggregate they change.
var modRenames = map[string]string{
	"SalesOrPurchaseMod":  "SalesOrPurchase",
	"SalesAndPurchaseMod": "SalesAndPurchase",
}

// applyMod merges a Mod into stored Ret fields: a field that is sent
// replaces the stored one, an empty leaf clears it (QuickBooks' rule),
// aggregates merge field by field.
func applyMod(kind ListKind, body []*element, mod *element) []*element {
	ret := newElement(kind.retName())
	ret.children = body
	for _, f := range mod.children {
		if headerFields[f.name] {
			continue
		}
		name := f.name
		if to, ok := modRenames[name]; ok {
			name = to
			// Switching between SalesOrPurchase and SalesAndPurchase
			// replaces the other form.
			for _, other := range modRenames {
				if other != name {
					ret.remove(other)
				}
			}
		}
		if name == "BarCode" {
			f, name = textElement("BarCodeValue", f.childText("BarCodeValue")), "BarCodeValue"
		}
		switch existing := ret.child(name); {
		case len(f.children) == 0 && strings.TrimSpace(f.text) == "":
			ret.remove(name)
		case existing != nil && len(f.children) > 0:
			mergeAggregate(existing, f)
		default:
			n := f.clone()
			n.name = name
			ret.set(n)
		}
	}
	pruneToSchema(ret)
	return ret.children
}

func mergeAggregate(dst, src *element) {
	for _, f := range src.children {
		if len(f.children) == 0 && strings.TrimSpace(f.text) == "" {
			dst.remove(f.name)
			continue
		}
		dst.set(f.clone())
	}
}

func (c *Company) isSelfOrDescendant(candidate, root *listRecord) bool {
	for r := candidate; r != nil; r = c.lists[r.parentID] {
		if r == root {
			return true
		}
	}
	return false
}

// subtree returns root and all records below it.
func (c *Company) subtree(root *listRecord) []*listRecord {
	out := []*listRecord{root}
	for _, r := range c.lists {
		if r != root && c.isSelfOrDescendant(r, root) {
			out = append(out, r)
		}
	}
	return out
}

// formatAmount writes amounts with two decimals, as QuickBooks reports them.
func formatAmount(s string) string {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return s
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}
