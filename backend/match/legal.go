package match

import "strings"

// legalSuffixes are legal forms as they appear after Normalise's tokenising (dots removed, so
// "L.L.C." is "llc" and "Sp. z o.o." is "sp z oo"). They say what kind of company it is, not which
// one, and the two systems disagree about them all the time. Forms that are also ordinary words
// were weighed case by case: "AB" and "EV" are left out ("Building A B", "EV Charging"), "SPA"
// stays because S.p.A. is common on Italian suppliers' invoices and a day spa is rarely a vendor.
var legalSuffixes = phraseSet(
	// English-speaking countries
	"inc", "incorporated", "llc", "lc", "ltd", "limited", "co", "company", "cos", "corp",
	"corporation", "lp", "llp", "lllp", "pllc", "pc", "plc", "pa", "apc", "psc", "chtd",
	"pty", "pte", "pvt", "ulc", "ps", "bhd", "sdn bhd", "private limited", "cia",
	"general partnership", "a general partnership", "limited partnership", "a limited partnership",
	"a corporation", "professional corporation", "a professional corporation", "s corp", "s corporation",
	"limited liability company", "a limited liability company", "professional limited liability company",
	// A law or accounting firm's form ("Chartered"), a professional partnership's, a Florida
	// professional association written out (legalforms2_test.go).
	"chartered", "pllp", "rllp", "professional association", "a professional association", "prof corp",
	// A national bank's form: "Wells Fargo Bank, N.A." (a National Association).
	"na", "national association",
	// Continental Europe and Latin America
	"gmbh", "mbh", "ag", "kg", "ohg", "ug", "sa", "sarl", "sl", "slu", "srl", "spa",
	"sas", "bv", "nv", "vof", "oy", "oyj", "aps", "asa", "kft", "zrt", "sro", "doo", "as",
	"sa de cv", "sab de cv", "s de rl", "s de rl de cv", "sapi de cv", "y cia", "ltda", "eireli",
	"sp z oo", "spzoo", "sp j", "sp k", "kk", "gk",
	// Cyrillic, Greek, Hebrew and Arabic forms, written as Normalise leaves them
	"ооо", "оао", "зао", "пао", "ао", "ип", "тов", "пп",
	"αε", "ατε", "επε", "οε", "εε", "ικε", "αβεε",
	"בע מ", "בעמ",
	"ذمم", "شمم",
	// Japanese and Korean forms that appear as separate words, e.g. "(株)" or "주식회사"
	"株式会社", "有限会社", "合同会社", "株", "有", "주식회사", "유한회사", "주",
)

// legalPrefixes are legal forms written before the name (Russian ООО «…», Japanese 株式会社…).
var legalPrefixes = phraseSet(
	"ооо", "оао", "зао", "пао", "ао", "ип", "тов", "пп",
	"株式会社", "有限会社", "合同会社", "株", "有", "주식회사", "유한회사", "주", "شركة", "الشركة", "مؤسسة",
)

// attachedForms are legal forms written without a space in Chinese, Japanese and Korean names:
// 北京城建集团有限公司, 大林組株式会社. Longest first, so the longest form is cut.
var attachedForms = []string{
	"股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "股份公司",
	"株式会社", "有限会社", "合同会社", "合資会社", "주식회사", "유한회사",
}

// phrases maps "w1 w2" to true and records the longest phrase length in words.
type phrases struct {
	set     map[string]bool
	longest int
}

func phraseSet(list ...string) phrases {
	p := phrases{set: make(map[string]bool, len(list))}
	for _, s := range list {
		p.set[s] = true
		if n := len(strings.Fields(s)); n > p.longest {
			p.longest = n
		}
	}
	return p
}

// tail returns how many trailing words of keys form a phrase in p, longest first, leaving at least
// one word in front of it; 0 when none.
func (p phrases) tail(keys []string) int {
	for n := min(p.longest, len(keys)-1); n >= 1; n-- {
		if p.set[strings.Join(keys[len(keys)-n:], " ")] {
			return n
		}
	}
	return 0
}

// head is tail for leading words.
func (p phrases) head(keys []string) int {
	for n := min(p.longest, len(keys)-1); n >= 1; n-- {
		if p.set[strings.Join(keys[:n], " ")] {
			return n
		}
	}
	return 0
}
