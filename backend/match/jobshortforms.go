package match

// Short forms of the words of a job's title a bookkeeper types where QuickBooks' job field is
// narrow, which the rules for cut words and consonant skeletons miss because the word is short
// ("Trn" for Turn: a skeleton needs two letters more than it keeps) or because the table reads
// the short form as another word ("Conc" is Concrete in a firm's name, and a concourse in an
// airport job's: "Conc B Restroom Reno"). Each is read only when the other name has the word
// (otherReadings, abbrev.go).
var jobShortForms = map[string][]string{
	"trn":  {"turn"},                      // "Spring Cypress Rd Trn Lane"
	"trns": {"turns"},                     // "Left Trns"
	"conc": {"concourse"},                 // "Conc B Restroom Reno"
	"corp": {"corporate"},                 // "Minnetonka Corp Ctr", the Minnetonka Corporate Center
	"sub":  {"substation", "subdivision"}, // a utility's "Arapahoe Sub", a builder's "Oak Ridge Sub"
	"subs": {"substations", "subdivisions"},
	"drn":  {"drain", "drainage"}, // "Storm Drn"
	// Other words the table reads another way: "Springboro
	// Jr High" (Jr is a son's "Junior" after a person's name), "Tower Fl 8-10" (floors; FL in
	// capitals is Florida), "Wyndham Res Lot 14" (a reserve, as Res is a residence or a
	// reservoir), "Oldham Gardens Asst Living".
	"jr":   {"junior"},
	"fl":   {"floors"},
	"flrs": {"floors"},
	"res":  {"reserve"},
	"asst": {"assisted", "assistant"},
	// A tract builder's map number: "Tr 37254 Winchester Models" (two letters, too short for a
	// consonant skeleton).
	"tr":  {"tract"},
	"trs": {"tracts"},
}
