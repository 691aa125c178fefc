package match

import (
	"strings"
	"testing"
)

// The rows added to the table of renames for utilities, distributors, carriers and banks link a
// firm under its old name in one list and its new name in the other, both ways, with the change
// named; a chain of changes is followed.
func TestRenamedFirmMoreRows(t *testing.T) {
	for _, c := range []struct {
		procore, qb, reason string
	}{
		{"Duke Energy Progress, LLC", "Progress Energy Carolinas Inc", `"Progress Energy Carolinas" is the former name of "Duke Energy Progress" (renamed 2013)`},
		{"Progress Energy Carolinas", "Duke Energy Progress", `(renamed 2013)`},
		{"Duke Power Co", "Duke Energy Carolinas LLC", `"Duke Power" is the former name of "Duke Energy Carolinas" (renamed 2006)`},
		{"FirstEnergy Pennsylvania Electric Co", "Penelec", `"Penelec" merged into "FirstEnergy Pennsylvania Electric Company" (2024)`},
		{"Met-Ed", "FirstEnergy Pennsylvania", `merged into "FirstEnergy Pennsylvania Electric Company" (2024)`},
		{"We Energies", "Wisconsin Electric Power Co", `"Wisconsin Electric Power" has traded as "We Energies" since 2002`},
		{"Boston Edison Company", "Eversource Energy", `"Boston Edison" merged into "NSTAR" (1999), which has traded as "Eversource Energy" since 2015`},
		{"PSEG Long Island", "LILCO", `"LILCO" was acquired by "LIPA" (1998), which has traded as "PSEG Long Island" since 2014`},
		{"UGI Utilities, Inc.", "PPL Gas Utilities Corp", `"PPL Gas Utilities" was acquired by "UGI Central Penn Gas" (2008), which merged into "UGI Utilities" (2018)`},
		{"CenterPoint Energy Houston Electric, LLC", "Houston Lighting & Power", `which was renamed "CenterPoint Energy Houston Electric" (2002)`},
		{"CORE Electric Cooperative", "Intermountain Rural Electric Association", `(renamed 2021)`},
		{"IREA", "CORE Electric Cooperative", `"Intermountain Rural Electric Association" is the former name of "CORE Electric Cooperative"`},
		{"AEP Ohio", "Columbus Southern Power Company", `"Columbus Southern Power" merged into "AEP Ohio" (2011)`},
		{"AT&T", "Pacific Bell", `"Pacific Bell" was acquired by "SBC Communications" (1997), which was renamed "AT&T" (2005)`},
		{"Ameritech Corp", "AT&T Inc.", `"Ameritech" was acquired by "SBC Communications" (1999)`},
		{"Verizon Wireless", "Cellco Partnership", `"Cellco Partnership" has traded as "Verizon Wireless" since 2000`},
		{"GTE", "Verizon", `"GTE Corporation" merged into "Verizon" (2000)`},
		{"Xfinity", "Comcast Corporation", `"Comcast" has traded as "Xfinity" since 2010`},
		{"Windstream Communications", "Iowa Telecom", `"Iowa Telecom" was acquired by "Windstream" (2010)`},
		{"Ziply Fiber", "Frontier Communications Northwest Inc", `(2020)`},
		{"Astound Broadband", "RCN", `"RCN" has traded as "Astound Broadband" since 2022`},
		{"DC Water", "DC WASA", `"DC WASA" has traded as "DC Water" since 2010`},
		{"Charlotte-Mecklenburg Utilities", "Charlotte Water", `(renamed 2014)`},
		{"EPCOR Water Arizona Inc.", "Arizona-American Water Company", `was acquired by "EPCOR Water Arizona" (2012)`},
		{"Vestis", "AmeriPride Services Inc", `"AmeriPride Services" was acquired by "Aramark Uniform Services" (2017), which was spun off as "Vestis" (2023)`},
		{"BrandSafway", "Harsco Infrastructure", `"Harsco Infrastructure" merged into "Brand Energy & Infrastructure Services" (2013), which merged into "BrandSafway" (2017)`},
		{"Johnson Controls, Inc.", "SimplexGrinnell LP", `"SimplexGrinnell" merged into "Johnson Controls" (2016)`},
		{"Heidelberg Materials US, Inc.", "Essroc Cement Corp", `"Essroc" was acquired by "Lehigh Hanson" (2016), which was renamed "Heidelberg Materials" (2023)`},
		{"Amrize", "Holnam Inc", `"Holnam" was renamed "Holcim US" (2001), which was spun off as "Amrize" (2025)`},
		{"UFP Industries", "Universal Forest Products, Inc.", `(renamed 2020)`},
		{"TopBuild Corp", "Masco Contractor Services", `was spun off as "TopBuild" (2015)`},
		{"Air Liquide", "Airgas USA LLC", `"Airgas" was acquired by "Air Liquide" (2016)`},
		{"W.W. Grainger, Inc.", "Lab Safety Supply Inc", `"Lab Safety Supply" was acquired by "Grainger" (2005)`},
		{"MSC Industrial Supply Co", "Barnes Distribution North America", `(2013)`},
		{"MSA Safety", "Mine Safety Appliances Co", `(renamed 2014)`},
		{"Global Industrial", "Systemax Inc", `"Systemax" is the former name of "Global Industrial" (renamed 2021)`},
		{"World Kinect Corporation", "World Fuel Services Inc", `(renamed 2023)`},
		{"Marathon Petroleum", "Western Refining", `"Western Refining" was acquired by "Tesoro" (2017), which was renamed "Andeavor" (2017)`},
		{"The UPS Store", "Mail Boxes Etc", `"Mail Boxes Etc" is the former name of "The UPS Store" (renamed 2003)`},
		{"ArcBest", "Arkansas Best Corporation", `(renamed 2014)`},
		{"UKG Inc.", "Kronos Incorporated", `"Kronos" merged into "UKG" (2020)`},
		{"Liberty Mutual Insurance", "Ohio Casualty Insurance Company", `"Ohio Casualty" was acquired by "Liberty Mutual" (2007)`},
		{"Safeco Insurance", "Liberty Mutual", `(2008)`},
		{"Travelers", "Travelers Property Casualty Corp", `"Travelers Property Casualty" merged into "St. Paul Travelers" (2004), which was renamed "Travelers" (2007)`},
		{"Wells Fargo Bank", "First Union National Bank", `"First Union" merged into "Wachovia" (2001), which was acquired by "Wells Fargo" (2008)`},
		{"Wachovia Bank", "Wells Fargo", `"Wachovia" was acquired by "Wells Fargo" (2008)`},
		{"JPMorgan Chase Bank", "Washington Mutual", `(2008)`},
		{"PNC Bank", "BBVA Compass", `"BBVA USA" was acquired by "PNC Bank" (2021)`},
		{"Truist", "Susquehanna Bank", `"Susquehanna Bank" was acquired by "BB&T" (2015), which merged into "Truist" (2019)`},
		{"Santander Bank", "Sovereign Bank", `(renamed 2013)`},
		{"Bank OZK", "Bank of the Ozarks", `(renamed 2017)`},
		{"Hancock Whitney Bank", "Whitney Bank", `(renamed 2018)`},
		{"Cadence Bank", "BancorpSouth Bank", `"BancorpSouth" merged into "Cadence Bank" (2021)`},
		{"Verizon Connect", "Fleetmatics USA LLC", `"Fleetmatics" merged into "Verizon Connect" (2018)`},
		{"Motive", "KeepTruckin, Inc.", `(renamed 2022)`},
		{"QuickBooks Time", "TSheets", `"TSheets" is the former name of "QuickBooks Time" (renamed 2020)`},
		{"GoTo", "Jive Communications", `"Jive Communications" was acquired by "LogMeIn" (2018), which was renamed "GoTo" (2022)`},
		{"Daikin Applied", "McQuay International", `(renamed 2013)`},
		{"Ally Financial", "GMAC", `(renamed 2010)`},
		{"Elevance Health", "WellPoint Inc", `"WellPoint" was renamed "Anthem" (2014), which was renamed "Elevance Health" (2022)`},
		{"ManpowerGroup", "Manpower Inc", `(renamed 2011)`},
		{"Custom Truck One Source", "Nesco Specialty Rentals", `merged into "Custom Truck One Source" (2021)`},
		{"Capital One", "North Fork Bank", `"North Fork Bank" was acquired by "Capital One" (2006)`},
		{"Wells Fargo", "SouthTrust Bank", `"SouthTrust" was acquired by "Wachovia" (2004), which was acquired by "Wells Fargo" (2008)`},
	} {
		ss := suggestRenamed(c.procore, []string{c.qb})
		if len(ss) == 0 || ss[0].Name != c.qb || ss[0].Confidence != Likely || !strings.Contains(ss[0].Reason, c.reason) {
			t.Errorf("%q / %q: got %+v, want Likely with %q", c.procore, c.qb, ss, c.reason)
		}
	}
}

// A firm bought in the last few years is a question, not one click, whichever list holds the
// buyer's name.
func TestRenamedFirmMoreRecentPurchases(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Enbridge Gas Ohio", "Dominion Energy Ohio"},
		{"Dominion Energy Utah", "Enbridge Gas Utah"},
		{"Summit Utilities Arkansas", "CenterPoint Energy Arkansas"},
		{"Quikrete Companies", "Summit Materials LLC"},
		{"Summit Materials", "Quikrete"},
		{"Maverik", "Kum & Go #512"},
		{"First Citizens Bank", "CIT Group"},
		{"M&T Bank", "People's United Bank"},
		{"Liberty Mutual", "State Auto Insurance"},
	} {
		ss := suggestRenamed(c.procore, []string{c.qb})
		if len(ss) == 0 || ss[0].Name != c.qb || ss[0].Confidence != Possible || !strings.Contains(ss[0].Reason, "may still bill under its own name") {
			t.Errorf("%q / %q: got %+v, want Possible, a recent purchase", c.procore, c.qb, ss)
		}
	}
}

// Firms that share words with a name of the new rows, another state's company of the same group
// and two firms that merged into one successor are not linked in one click.
func TestRenamedFirmMoreNearMisses(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Penn Power Group", "FirstEnergy Pennsylvania Electric Company"},
		{"Core Electric LLC", "Intermountain Rural Electric Association"},
		{"Intermountain Rural Electric Association", "Core Electric LLC"},
		{"Wisconsin Electric Supply Co", "We Energies"},
		{"Indiana Gas Station Repair", "Vectren"},
		{"Progress Energy Florida", "Duke Energy Progress"},
		{"Duke Power", "Duke Energy Progress"},
		{"Dominion Energy Ohio", "Dominion Energy South Carolina"},
		{"Penelec", "West Penn Power"},
		{"Montana Power Washing", "NorthWestern Energy"},
		{"Valor Electric Inc", "Windstream"},
		{"Insight Enterprises", "Spectrum"},
		{"Grande Landscaping", "Astound Broadband"},
		{"Knology Consulting Group", "WOW"},
		{"Ameritech Construction", "AT&T"},
		{"Summit Utilities", "Quikrete"},
		{"Global Industrial Services LLC", "Systemax"},
		{"Signify Health", "Philips Lighting"},
		{"Forterra Landscaping", "Hanson Pipe & Precast"},
		{"Colonial Bank Plumbing", "BB&T"},
		{"Kronos Drywall", "UKG"},
		{"Nationwide Electric Inc", "Harleysville Insurance"},
		{"Whitney Bank", "Hancock Bank"},
		{"Ohio Casualty", "Safeco Insurance"},
		{"Verizon Wireless", "Fleetmatics"},
		{"Verizon Connect", "Verizon"},
		{"Sage Landscaping", "Timberline Software"},
		{"Motive Power Electric", "KeepTruckin"},
		{"Hudson City Electric", "M&T Bank"},
	} {
		for _, s := range suggestRenamed(c.procore, []string{c.qb}) {
			if s.Name == c.qb && s.Confidence != Possible {
				t.Errorf("%q / %q: %s (%s), want at most Possible", c.procore, c.qb, s.Confidence, s.Reason)
			}
		}
	}
}
