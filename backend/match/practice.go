package match

// A dentist's or a doctor's practice kept as a customer with no jobs ("Lakeview Family Dental",
// "Hartman Family Dentistry", "Queen Anne Dental Group") has its fit-out named by the project
// manager after the practice and the premises: "Lakeview Dental Buildout", "Hartman Dental
// Office Buildout", "Queen Anne Dental Clinic TI". The practice's kind is written as the
// adjective or the noun (Dental, Dentistry), the words a practice puts around it to sound like
// one (Family, Group, Associates) are left out, and the premises (Office, Clinic) added. The
// practice's own words must all be in the project's name and its kind must agree: "Kim Family
// Chiropractic Buildout" is not Kim Family Dentistry's, and "Lakeview Pediatric Dental" is
// another practice than "Lakeview Family Dental".

// practiceForms maps each word naming the kind of a health practice to the practice it names, so
// that the adjective and the noun meet.
var practiceForms = map[string]string{
	"dental": "dental", "dentistry": "dental", "dentist": "dental", "dentists": "dental",
	"orthodontics": "orthodontics", "orthodontic": "orthodontics", "orthodontist": "orthodontics",
	"chiropractic": "chiropractic", "chiropractor": "chiropractic",
	"pediatrics": "pediatrics", "pediatric": "pediatrics",
	"dermatology": "dermatology", "optometry": "optometry", "podiatry": "podiatry",
	"veterinary": "veterinary", "veterinarian": "veterinary",
}

// practiceFillers are the words a practice's name puts around its kind without saying which
// practice.
var practiceFillers = wordSet(`family group associates partners practice care`)

// practicePremises name the rooms a practice works in.
var practicePremises = wordSet(`office offices clinic suite`)

// pairPracticeForms pairs a word of a practice's kind left unpaired with its other form on the
// other side: "Dental" and "Dentistry".
func pairPracticeForms(a, b []token, ap, bp []paired) {
	for i := range a {
		kind := practiceForms[a[i].key]
		if ap[i].like != unlike || kind == "" || a[i].qual {
			continue
		}
		for j := range b {
			if bp[j].like == unlike && !b[j].qual && practiceForms[b[j].key] == kind {
				ap[i] = paired{at: j, like: shortWord}
				bp[j] = paired{at: i, like: shortWord}
				break
			}
		}
	}
}

// practiceNamed reports that the customer e with no jobs is a practice whose kind and every own
// word are in the project's name.
func practiceNamed(e []token, ep []paired) bool {
	kind, own := false, 0
	for j := range e {
		u := &e[j]
		switch {
		case u.role == roleStop || u.qual || u.role == roleDescriptor || practiceFillers[u.key]:
		case practiceForms[u.key] != "":
			kind = kind || ep[j].like != unlike
		case ep[j].like == unlike || u.first:
			return false // a word of the practice's own left out, or a person's name
		default:
			own++
		}
	}
	return kind && own > 0
}

// practiceFillerLeft reports that t, a word of the practice e the project left out, only makes
// the name sound like a practice's.
func practiceFillerLeft(t *token, e []token, ep []paired) bool {
	return practiceFillers[t.key] && !t.qual && practiceNamed(e, ep)
}

// practicePremisesAdded reports that t, a word the project adds to the practice's name e, names
// its premises.
func practicePremisesAdded(t *token, e []token, ep []paired) bool {
	return practicePremises[t.key] && !t.qual && practiceNamed(e, ep)
}
