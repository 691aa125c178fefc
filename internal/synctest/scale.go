package synctest

import (
	"fmt"

	"joblink/backend/procoresim"
)

// ScaleCompanyID is the id of the company ScaleCompany builds.
const ScaleCompanyID int64 = 4245

// ScaleCompany builds a Procore company for scale benchmarks: an ERP standard cost code list of
// exactly codes cost codes and vendors directory companies, all generated, all valid as they
// are for QuickBooks. Cost codes are CSI-style: up to 50 divisions "NN" (the list's top level,
// each a code of its own) holding codes "NN-NNNN" named after the division's work ("Concrete
// Formwork Labor"); vendors are named like "Northgate Plumbing 01234 LLC" (at most 41
// characters, all different) with a street address, city, state, zip and phone. The same
// arguments always give the same company.
func ScaleCompany(codes, vendors int) (*procoresim.Company, error) {
	pc := procoresim.NewCompany(ScaleCompanyID, "Scale Builders")
	if err := addScaleCostCodes(pc, codes); err != nil {
		return nil, err
	}
	if err := addScaleVendors(pc, vendors); err != nil {
		return nil, err
	}
	return pc, nil
}

var scaleDivisions = []string{
	"Procurement", "General Requirements", "Existing Conditions", "Concrete", "Masonry", "Metals", "Wood and Plastics",
	"Thermal Protection", "Openings", "Finishes", "Specialties", "Equipment", "Furnishings", "Special Construction",
	"Conveying", "Fire Suppression", "Plumbing", "HVAC", "Integrated Automation", "Electrical", "Communications",
	"Electronic Safety", "Earthwork", "Exterior Improvements", "Utilities", "Transportation", "Waterways",
	"Process Integration", "Material Processing", "Process Heating", "Gas Handling", "Liquid Handling",
	"Pollution Control", "Industry Equipment", "Water Treatment", "Power Generation", "Site Logistics",
	"Temporary Works", "Demolition", "Landscaping", "Paving", "Roofing", "Glazing", "Drywall", "Flooring",
	"Painting", "Signage", "Security", "Commissioning", "Closeout",
}

var scaleActivities = []string{
	"Labor", "Material", "Equipment", "Subcontract", "Layout", "Formwork", "Rough-In", "Trim", "Testing",
	"Supervision", "Rental", "Freight", "Permits", "Cleanup", "Punch List", "Shop Drawings", "Mobilization",
	"Overtime", "Small Tools", "Consumables",
}

func addScaleCostCodes(pc *procoresim.Company, n int) error {
	if n <= 0 {
		return nil
	}
	const listID, firstID int64 = 5_200_000_001, 5_300_000_001
	if err := pc.AddStandardCostCodeList(&procoresim.StandardCostCodeList{ID: listID, Name: "QuickBooks Cost Codes",
		IsERPList: true, AvailableToUseOnNewProjects: true}); err != nil {
		return err
	}
	divisions := min(len(scaleDivisions), max(1, n/20))
	perDivision := (n + divisions - 1) / divisions // the division's own code included
	if perDivision-1 > 9999 {
		return fmt.Errorf("scale company: %d cost codes do not fit in %d divisions of NN-NNNN codes", n, divisions)
	}
	step := max(1, 9999/max(1, perDivision-1))
	id, made := firstID, 0
	add := func(c *procoresim.StandardCostCode) error {
		c.ID, c.ListID = id, listID
		id++
		made++
		return pc.AddStandardCostCode(c)
	}
	for d := 0; d < divisions && made < n; d++ {
		division := fmt.Sprintf("%02d", d)
		parent := id
		if err := add(&procoresim.StandardCostCode{Code: division, FullCode: division, Name: scaleDivisions[d]}); err != nil {
			return err
		}
		for j := 1; j < perDivision && made < n; j++ {
			segment := fmt.Sprintf("%04d", j*step)
			name := scaleDivisions[d] + " " + scaleActivities[(j-1)%len(scaleActivities)]
			if round := (j - 1) / len(scaleActivities); round > 0 {
				name += fmt.Sprintf(" %d", round+1)
			}
			p := parent
			if err := add(&procoresim.StandardCostCode{ParentID: &p, Code: segment, FullCode: division + "-" + segment, Name: name}); err != nil {
				return err
			}
		}
	}
	return nil
}

var (
	scalePlaces = []string{"Northgate", "Riverside", "Summit", "Lakeview", "Pinecrest", "Harbor", "Oakridge", "Westfield",
		"Granite", "Cedar", "Redwood", "Bayside", "Ironwood", "Silverline", "Meadow", "Eastside", "Highland", "Copper",
		"Bluewater", "Stonegate"}
	scaleTrades = []string{"Plumbing", "Electric", "Concrete", "Steel", "Roofing", "Drywall", "Glass", "Paving",
		"Mechanical", "Masonry", "Painting", "Flooring", "Excavation", "Framing", "Insulation", "Fire Protection",
		"Landscaping", "Elevator", "Supply", "Rental"}
	scaleSuffixes = []string{"Inc", "LLC", "Co", "Corp", "Ltd", "& Sons"}
	scaleCities   = []struct{ city, state, zip string }{{"Sacramento", "CA", "95814"}, {"Portland", "OR", "97204"},
		{"Denver", "CO", "80202"}, {"Austin", "TX", "78701"}, {"Phoenix", "AZ", "85004"}, {"Boise", "ID", "83702"},
		{"Reno", "NV", "89501"}, {"Tacoma", "WA", "98402"}}
)

func addScaleVendors(pc *procoresim.Company, n int) error {
	const firstID int64 = 9_100_000_000
	for i := range n {
		place, trade := scalePlaces[i%len(scalePlaces)], scaleTrades[(i/len(scalePlaces))%len(scaleTrades)]
		suffix := scaleSuffixes[i%len(scaleSuffixes)]
		name := fmt.Sprintf("%s %s %05d %s", place, trade, i, suffix)
		if len(name) > 41 {
			return fmt.Errorf("scale company: vendor name %q is longer than QuickBooks' 41 characters", name)
		}
		c := scaleCities[i%len(scaleCities)]
		street := fmt.Sprintf("%d %s Ave", 100+i%9000, place)
		phone := fmt.Sprintf("(555) %03d-%04d", i/10000%1000, i%10000)
		country := "US"
		if err := pc.AddVendor(&procoresim.Vendor{ID: firstID + int64(i), Name: name, IsActive: true,
			Address: &street, City: &c.city, StateCode: &c.state, Zip: &c.zip, CountryCode: &country, BusinessPhone: &phone,
			CreatedAt: "2030-01-01T00:00:00Z", UpdatedAt: "2030-01-01T00:00:00Z"}); err != nil {
			return err
		}
	}
	return nil
}
