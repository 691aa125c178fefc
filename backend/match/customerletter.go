package match

// A customer's last word is often cut to its initial after the others: "Seattle U Campion Hall
// Boiler" for a job of Seattle University, "Penn S Stadium" for Penn State. The letter stands
// right after the word paired with the customer's word before it, and is the first letter of
// the customer's next word, which the project's name does not have. A letter anywhere else
// ("Building B", "Seattle B Lot") is a designator, another job (whole.go).

// customerLetter pairs a lone letter of q with the customer word of e it is the initial of, when
// the word before the letter is paired with the customer's word before that one.
func customerLetter(q, e []token, qp, ep []paired) {
	for i := 1; i < len(q); i++ {
		t := &q[i]
		if qp[i].like != unlike || !t.single() || t.num != "" || t.glued || t.code || t.qual || qp[i-1].like != sameWord {
			continue
		}
		j := qp[i-1].at + 1
		if j >= len(e) || !e[j].customer || !e[j-1].customer || ep[j].like != unlike || e[j].role != roleCore ||
			len(e[j].runes) < 2 || e[j].num != "" || e[j].runes[0] != t.runes[0] {
			continue
		}
		qp[i] = paired{at: j, like: shortWord}
		ep[j] = paired{at: i, like: shortWord}
	}
}
