//go:build ignore

// generate writes the reference Procore company used by the simulator: ~1,000 CSI-style standard cost
// codes, 300 projects and 3,000 directory vendors with the mess real companies have (long names, "&",
// accents and non-Latin scripts, near-duplicate vendors, commas in addresses, blank and null fields),
// direct costs, commitments with payments, budgets (views, line items, modifications, budget changes)
// on the first twelve projects, commitment change orders and subcontractor invoices with retainage.
// The seeds are fixed, so the output only changes when this program does.
//
// Run with: go run testdata/procore/generate.go (from the module root) or go run generate.go (from
// here); it writes next to itself either way.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

const (
	companyID   int64 = 5_000_000_017 // above 2^32: ids must travel as int64
	listID      int64 = 5_200_000_001
	codeBase    int64 = 5_300_000_000
	typeBase    int64 = 5_900_000_000
	projectBase int64 = 3_000_000_000
	vendorBase  int64 = 4_000_000_000
	costBase    int64 = 6_000_000_000
	commitBase  int64 = 6_400_000_000
	itemBase    int64 = 6_500_000_000
	paymentBase int64 = 6_600_000_000

	// Budgets, change orders and requisitions; the simulator hands out ids above these for new rows.
	budgetItemBase   int64 = 7_010_000_000
	wbsBase          int64 = 7_020_000_000
	modificationBase int64 = 7_030_000_000
	budgetChangeBase int64 = 7_040_000_000
	adjustmentBase   int64 = 7_045_000_000
	budgetViewBase   int64 = 7_050_000_000
	changeOrderBase  int64 = 6_800_000_000
	coItemBase       int64 = 6_850_000_000
	requisitionBase  int64 = 6_900_000_000
	reqItemBase      int64 = 6_950_000_000

	// Project cost codes are derived by the simulator at fixed ids; this mirrors
	// procoresim.ProjectCostCodeID (a test there checks every fixture reference resolves).
	projectCostCodeIDBase int64 = 10_000_000_000
	projectCostCodeSlots  int64 = 4096
	budgetProjects              = 12 // projects with a budget: indexes 0, 3, 6, 9 are locked
)

func projectCostCodeID(projectID int64, ordinal int) int64 {
	return projectCostCodeIDBase + (projectID%1_000_000_000)*projectCostCodeSlots + int64(ordinal)
}

var rng = rand.New(rand.NewPCG(20240611, 41))

// epoch is the earliest created_at; every timestamp is epoch plus a seeded offset.
var epoch = time.Date(2023, 1, 9, 8, 0, 0, 0, time.UTC)

func stamp(maxDays int) time.Time {
	return epoch.Add(time.Duration(rng.IntN(maxDays*24*3600)) * time.Second)
}

func format(t time.Time) string { return t.Format(time.RFC3339) }

func pick[T any](items []T) T { return items[rng.IntN(len(items))] }

// maybe returns value, "" or nil: Procore sends both blanks and nulls for unset text.
func maybe(value string, blankPercent, nullPercent int) any {
	roll := rng.IntN(100)
	switch {
	case roll < nullPercent:
		return nil
	case roll < nullPercent+blankPercent:
		return ""
	}
	return value
}

// outputDir is the directory of this file, so `go run testdata/procore/generate.go` from the module
// root and `go run generate.go` from here write to the same place.
func outputDir() string {
	if _, file, _, ok := runtime.Caller(0); ok {
		if _, err := os.Stat(file); err == nil {
			return filepath.Dir(file)
		}
	}
	return "."
}

func write(name string, value any) {
	var buffer bytes.Buffer
	encoder := json.NewEncoder(&buffer)
	encoder.SetEscapeHTML(false) // keep "&" and "<" readable in the fixtures
	if err := encoder.Encode(value); err != nil {
		log.Fatalf("encode %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(outputDir(), name), buffer.Bytes(), 0o644); err != nil {
		log.Fatalf("write %s: %v", name, err)
	}
	fmt.Printf("%-30s %7d bytes\n", name, buffer.Len())
}

type division struct {
	code, name string
	items      []string
}

var divisions = []division{
	{"01", "General Requirements", []string{"Project Management", "Supervision", "Temporary Facilities", "Temporary Utilities", "Field Office", "Final Cleaning", "Permits & Fees", "Surveying", "Safety", "Insurance & Bonds"}},
	{"02", "Existing Conditions", []string{"Demolition", "Site Assessment", "Hazardous Material Abatement", "Asbestos Removal", "Lead Paint Removal", "Selective Demolition"}},
	{"03", "Concrete", []string{"Formwork", "Reinforcing Steel", "Cast-in-Place Concrete", "Precast Concrete", "Concrete Finishing", "Slab on Grade", "Grout", "Post-Tensioning"}},
	{"04", "Masonry", []string{"Brick Masonry", "Concrete Unit Masonry", "Stone Veneer", "Masonry Restoration", "Glass Block"}},
	{"05", "Metals", []string{"Structural Steel", "Steel Joists", "Metal Decking", "Miscellaneous Metals", "Ornamental Railings", "Metal Stairs"}},
	{"06", "Wood, Plastics & Composites", []string{"Rough Carpentry", "Finish Carpentry", "Architectural Woodwork", "Wood Trusses", "Casework"}},
	{"07", "Thermal & Moisture Protection", []string{"Waterproofing", "Insulation", "Roofing", "Flashing & Sheet Metal", "Joint Sealants", "Fireproofing", "Air Barriers"}},
	{"08", "Openings", []string{"Hollow Metal Doors", "Wood Doors", "Overhead Doors", "Storefronts", "Curtain Wall", "Windows", "Door Hardware", "Glazing"}},
	{"09", "Finishes", []string{"Gypsum Board", "Acoustical Ceilings", "Ceramic Tile", "Resilient Flooring", "Carpet", "Painting", "Wall Coverings", "Terrazzo"}},
	{"10", "Specialties", []string{"Signage", "Toilet Partitions", "Toilet Accessories", "Lockers", "Fire Extinguishers", "Corner Guards"}},
	{"11", "Equipment", []string{"Food Service Equipment", "Laboratory Equipment", "Loading Dock Equipment", "Residential Appliances"}},
	{"12", "Furnishings", []string{"Window Treatments", "Casework Furnishings", "Entrance Mats", "Site Furnishings"}},
	{"13", "Special Construction", []string{"Pre-Engineered Structures", "Swimming Pools", "Radiation Protection"}},
	{"14", "Conveying Equipment", []string{"Elevators", "Escalators", "Wheelchair Lifts", "Dumbwaiters"}},
	{"21", "Fire Suppression", []string{"Fire Sprinklers", "Standpipes", "Fire Pumps", "Clean Agent Systems"}},
	{"22", "Plumbing", []string{"Domestic Water Piping", "Sanitary Waste & Vent", "Storm Drainage", "Plumbing Fixtures", "Water Heaters", "Natural Gas Piping"}},
	{"23", "HVAC", []string{"Ductwork", "Air Handling Units", "Rooftop Units", "Hydronic Piping", "Controls", "Testing & Balancing", "Exhaust Fans"}},
	{"25", "Integrated Automation", []string{"Building Automation", "Energy Monitoring"}},
	{"26", "Electrical", []string{"Service & Distribution", "Branch Wiring", "Lighting", "Lighting Controls", "Generators", "Grounding", "Conduit"}},
	{"27", "Communications", []string{"Structured Cabling", "Audio-Visual", "Data Racks", "Distributed Antenna System"}},
	{"28", "Electronic Safety & Security", []string{"Fire Alarm", "Access Control", "Video Surveillance", "Intrusion Detection"}},
	{"31", "Earthwork", []string{"Clearing & Grubbing", "Excavation", "Backfill", "Grading", "Erosion Control", "Shoring", "Dewatering"}},
	{"32", "Exterior Improvements", []string{"Asphalt Paving", "Concrete Paving", "Curbs & Gutters", "Fencing", "Landscaping", "Irrigation", "Pavement Markings"}},
	{"33", "Utilities", []string{"Water Utilities", "Sanitary Sewer", "Storm Utilities", "Electrical Utilities", "Gas Utilities"}},
	{"34", "Transportation", []string{"Traffic Signals", "Railway Track"}},
	{"35", "Waterway & Marine", []string{"Marine Piling", "Dredging"}},
	{"40", "Process Interconnections", []string{"Process Piping", "Process Valves"}},
	{"41", "Material Processing & Handling", []string{"Conveyors", "Cranes & Hoists"}},
	{"48", "Electrical Power Generation", []string{"Solar Photovoltaic", "Battery Storage", "Wind Turbines"}},
}

var codeQualifiers = []string{"", "Labor", "Materials", "Subcontract", "Equipment Rental", "Allowance", "Repairs", "Testing", "Submittals", "Cleanup", "Overtime", "Phase 1", "Phase 2", "Punch List", "Warranty Work"}

func costCodes() []map[string]any {
	var rows []map[string]any
	id := codeBase
	for _, d := range divisions {
		id++
		parentID := id
		rows = append(rows, map[string]any{"id": parentID, "standard_cost_code_list_id": listID, "parent_id": nil,
			"code": d.code, "full_code": d.code, "name": d.name, "origin_id": nil, "origin_data": nil})
		count := 33 + rng.IntN(4)
		for n := 0; n < count; n++ {
			id++
			item := d.items[n%len(d.items)]
			qualifier := codeQualifiers[(n/len(d.items))%len(codeQualifiers)]
			name := item
			if qualifier != "" {
				name = item + " - " + qualifier
			}
			code := fmt.Sprintf("%03d", 100+n*10)
			var origin, data any
			if rng.IntN(100) < 40 { // the ERP list half-synced from QuickBooks
				origin = fmt.Sprintf("8000%04X-%d|8000%04X-%d", rng.IntN(0xffff), 1600000000+rng.IntN(9e7), rng.IntN(0xffff), 1400000000+rng.IntN(9e7))
				data = `{"edit_sequence":"` + fmt.Sprint(1600000000+rng.IntN(9e7)) + `"}`
			}
			rows = append(rows, map[string]any{"id": id, "standard_cost_code_list_id": listID, "parent_id": parentID,
				"code": code, "full_code": d.code + "-" + code, "name": name, "origin_id": origin, "origin_data": data})
		}
	}
	return rows
}

type place struct{ city, state, zip, country string }

var places = []place{
	{"Sacramento", "CA", "95814", "US"}, {"San José", "CA", "95112", "US"}, {"Fresno", "CA", "93721", "US"},
	{"Portland", "OR", "97205", "US"}, {"Seattle", "WA", "98104", "US"}, {"Boise", "ID", "83702", "US"},
	{"Phoenix", "AZ", "85004", "US"}, {"Denver", "CO", "80202", "US"}, {"Austin", "TX", "78701", "US"},
	{"San Antonio", "TX", "78205", "US"}, {"Houston", "TX", "77002", "US"}, {"Chicago", "IL", "60601", "US"},
	{"Coeur d'Alene", "ID", "83814", "US"}, {"Española", "NM", "87532", "US"}, {"New York", "NY", "10007", "US"},
	{"Miami", "FL", "33130", "US"}, {"Atlanta", "GA", "30303", "US"}, {"Toronto", "ON", "M5H 2N2", "CA"},
	{"Montréal", "QC", "H2Y 1C6", "CA"}, {"Vancouver", "BC", "V6B 1A1", "CA"},
}

var streets = []string{"Main St", "Industrial Pkwy", "Commerce Dr", "Harbor Blvd", "Rue Saint-Denis", "Oak Ave", "Market St", "Airport Rd", "El Camino Real", "Martin Luther King Jr Blvd"}

// address returns street text, often with commas (suite, building) because those break naive CSV.
func address() string {
	street := fmt.Sprintf("%d %s", 100+rng.IntN(9800), pick(streets))
	switch rng.IntN(6) {
	case 0:
		return street + fmt.Sprintf(", Suite %d", 100+rng.IntN(800))
	case 1:
		return fmt.Sprintf("Bldg %d, ", 1+rng.IntN(9)) + street + fmt.Sprintf(", Unit %c", 'A'+rune(rng.IntN(6)))
	case 2:
		return street + ", Attn: Accounts Payable"
	}
	return street
}

func phone() string {
	return fmt.Sprintf("(%03d) %03d-%04d", 200+rng.IntN(700), 200+rng.IntN(700), rng.IntN(10000))
}

var projectKinds = []string{"Medical Office Building", "Elementary School Modernization", "Tenant Improvement", "Warehouse", "Parking Structure", "Mixed-Use Apartments", "Fire Station", "Water Treatment Plant Upgrade", "Retail Center", "Library Renovation", "Data Center", "Hotel Renovation"}
var projectPlaces = []string{"Riverside", "Oak Grove", "Harbor Point", "Cedar Ridge", "Mission Bay", "Lakeview", "Northgate", "Sunnyvale", "Westfield", "Pine Hollow"}
var specialProjects = []string{
	"Café Lumière Renovation – Phase 2",
	"北京国际机场 T4 扩建",
	"Smith & Jones Office Tower, Levels 3–7",
	"Sacramento Regional County Sanitation District Headworks Replacement Project",
	"Über-Haus Residences",
	"Østerbro School Seismic Retrofit",
	"O'Brien Family Residence",
	"  Leading Space Project  ",
	"Jobsite #42 (DO NOT USE)",
	"東京タワー改修工事",
}

func projects() []map[string]any {
	var rows []map[string]any
	for i := 0; i < 300; i++ {
		id := projectBase + int64(i)*7919 + int64(rng.IntN(5000)) // sparse, non-contiguous ids
		name := fmt.Sprintf("%s %s", pick(projectPlaces), pick(projectKinds))
		if i < len(specialProjects) {
			name = specialProjects[i]
		} else if rng.IntN(8) == 0 {
			name += " - Building " + string(rune('A'+rng.IntN(6)))
		}
		p := pick(places)
		created := stamp(700)
		updated := created.Add(time.Duration(rng.IntN(200*24)) * time.Hour)
		var number, origin, originData, originCode, county any
		if rng.IntN(10) > 0 {
			number = fmt.Sprintf("%d-%03d", created.Year(), i+1)
		}
		if rng.IntN(100) < 35 { // jobs already linked to QuickBooks
			origin = fmt.Sprintf("8000%04X-%d", rng.IntN(0xffff), 1600000000+rng.IntN(9e7))
			originData = `{"edit_sequence":"` + fmt.Sprint(1600000000+rng.IntN(9e7)) + `"}`
			originCode = number
		}
		if rng.IntN(3) == 0 {
			county = pick([]string{"Sacramento County", "King County", "Travis County", "Cook County"})
		}
		var latitude, longitude any
		if rng.IntN(5) > 0 {
			latitude, longitude = 25+rng.Float64()*24, -122+rng.Float64()*40
		}
		displayName := name
		if number != nil {
			displayName = number.(string) + " - " + name
		}
		startDate := created.AddDate(0, 0, rng.IntN(60))
		rows = append(rows, map[string]any{
			"id": id, "name": name, "display_name": displayName, "project_number": number,
			"code": nil, "address": maybe(address(), 5, 5), "city": maybe(p.city, 3, 3),
			"state_code": p.state, "country_code": p.country, "zip": maybe(p.zip, 5, 5), "county": county,
			"time_zone": "US/Pacific", "latitude": latitude, "longitude": longitude,
			"stage": pick([]string{"Course of Construction", "Bidding", "Pre-Construction", "Post-Construction", "Warranty"}),
			"phone": maybe(phone(), 30, 10), "fax": maybe(phone(), 40, 40), "description": maybe("Reference project "+fmt.Sprint(i+1), 20, 40),
			"active": rng.IntN(10) > 1, "origin_id": origin, "origin_data": originData, "origin_code": originCode,
			"total_value": fmt.Sprintf("%d.0", (50+rng.IntN(5000))*1000),
			"start_date":  startDate.Format("2006-01-02"), "completion_date": maybe(startDate.AddDate(1, rng.IntN(12), 0).Format("2006-01-02"), 0, 20),
			"standard_cost_code_list_id": listID, "is_erp_integrated": origin != nil, "is_demo": false,
			"created_at": format(created), "updated_at": format(updated),
		})
	}
	return rows
}

var vendorWords = []string{"Acme", "Apex", "Summit", "Pacific", "Golden State", "Cascade", "Sierra", "Redwood", "Valley", "Metro", "Pioneer", "Allied", "Premier", "United", "Coastal", "Western", "Delta", "Frontier", "Keystone", "Liberty", "Horizon", "Evergreen", "Titan", "Granite", "Blue Sky", "Ironwood", "Silver Creek", "Bay Area", "Northstar", "Capitol"}
var vendorTrades = []string{"Plumbing", "Electric", "Electrical Contractors", "Concrete", "Roofing", "Drywall", "Painting", "Steel Erectors", "Mechanical", "HVAC", "Glass & Glazing", "Flooring", "Landscaping", "Excavating", "Fire Protection", "Masonry", "Insulation", "Supply", "Lumber", "Equipment Rental", "Paving", "Doors & Hardware", "Surveying", "Engineering"}
var vendorSuffixes = []string{"Inc", "Inc.", "LLC", "Co.", "Corp.", "Company", "Ltd.", "& Sons", "Group", "Services", ""}

// specialVendors are the hand-written hard cases: near duplicates QuickBooks may treat as one name or
// two, names past QuickBooks' 41-character limit, and every script a vendor list really contains.
var specialVendors = []string{
	"ABC Plumbing Inc", "A.B.C. Plumbing, Inc.", "ABC Plumbing LLC", "ABC Plumbing Inc.", "abc plumbing inc",
	"Müller Bau GmbH", "Mueller Bau GmbH", "北京建工", "北京建工集团有限责任公司", "Société Générale de Construction",
	"Construcciones Peñalosa S.A. de C.V.", "Łódź Budownictwo Sp. z o.o.", "東京建設株式会社", "Ñandú Roofing",
	"Smith & Sons Electrical", "Smith and Sons Electrical", "Smith & Sons Electrical ", "O'Reilly Concrete",
	"Northwestern Regional Mechanical Contractors and Engineering Services Inc",
	"The Very Long Name General Contracting Company of Northern California, LLC",
	"Johnson Controls, Inc.", "Home Depot #4421", "Home Depot #4421 (Pro Desk)", "Lowe's", "Lowes",
	"Δέλτα Κατασκευαστική Α.Ε.", "Строй Монтаж ООО", "شركة البناء الحديث", "Nguyễn Xây Dựng", "Çelik Yapı A.Ş.",
	"\"Quoted\" Drywall Co.", "Tab\tSeparated Supply", "Emoji 🚧 Barricades", "<script>alert(1)</script> Paving",
	"Comma, Inc.", "100% Electric", "#1 Roofing", "ACME Concrete", "Acme Concrete", "ACME CONCRETE INC",
}

func vendors() []map[string]any {
	var rows []map[string]any
	used := map[string]int{}
	for i := 0; i < 3000; i++ {
		var name string
		if i < len(specialVendors) {
			name = specialVendors[i]
		} else {
			for {
				name = strings.TrimSpace(pick(vendorWords) + " " + pick(vendorTrades) + " " + pick(vendorSuffixes))
				if used[name] == 0 || rng.IntN(40) == 0 { // a few exact duplicates, as real lists have
					break
				}
			}
		}
		used[name]++
		p := pick(places)
		created := stamp(900)
		updated := created.Add(time.Duration(rng.IntN(300*24)) * time.Hour)
		var origin, originData, originCode any
		if rng.IntN(100) < 45 {
			origin = fmt.Sprintf("8000%04X-%d", rng.IntN(0xffff), 1300000000+rng.IntN(3e8))
			originData = `{"edit_sequence":"` + fmt.Sprint(1300000000+rng.IntN(3e8)) + `"}`
			originCode = fmt.Sprintf("V%05d", i+1)
		}
		email := strings.ToLower(strings.Join(strings.Fields(name), "")) + "@example.com"
		rows = append(rows, map[string]any{
			"id": vendorBase + int64(i)*104729 + int64(rng.IntN(1000)), "name": name,
			"abbreviated_name": maybe(strings.ToUpper(string([]rune(name)[:min(3, len([]rune(name)))])), 20, 40),
			"trade_name":       maybe(name, 10, 70), "legal_name": maybe(name, 10, 60),
			"address": maybe(address(), 8, 6), "city": maybe(p.city, 5, 5), "state_code": maybe(p.state, 0, 5),
			"country_code": maybe(p.country, 0, 5), "zip": maybe(p.zip, 5, 5),
			"business_phone": maybe(phone(), 15, 10), "mobile_phone": maybe(phone(), 30, 40),
			"fax_number": maybe(phone(), 30, 40), "email_address": maybe(email, 15, 15),
			"website":   maybe("https://www.example.com/"+fmt.Sprint(i), 30, 40),
			"is_active": rng.IntN(20) > 0, "origin_id": origin, "origin_data": originData, "origin_code": originCode,
			"synced_to_erp": origin != nil, "authorized_bidder": rng.IntN(2) == 0, "prequalified": rng.IntN(3) == 0,
			"union_member": rng.IntN(4) == 0, "license_number": maybe(fmt.Sprintf("CSLB %06d", rng.IntN(1e6)), 20, 40),
			"notes":      maybe("Net 30; send lien waivers with every pay app, no exceptions", 30, 50),
			"created_at": format(created), "updated_at": format(updated),
		})
	}
	return rows
}

func lineItemTypes() []map[string]any {
	kinds := [][3]string{{"Labor", "L", "other"}, {"Materials", "M", "materials"}, {"Subcontract", "S", "commitment"},
		{"Equipment", "E", "equipment"}, {"Other", "O", "other"}, {"Owner Cost", "OC", "owner_cost"},
		{"Professional Services", "PS", "professional_services"}, {"Permits & Fees", "PF", ""}}
	var rows []map[string]any
	for i, k := range kinds {
		var base any = k[2]
		if k[2] == "" {
			base = nil // DOCS examples show "base_type": null
		}
		var origin any
		if i < 5 {
			origin = fmt.Sprintf("8000%04X-%d", 0x100+i, 1500000000+i)
		}
		rows = append(rows, map[string]any{"id": typeBase + int64(i) + 1, "name": k[0], "code": k[1], "base_type": base, "origin_id": origin, "origin_data": nil})
	}
	return rows
}

// directCosts spread over the first projects; those with origin_id are ERP-locked.
func directCosts(projectRows, vendorRows []map[string]any) []map[string]any {
	var rows []map[string]any
	for i := 0; i < 120; i++ {
		project := projectRows[i%20]
		vendor := vendorRows[rng.IntN(len(vendorRows))]
		created := stamp(600)
		var origin any
		if i%3 == 0 {
			origin = fmt.Sprintf("8000%04X-%d", rng.IntN(0xffff), 1600000000+rng.IntN(9e7))
		}
		amount := fmt.Sprintf("%d.%02d", 100+rng.IntN(50000), rng.IntN(100))
		rows = append(rows, map[string]any{
			"id": costBase + int64(i)*31 + 1, "project_id": project["id"], "direct_cost_type": pick([]string{"invoice", "expense", "invoice"}),
			"direct_cost_date": created.Format("2006-01-02"), "description": maybe("Materials, delivery & handling", 20, 30),
			"invoice_number": fmt.Sprintf("INV-%05d", 1000+i), "status": pick([]string{"draft", "pending", "approved", "approved"}),
			"amount": amount, "grand_total": amount, "payment_date": nil, "received_date": created.Format("2006-01-02"),
			"terms": maybe("Net 30", 20, 40), "vendor_id": vendor["id"], "origin_id": origin, "origin_data": nil,
			"created_at": format(created), "updated_at": format(created.Add(48 * time.Hour)),
		})
	}
	return rows
}

// commitments gives the first 30 projects subcontracts and purchase orders in several states, each
// with schedule-of-values lines on real cost codes, and payments on the approved ones.
func commitments(projectRows, vendorRows, codeRows, typeRows []map[string]any) (contracts, payments []map[string]any) {
	var leafCodes []map[string]any
	for _, code := range codeRows {
		if code["parent_id"] != nil {
			leafCodes = append(leafCodes, code)
		}
	}
	contractID, itemID, paymentID := commitBase, itemBase, paymentBase
	for p, project := range projectRows[:30] {
		for n := 0; n < 2+rng.IntN(3); n++ {
			contractID += 13
			kind, prefix, statuses := "WorkOrderContract", "SC", []string{"Approved", "Approved", "Draft", "Complete", "Out For Signature"}
			if n%2 == 1 {
				kind, prefix, statuses = "PurchaseOrderContract", "PO", []string{"Approved", "Approved", "Draft", "Processing", "Received"}
			}
			status := pick(statuses)
			created := stamp(500)
			var items []map[string]any
			total := 0
			for i := 0; i < 2+rng.IntN(5); i++ {
				itemID += 7
				cents := (500 + rng.IntN(200000)) * 100
				total += cents
				amount := fmt.Sprintf("%d.%02d", cents/100, cents%100)
				items = append(items, map[string]any{
					"id": itemID, "amount": amount, "description": maybe(pick([]string{"Labor & materials", "Rough-in, per plans", "Mobilization", "Allowance – owner directed"}), 10, 10),
					"quantity": "1.0", "unit_cost": amount, "uom": maybe("ls", 20, 20), "total_amount": amount, "extended_amount": amount,
					"extended_type": "manual", "position": i + 1, "cost_code_id": pick(leafCodes)["id"], "line_item_type_id": typeRows[2]["id"],
					"origin_id": nil, "origin_data": nil, "created_at": format(created), "updated_at": format(created),
				})
			}
			var origin, originCode any
			if status == "Approved" && rng.IntN(2) == 0 {
				origin = fmt.Sprintf("8000%04X-%d", rng.IntN(0xffff), 1600000000+rng.IntN(9e7))
				originCode = fmt.Sprintf("%s-%03d", prefix, n+1)
			}
			grandTotal := fmt.Sprintf("%d.%02d", total/100, total%100)
			contract := map[string]any{
				"id": contractID, "type": kind, "project_id": project["id"], "vendor_id": pick(vendorRows)["id"],
				"number": fmt.Sprintf("%s-%03d", prefix, n+1), "title": fmt.Sprintf("%s %d – %s", prefix, n+1, pick([]string{"Plumbing", "Electrical, Low Voltage", "Concrete & Rebar", "Drywall/Framing", "Roofing"})),
				"status": status, "description": maybe("Per bid dated "+created.Format("January 2, 2006"), 20, 30), "accounting_method": "amount",
				"executed": status == "Approved" || status == "Complete", "private": rng.IntN(5) == 0,
				"grand_total": grandTotal, "revised_contract": grandTotal, "approved_change_orders": "0.0", "pending_change_orders": "0.0",
				"retainage_percent": pick([]string{"10.0", "5.0", "0.0"}), "origin_id": origin, "origin_code": originCode, "origin_data": nil,
				"contract_date": created.Format("2006-01-02"), "created_at": format(created), "updated_at": format(created.Add(72 * time.Hour)),
				"line_items": items,
			}
			if kind == "WorkOrderContract" {
				contract["inclusions"], contract["exclusions"] = maybe("All labor, material & equipment", 20, 20), maybe("Permits, bonds", 20, 30)
			} else {
				contract["bill_to_address"], contract["ship_to_address"], contract["payment_terms"] = "PO Box 100, Sacramento, CA 95814", address(), maybe("Net 30", 10, 20)
			}
			contracts = append(contracts, contract)
			if status != "Approved" {
				continue
			}
			for k := 0; k < 1+rng.IntN(3); k++ {
				paymentID += 11
				share := total / (4 + rng.IntN(4))
				var paymentOrigin any
				if k%2 == 0 {
					paymentOrigin = fmt.Sprintf("8000%04X-%d", rng.IntN(0xffff), 1700000000+rng.IntN(9e7))
				}
				paid := created.AddDate(0, 1+k, 0)
				payments = append(payments, map[string]any{
					"id": paymentID, "contract_id": contractID, "project_id": project["id"], "requisition_id": nil,
					"amount": fmt.Sprintf("%d.%02d", share/100, share%100), "date": paid.Format("2006-01-02"),
					"check_number": maybe(fmt.Sprint(10000+p*10+k), 10, 10), "invoice_number": fmt.Sprintf("INV-%d-%d", p, k),
					"notes": maybe("Less 10% retainage", 30, 40), "payment_number": k + 1, "draw_request_number": k + 1, "status": nil,
					"origin_id": paymentOrigin, "origin_code": nil, "origin_data": nil,
					"created_at": format(paid), "updated_at": format(paid),
				})
			}
		}
	}
	return contracts, payments
}

// budgetRng feeds the budget, change order and requisition fixtures, so adding them left the older
// fixtures byte-for-byte unchanged.
var budgetRng = rand.New(rand.NewPCG(20260301, 7))

func cents(low, high int) int { return low + budgetRng.IntN(high-low) }

func money(c int) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

func maybeB(value string, nullPercent int) any {
	if budgetRng.IntN(100) < nullPercent {
		return nil
	}
	return value
}

var budgetColumnIDs = []string{"approved_budget_changes", "revised_budget", "pending_budget_changes", "projected_budget",
	"committed_costs", "direct_costs", "job_to_date_costs", "pending_cost_changes", "projected_costs",
	"forecast_to_complete", "estimated_cost_at_completion", "projected_over_under"}

// budgets gives the first budgetProjects projects a budget: a line per cost code × cost type with
// original amounts (some calculated from quantity × unit cost), most of their commitments' lines
// budgeted (the rest show up as unbudgeted rows), job-to-date costs as the ERP reports them, and on the
// locked budgets (every third project) budget modifications and budget changes in every status.
func budgets(projectRows, codeRows, typeRows, contracts []map[string]any) (views, items, modifications, changes []map[string]any) {
	views = []map[string]any{
		{"id": budgetViewBase + 1, "name": "Procore Standard Budget", "description": "Original budget, changes, commitments and job-to-date costs",
			"role": "standard", "created_at": format(epoch), "updated_at": format(epoch), "columns": budgetColumnIDs},
		{"id": budgetViewBase + 2, "name": "QuickBooks Job Cost", "description": nil, "role": "custom",
			"created_at": format(epoch.AddDate(0, 2, 0)), "updated_at": format(epoch.AddDate(0, 5, 0)),
			"columns": []string{"approved_budget_changes", "revised_budget", "committed_costs", "job_to_date_costs", "projected_over_under"}},
	}
	ordinal := map[any]int{}
	var leaves []int
	for i, code := range codeRows {
		ordinal[code["id"]] = i
		if code["parent_id"] != nil {
			leaves = append(leaves, i)
		}
	}
	itemID, wbsID, modificationID, changeID, adjustmentID := budgetItemBase, wbsBase, modificationBase, budgetChangeBase, adjustmentBase
	for p, project := range projectRows[:budgetProjects] {
		projectID := project["id"].(int64)
		created, _ := time.Parse(time.RFC3339, project["created_at"].(string))
		type pair struct {
			ordinal int
			typeID  any
		}
		committed := map[pair]int{}
		var pairs []pair
		add := func(key pair) {
			if _, seen := committed[key]; !seen {
				committed[key] = 0
				pairs = append(pairs, key)
			}
		}
		for _, contract := range contracts {
			if contract["project_id"] != project["id"] {
				continue
			}
			for _, line := range contract["line_items"].([]map[string]any) {
				if budgetRng.IntN(5) == 0 {
					continue // an unbudgeted commitment line
				}
				key := pair{ordinal[line["cost_code_id"]], line["line_item_type_id"]}
				add(key)
				var amount float64
				fmt.Sscan(line["amount"].(string), &amount)
				committed[key] += int(amount * 100)
			}
		}
		for n := 0; n < 8+budgetRng.IntN(8); n++ {
			add(pair{leaves[budgetRng.IntN(len(leaves))], typeRows[budgetRng.IntN(5)]["id"]})
		}
		var lines []map[string]any
		for _, key := range pairs {
			itemID += 3
			wbsID += 5
			original := cents(500_000, 25_000_000)
			if committed[key] > 0 {
				original = committed[key] * (100 + budgetRng.IntN(30)) / 100
			}
			line := map[string]any{"id": itemID, "project_id": projectID, "cost_code_id": projectCostCodeID(projectID, key.ordinal),
				"line_item_type_id": key.typeID, "wbs_code_id": wbsID, "uom": nil, "quantity": nil, "unit_cost": nil,
				"calculation_strategy": "manual", "direct_costs": nil,
				"job_to_date_costs": float64(original*budgetRng.IntN(90)/100) / 100,
				"created_at":        format(created.AddDate(0, 0, 10)), "updated_at": format(created.AddDate(0, 0, 20+budgetRng.IntN(90)))}
			if budgetRng.IntN(4) == 0 { // quantity × unit cost
				quantity, unit := 10+budgetRng.IntN(400), cents(1_000, 50_000)
				original = quantity * unit
				line["uom"], line["quantity"], line["unit_cost"], line["calculation_strategy"] = bpick([]string{"hr", "cy", "sf", "ea"}), quantity, float64(unit)/100, "automatic"
			}
			if budgetRng.IntN(6) == 0 { // the Direct Cost tool is off for this line: a manual figure
				line["direct_costs"] = float64(original*budgetRng.IntN(50)/100) / 100
			}
			line["original_budget_amount"] = float64(original) / 100
			lines = append(lines, line)
		}
		items = append(items, lines...)
		if p%3 != 0 {
			continue // modifications and changes need a locked budget
		}
		for n := 0; n < 2+budgetRng.IntN(3); n++ {
			modificationID += 7
			from, to := bpick(lines), bpick(lines)
			for to["id"] == from["id"] {
				to = bpick(lines)
			}
			var origin any
			if n == 0 {
				origin = fmt.Sprintf("8000%04X-%d", budgetRng.IntN(0xffff), 1700000000+budgetRng.IntN(9e7))
			}
			at := created.AddDate(0, 2+n, budgetRng.IntN(20))
			modifications = append(modifications, map[string]any{"id": modificationID, "from_budget_line_item_id": from["id"],
				"to_budget_line_item_id": to["id"], "transfer_amount": money(cents(10_000, 2_000_000)),
				"notes": maybeB("Transfer per PM review, contingency → "+fmt.Sprint(to["id"]), 30), "origin_id": origin, "origin_data": nil,
				"created_at": format(at), "updated_at": format(at)})
		}
		for n, status := range []string{"approved", "approved", "draft", "under_review", "void"} {
			changeID += 11
			erp := "not_in_erp"
			if status == "approved" {
				erp = bpick([]string{"synced", "ready_to_export", "failed_to_export"})
			}
			var adjustments []map[string]any
			for k := 0; k < 1+budgetRng.IntN(3); k++ {
				adjustmentID += 2
				line := bpick(lines)
				amount := cents(-500_000, 3_000_000)
				adjustments = append(adjustments, map[string]any{"id": adjustmentID, "ref": maybeB(fmt.Sprintf("BC-%d.%d", n+1, k+1), 40),
					"adjustment_number": k + 1, "wbs_code_id": line["wbs_code_id"], "description": maybeB("Owner-directed scope change", 20),
					"comment": maybeB("See RFI #"+fmt.Sprint(100+budgetRng.IntN(200)), 50), "calculation_strategy": "manual",
					"quantity": nil, "type": "budget_change", "uom": nil, "unit_cost": nil, "amount": float64(amount) / 100})
			}
			at := created.AddDate(0, 3+n, budgetRng.IntN(25))
			changes = append(changes, map[string]any{"id": changeID, "project_id": projectID, "number": n + 1, "status": status,
				"title":       fmt.Sprintf("Budget change %d – %s", n+1, bpick([]string{"Added scope: canopy", "Value engineering", "Owner allowance", "Unforeseen rock"})),
				"description": maybeB("<p>Per owner direction &amp; OAC meeting minutes</p>", 30), "erp_status": erp, "prime_contract_id": nil,
				"adjustment_line_items": adjustments, "created_at": format(at), "updated_at": format(at.Add(36 * time.Hour))})
		}
	}
	return views, items, modifications, changes
}

func bpick[T any](items []T) T { return items[budgetRng.IntN(len(items))] }

// changeOrders gives about half the committed contracts change orders in several states: approved
// ones (some ERP-synced) add to the contract, pending ones are pending, drafts and voids count for
// nothing; deducts make some negative. Lines change existing schedule-of-values lines or add new ones.
func changeOrders(contracts []map[string]any) []map[string]any {
	var orders []map[string]any
	orderID, lineID := changeOrderBase, coItemBase
	for _, contract := range contracts {
		switch contract["status"] {
		case "Approved", "Complete", "Received", "Processing":
		default:
			continue
		}
		if budgetRng.IntN(2) == 0 {
			continue
		}
		created, _ := time.Parse(time.RFC3339, contract["created_at"].(string))
		sov := contract["line_items"].([]map[string]any)
		for n := 0; n < 1+budgetRng.IntN(3); n++ {
			orderID += 17
			status := bpick([]string{"approved", "approved", "pending", "draft", "void", "pricing", "rejected"})
			var lines []map[string]any
			total := 0
			for k := 0; k < 1+budgetRng.IntN(3); k++ {
				lineID += 3
				source := bpick(sov)
				amount := cents(-800_000, 4_000_000) // deducts are negative
				total += amount
				var changes any = source["id"]
				if budgetRng.IntN(4) == 0 {
					changes = nil // a new line, not a change to an existing one
				}
				lines = append(lines, map[string]any{"id": lineID, "commitment_line_item_id": changes,
					"description": maybeB(bpick([]string{"Added outlets per ASI-3", "Credit: deleted soffit", "Overtime to recover schedule", "Revised footing at grid C"}), 10),
					"uom":         "ls", "quantity": 1.0, "unit_cost": money(amount), "amount": money(amount), "extended_type": "manual",
					"position": k + 1, "cost_code_id": source["cost_code_id"], "line_item_type_id": source["line_item_type_id"]})
			}
			at := created.AddDate(0, 1+n, budgetRng.IntN(20))
			var reviewed, origin, originCode, executed any = nil, nil, nil, false
			if status == "approved" {
				reviewed, executed = format(at.AddDate(0, 0, 7)), budgetRng.IntN(3) > 0
				if budgetRng.IntN(2) == 0 {
					origin = fmt.Sprintf("8000%04X-%d", budgetRng.IntN(0xffff), 1700000000+budgetRng.IntN(9e7))
					originCode = fmt.Sprintf("%s-CO%02d", contract["number"], n+1)
				}
			}
			var impact any
			if budgetRng.IntN(3) == 0 {
				impact = budgetRng.IntN(15)
			}
			orders = append(orders, map[string]any{"id": orderID, "contract_id": contract["id"], "batch_id": nil, "legacy_package_id": nil,
				"legacy_request_id": nil, "location_id": nil, "number": fmt.Sprintf("%03d", n+1),
				"title":       bpick([]string{"ASI-3 electrical revisions", "Deduct – owner-furnished fixtures", "Rock excavation, grid C–F", "Schedule recovery, overtime"}),
				"description": maybeB("Per PCO "+fmt.Sprint(10+n), 30), "status": status, "type": "CommitmentChangeOrder", "revision": 0,
				"reference": maybeB(fmt.Sprintf("PCO-%03d", 10+n), 50), "executed": executed, "paid": false,
				"signature_required": budgetRng.IntN(2) == 0, "private": false, "field_change": budgetRng.IntN(5) == 0,
				"grand_total": money(total), "schedule_impact_amount": impact, "invoiced_date": nil,
				"due_date": at.AddDate(0, 0, 14).Format("2006-01-02"), "revised_substantial_completion_date": nil,
				"signed_change_order_received_date": nil, "reviewed_at": reviewed,
				"change_reason": maybeB(bpick([]string{"Client Request", "Design Development", "Existing Condition", "Allowance"}), 20),
				"origin_id":     origin, "origin_code": originCode, "origin_data": nil,
				"created_at": format(at), "updated_at": format(at.Add(48 * time.Hour)), "line_items": lines, "change_events": []any{}})
		}
	}
	return orders
}

// requisitions bills the committed subcontracts month by month: cumulative progress per schedule-of-
// values line, retainage held at the contract's percent (and released on final invoices), stored
// materials now and then, a billing correction that makes some invoices negative, earlier invoices
// approved (half of those ERP-synced), the latest one still in review.
func requisitions(contracts []map[string]any) []map[string]any {
	var rows []map[string]any
	requisitionID, itemID := requisitionBase, reqItemBase
	for _, contract := range contracts {
		if contract["type"] != "WorkOrderContract" || (contract["status"] != "Approved" && contract["status"] != "Complete") {
			continue
		}
		var percent float64
		fmt.Sscan(contract["retainage_percent"].(string), &percent)
		created, _ := time.Parse(time.RFC3339, contract["created_at"].(string))
		sov := contract["line_items"].([]map[string]any)
		previous := make([]int, len(sov))         // work completed before, in cents
		previousRetained := make([]int, len(sov)) // work retainage held before
		count := 1 + budgetRng.IntN(4)
		final := contract["status"] == "Complete" && budgetRng.IntN(2) == 0
		for n := 0; n < count; n++ {
			requisitionID += 19
			last := n == count-1
			var items []map[string]any
			for k, line := range sov {
				itemID += 3
				var scheduled float64
				fmt.Sscan(line["amount"].(string), &scheduled)
				value := int(math.Round(scheduled * 100))
				this := value * (10 + budgetRng.IntN(30)) / 100
				if previous[k]+this > value || (last && final) {
					this = value - previous[k]
				}
				if n > 0 && k == 0 && budgetRng.IntN(4) == 0 {
					this = -previous[k] / 5 // a billing correction: negative work this period
				}
				stored := 0
				if budgetRng.IntN(6) == 0 && !(last && final) {
					stored = value / 20
				}
				retained := int(math.Round(float64(this) * percent / 100))
				materials := int(math.Round(float64(stored) * percent / 100))
				released := 0
				if last && final {
					released = previousRetained[k] + retained
				}
				lineID := line["id"]
				items = append(items, map[string]any{"id": itemID, "item_type": "contract_item", "item_number": fmt.Sprint(k + 1),
					"line_item_id": lineID, "cost_code_id": line["cost_code_id"], "description_of_work": line["description"],
					"scheduled_value": money(value), "work_completed_from_previous_application": money(previous[k]),
					"work_completed_this_period": money(this), "materials_presently_stored": money(stored),
					"work_completed_retainage_from_previous_application":   money(previousRetained[k]),
					"work_completed_retainage_retained_this_period":        money(retained),
					"work_completed_retainage_released_this_period":        money(released),
					"materials_stored_retainage_currently_retained":        money(materials),
					"materials_stored_retainage_from_previous_application": "0.0", "materials_stored_retainage_released_this_period": "0.0"})
				previous[k] += this
				previousRetained[k] += retained - released
			}
			start := created.AddDate(0, n+1, 0)
			end := start.AddDate(0, 1, -1)
			status := "approved"
			if n%3 == 2 {
				status = "approved_as_noted"
			}
			if last && !(final) {
				status = bpick([]string{"under_review", "draft", "revise_and_resubmit", "pending_owner_approval", "approved"})
			}
			var origin, erp, payment any
			if strings.HasPrefix(status, "approved") {
				erp = "ready_to_export"
				if budgetRng.IntN(2) == 0 {
					origin = fmt.Sprintf("8000%04X-%d", budgetRng.IntN(0xffff), 1750000000+budgetRng.IntN(9e7))
					erp, payment = "synced", end.AddDate(0, 0, 30).Format("2006-01-02")
				}
			}
			var submitted any
			if status != "draft" {
				submitted = end.AddDate(0, 0, 2).Format("2006-01-02")
			}
			rows = append(rows, map[string]any{"id": requisitionID, "number": n + 1, "invoice_number": maybeB(fmt.Sprintf("PA-%s-%02d", contract["number"], n+1), 15),
				"project_id": contract["project_id"], "commitment_id": contract["id"], "period_id": nil,
				"billing_date": end.Format("2006-01-02"), "requisition_start": start.Format("2006-01-02"), "requisition_end": end.Format("2006-01-02"),
				"submitted_at": submitted, "payment_date": payment, "status": status, "erp_status": erp, "final": last && final,
				"comment": maybeB("Retainage per subcontract §7; lien waiver attached", 50), "origin_id": origin, "origin_data": nil,
				"created_at": format(end.AddDate(0, 0, 1)), "updated_at": format(end.AddDate(0, 0, 5)), "items": items})
		}
	}
	return rows
}

func main() {
	write("company.json", map[string]any{"id": companyID, "name": "Redwood & Sons Construction, Inc."})
	write("standard_cost_code_lists.json", []map[string]any{
		{"id": listID, "name": "QuickBooks Cost Codes", "is_erp_list": true, "available_to_use_on_new_projects": true},
		{"id": listID + 1, "name": "Legacy 2019 List", "is_erp_list": false, "available_to_use_on_new_projects": false},
	})
	codeRows, typeRows := costCodes(), lineItemTypes()
	write("standard_cost_codes.json", codeRows)
	write("line_item_types.json", typeRows)
	projectRows := projects()
	write("projects.json", projectRows)
	vendorRows := vendors()
	write("vendors.json", vendorRows)
	write("direct_costs.json", directCosts(projectRows, vendorRows))
	contracts, payments := commitments(projectRows, vendorRows, codeRows, typeRows)
	write("commitments.json", contracts)
	write("contract_payments.json", payments)
	var locked []any
	for i, p := range projectRows {
		if i%3 == 0 {
			locked = append(locked, p["id"])
		}
	}
	write("budget_locks.json", locked)
	views, budgetItems, modifications, budgetChanges := budgets(projectRows, codeRows, typeRows, contracts)
	write("budget_views.json", views)
	write("budget_line_items.json", budgetItems)
	write("budget_modifications.json", modifications)
	write("budget_changes.json", budgetChanges)
	write("commitment_change_orders.json", changeOrders(contracts))
	write("requisitions.json", requisitions(contracts))
}
