package match

// Two Procore records whose best match is one QuickBooks record with the same score are told
// apart by the words each leaves aside: "Kestrel Enterprise" and "Kestrel Electric LLC" against
// "Kestrel Enterprise Columbus" both read as the firm's branch, but the first has every word of
// its own in the branch's name and the second leaves its trade aside. The one leaving fewer words
// aside is the branch's firm; with as many words aside each (a trade for a trade: "Kestrel
// Electric", "Kestrel Paving") they still tie, and neither is offered for one click.

// asideCompare orders two tied matches of one QuickBooks record: negative when a leaves fewer
// words aside than b (a is the better reading), positive when more, 0 when as many.
func asideCompare(a, b *Candidate) int {
	if a.aside < 0 || b.aside < 0 {
		return 0
	}
	return int(a.aside) - int(b.aside)
}
