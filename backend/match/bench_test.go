package match

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// Word lists for the synthetic benchmark names. They are combined at random, so they need not be
// long to give thousands of distinct, realistic-looking names.
var (
	benchSurnames = strings.Fields(`Anderson Baker Bauer Becker Bennett Brooks Bryant Burke Caldwell Carlson Carter
		Castillo Chen Clark Cole Collins Cooper Cruz Daniels Davis Delgado Dixon Donnelly Duncan Edwards Ellis
		Erickson Evans Fischer Fitzgerald Fleming Foster Fraser Garcia Gibson Gomez Graham Grant Griffin Gutierrez
		Hale Hansen Harper Harris Hayes Henderson Hendricks Herrera Hoffman Holloway Howard Hughes Jensen Johnson
		Jordan Keller Kelly Kim Knight Kowalski Larsen Lawson Lee Lindqvist Lopez Mahoney Martin Martinez Mason
		McAllister Meyer Miller Mitchell Moore Morgan Morris Murphy Nakamura Nelson Nguyen Novak Olsen Ortiz Owens
		Palmer Park Patel Perez Peterson Phillips Porter Powell Quinn Ramirez Reed Reyes Richter Rivera Roberts
		Robinson Rodriguez Ross Russell Ryan Sanders Schmidt Schneider Schultz Scott Shaw Silva Simmons Sorensen
		Stewart Sullivan Tanaka Taylor Thompson Torres Tran Turner Vasquez Wagner Walker Walsh Ward Watson Weber
		Wells West White Whitfield Williams Wilson Wong Wright Young Zimmerman`)
	benchPlaces = strings.Fields(`Alder Aspen Auburn Ballard Bayside Bellevue Birch Blue Bremerton Canyon Cascade
		Cedar Centennial Chinook Clearwater Coastal Columbia Copper Cottonwood Crescent Crystal Delta Eagle Eastgate
		Echo Elm Emerald Everett Evergreen Fairview Falcon Fernwood Frontier Glacier Golden Granite Green Harbor
		Hawthorne Heritage Highland Hillcrest Horizon Iron Juniper Kent Keystone Lakeside Lakeview Laurel Liberty
		Lincoln Madrona Magnolia Maple Meadow Meridian Metro Midway Mill Monarch Mountain Northgate Northstar Oak
		Olympic Orchard Pacific Paramount Park Pine Pinnacle Pioneer Puget Quarry Rainier Raven Red Redmond Ridge
		Ridgeline River Riverside Rock Rose Salmon Sand Sequoia Shoreline Sierra Silver Skyline Sound Spruce
		Stone Summit Sunrise Sunset Tacoma Timber Titan Tower Trillium Union United Valley Vista Walnut Westlake
		Westside Whidbey Willow`)
	benchTrades = []string{"Drywall", "Concrete", "Steel Erectors", "Roofing", "Landscape Services", "Fire Protection",
		"Plumbing & Heating", "Excavating", "Electrical Contractors", "Masonry", "Glass & Glazing", "Door & Hardware",
		"Waterproofing", "Fire Sprinkler", "Painting", "Mechanical", "Framing", "Insulation", "Paving", "Elevator",
		"Scaffolding", "Rebar", "Millwork", "Flooring", "Tile & Stone", "Fence", "HVAC", "Surveying", "Earthworks",
		"Acoustical Ceilings", "Demolition", "Crane Service", "Sheet Metal", "Welding", "Trucking", "Equipment Rental",
		"Supply", "Lumber", "Ready Mix", "Engineering", "Architects", "Testing & Inspection", "Signs", "Cabinets",
		"Countertops", "Stucco", "Sealcoat", "Pumping", "Drilling", "Abatement", "Traffic Control", "Hydroseeding"}
	benchBuildings = []string{"Medical Office Building", "Elementary School", "High School Modernization", "Library",
		"Community Center", "Apartments", "Townhomes", "Senior Living", "Fire Station", "Warehouse", "Distribution Center",
		"Parking Structure", "Tenant Improvement", "Office Park", "Mixed Use", "Clinic", "Hospital Expansion",
		"City Hall Seismic Retrofit", "Police Station", "Transit Center", "Pump Station", "Water Treatment Plant",
		"Retail Center", "Hotel", "Church Reroof", "Gymnasium", "Science Building", "Data Center", "Marina", "Bridge Repair"}
	benchSuffixes = []string{"", "", "", "Inc", "Inc.", ", Inc.", "LLC", ", LLC", "Co", "Co., Inc.", "Corp", "Ltd"}
	benchChains   = []string{"Home Depot", "Lowe's", "Sherwin-Williams", "Ferguson", "Ace Hardware", "Costco", "Harbor Freight", "Safeway"}
)

// benchName invents a QuickBooks-style name: a vendor, a project or a chain store.
func benchName(r *rand.Rand) string {
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	switch n := r.IntN(20); {
	case n < 11:
		name := pick(benchSurnames) + " " + pick(benchTrades)
		if r.IntN(3) == 0 {
			name = pick(benchPlaces) + " " + pick(benchTrades)
		}
		if s := pick(benchSuffixes); s != "" {
			if s[0] != ',' {
				s = " " + s
			}
			name += s
		}
		return name
	case n < 19:
		name := pick(benchPlaces) + " " + pick(benchPlaces) + " " + pick(benchBuildings)
		switch r.IntN(4) {
		case 0:
			name += fmt.Sprintf(" Phase %d", 1+r.IntN(4))
		case 1:
			name += " - Building " + string(rune('A'+r.IntN(6)))
		}
		return name
	default:
		return fmt.Sprintf("%s #%04d", pick(benchChains), r.IntN(9000)+100)
	}
}

// mess rewrites a name the way the other system's clerk might have typed it.
func mess(r *rand.Rand, name string) string {
	switch r.IntN(9) {
	case 0:
		return strings.ToUpper(name)
	case 1:
		return strings.ToLower(name) + " "
	case 2: // typo: drop or double a letter
		b := []byte(name)
		i := 1 + r.IntN(len(b)-2)
		if r.IntN(2) == 0 {
			return string(b[:i]) + string(b[i+1:])
		}
		return string(b[:i+1]) + string(b[i:])
	case 3:
		return strings.NewReplacer(" Inc.", "", ", Inc.", "", " LLC", ", L.L.C.", " Co", " Company").Replace(name) + ", Inc."
	case 4:
		return strings.NewReplacer("Building", "Bldg", "Medical Office Building", "MOB", "&", "and", "Street", "St").Replace(name)
	case 5:
		if len([]rune(name)) > 20 {
			return string([]rune(name)[:20])
		}
		return name
	case 6:
		return strings.ReplaceAll(name, " ", "  ")
	case 7:
		return "The " + name
	}
	return name
}

// benchLists builds n QuickBooks names and n Procore names, about 70% of which are messy copies
// of a QuickBooks name; source maps those Procore ids to the QuickBooks id they were made from.
func benchLists(n int) (qb, pc []Entry, source map[string]string) {
	source = map[string]string{}
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{}
	for len(qb) < n {
		name := benchName(r)
		if seen[strings.ToLower(name)] {
			continue
		}
		seen[strings.ToLower(name)] = true
		e := Entry{ID: fmt.Sprintf("qb%d", len(qb)), Name: name}
		if r.IntN(3) == 0 {
			e.Phone = fmt.Sprintf("(206) 555-%04d", r.IntN(10000))
			e.Address = fmt.Sprintf("%d %s Way", 100+r.IntN(20000), benchPlaces[r.IntN(len(benchPlaces))])
		}
		qb = append(qb, e)
	}
	perm := r.Perm(n) // each QuickBooks name is copied at most once
	for i := range n {
		var e Entry
		if r.IntN(10) < 7 {
			src := qb[perm[i]]
			e = Entry{Name: mess(r, src.Name), Phone: src.Phone, Address: src.Address}
			source[fmt.Sprintf("pc%d", i)] = src.ID
		} else {
			e = Entry{Name: benchName(r)}
		}
		e.ID = fmt.Sprintf("pc%d", i)
		pc = append(pc, e)
	}
	return qb, pc, source
}

// BenchmarkMatch5000x5000 is the whole job for a large company: index 5,000 QuickBooks records
// and assign 5,000 Procore records to them. Target: at most 1 s.
func BenchmarkMatch5000x5000(b *testing.B) {
	qb, pc, source := benchLists(5000)
	var got map[string]Suggestion
	start := time.Now()
	for b.Loop() {
		got = Assign(pc, NewIndex(qb))
	}
	sec := time.Since(start).Seconds() / float64(b.N)
	b.ReportMetric(sec, "s/match")
	// Most copies should come back to their source: a check that speed was not bought with
	// quality. (A fresh name can take a copy's source first, so not quite all do.)
	back := 0
	for id, src := range source {
		if got[id].ID == src {
			back++
		}
	}
	b.Logf("5,000 x 5,000: %.3f s per NewIndex+Assign (target ≤ 1 s); %d of %d messy copies matched back to their source",
		sec, back, len(source))
}
