package match

// A bookkeeper's vendor list outlives the names of the national firms on it: QuickBooks still
// pays "CenturyLink" while the Procore directory, set up later, lists "Lumen Technologies"; the
// rental yard bought by United Rentals is still "RSC Equipment Rental" in one list. Nothing in the
// two names says they are one firm, so the matcher keeps a table of well-known, public renames,
// mergers and successor names of the firms a US contractor pays: utilities, telecoms, equipment
// rental, building-material and electrical/plumbing/industrial distributors, uniform and waste
// services, fuel cards and fleets, payroll, insurance and surety carriers, office suppliers and
// national retailers. Only facts that are documented in public (press releases, annual reports),
// nation-wide or for a utility's whole territory; nothing regional that is a guess. How the table
// is read is in renamesread.go.

// change says how a firm's name changed.
type change uint8

const (
	renamed  change = iota // the same firm under a new name
	acquired               // bought, and its name given up for the buyer's
	merged                 // merged into the other firm, whose name it took
	spunOff                // a part of a firm sold or split off under a new name
	tradesAs               // the firm bills under a brand it adopted
)

// renameRow is one change of name: the old name, the new one and the year. A name may be given
// in several spellings separated by "|" (the first is the one a reason quotes): "KCP&L|Kansas
// City Power & Light".
type renameRow struct {
	old, new string
	year     int
	change   change
}

// renameTable lists the changes, oldest name first within each group. A firm renamed twice
// appears in two rows ("Qwest" acquired by "CenturyLink", "CenturyLink" renamed "Lumen
// Technologies"), which renamesread.go follows as one chain.
var renameTable = []renameRow{
	// Telephone, wireless, cable and internet providers.
	{"CenturyLink", "Lumen Technologies|Lumen", 2020, renamed},
	{"CenturyTel", "CenturyLink", 2010, renamed},
	{"Embarq", "CenturyLink", 2009, acquired},
	{"Qwest Communications|Qwest", "CenturyLink", 2011, acquired},
	{"US West|U S West", "Qwest Communications|Qwest", 2000, acquired},
	{"Level 3 Communications|Level 3", "CenturyLink", 2017, acquired},
	{"Savvis", "CenturyLink", 2011, acquired},
	{"Global Crossing", "Level 3 Communications|Level 3", 2011, acquired},
	{"tw telecom", "Level 3 Communications|Level 3", 2014, acquired},
	{"Sprint", "T-Mobile", 2020, merged},
	{"Sprint Nextel", "Sprint", 2013, renamed},
	{"Nextel Communications|Nextel", "Sprint Nextel", 2005, merged},
	{"MetroPCS", "T-Mobile", 2013, merged},
	{"VoiceStream Wireless|VoiceStream", "T-Mobile", 2002, renamed},
	{"U.S. Cellular|UScellular", "T-Mobile", 2025, acquired},
	{"Cingular Wireless|Cingular", "AT&T Mobility", 2007, renamed},
	{"SBC Communications|SBC", "AT&T", 2005, renamed},
	{"BellSouth", "AT&T", 2006, acquired},
	{"Alltel", "Verizon Wireless|Verizon", 2009, acquired},
	{"MCI", "Verizon Business", 2006, acquired},
	{"WorldCom|MCI WorldCom", "MCI", 2003, renamed},
	{"Bell Atlantic", "Verizon", 2000, merged},
	{"NYNEX", "Bell Atlantic", 1997, merged},
	{"XO Communications", "Verizon", 2017, acquired},
	{"Time Warner Cable", "Charter Communications", 2016, acquired},
	{"Bright House Networks", "Charter Communications", 2016, acquired},
	{"Charter Communications", "Spectrum", 2014, tradesAs},
	{"AT&T Broadband", "Comcast", 2002, acquired},
	{"Cablevision", "Altice USA", 2016, acquired},
	{"Suddenlink", "Altice USA", 2015, acquired},
	{"Suddenlink", "Optimum", 2022, tradesAs},
	{"Altice USA", "Optimum Communications|Optimum", 2025, renamed},
	{"Cable One", "Sparklight", 2019, tradesAs},
	{"Cincinnati Bell", "altafiber", 2022, tradesAs},
	{"FairPoint Communications|FairPoint", "Consolidated Communications", 2017, acquired},
	{"SureWest Communications|SureWest", "Consolidated Communications", 2012, acquired},
	{"Citizens Communications", "Frontier Communications", 2008, renamed},
	{"PAETEC", "Windstream", 2011, acquired},

	// Electric and gas utilities.
	{"Northeast Utilities", "Eversource Energy|Eversource", 2015, renamed},
	{"NSTAR", "Eversource Energy|Eversource", 2015, tradesAs},
	{"Connecticut Light & Power|CL&P", "Eversource Energy|Eversource", 2015, tradesAs},
	{"PSNH", "Eversource Energy|Eversource", 2015, tradesAs},
	{"Western Massachusetts Electric|WMECO", "Eversource Energy|Eversource", 2015, tradesAs},
	{"Yankee Gas", "Eversource Energy|Eversource", 2015, tradesAs},
	{"KeySpan", "National Grid", 2007, acquired},
	{"Niagara Mohawk", "National Grid", 2002, acquired},
	{"Narragansett Electric", "Rhode Island Energy", 2022, tradesAs},
	{"Allegheny Energy|Allegheny Power", "FirstEnergy", 2011, merged},
	{"Progress Energy", "Duke Energy", 2012, merged},
	{"Carolina Power & Light|CP&L", "Duke Energy Progress", 2013, renamed},
	{"Cinergy", "Duke Energy", 2006, merged},
	{"Cincinnati Gas & Electric|CG&E", "Duke Energy Ohio", 2006, renamed},
	{"PSI Energy", "Duke Energy Indiana", 2006, renamed},
	{"Union Light Heat & Power", "Duke Energy Kentucky", 2006, renamed},
	{"Dominion Resources", "Dominion Energy", 2017, renamed},
	{"Dominion Virginia Power", "Dominion Energy Virginia|Dominion Energy", 2017, renamed},
	{"South Carolina Electric & Gas|SCE&G", "Dominion Energy South Carolina", 2019, renamed},
	{"SCANA", "Dominion Energy", 2019, acquired},
	{"Vectren", "CenterPoint Energy", 2019, acquired},
	{"Westar Energy", "Evergy", 2018, merged},
	{"Great Plains Energy", "Evergy", 2018, merged},
	{"KCP&L|Kansas City Power & Light", "Evergy", 2019, tradesAs},
	{"Empire District Electric", "Liberty Utilities", 2017, acquired},
	{"Northern States Power", "Xcel Energy", 2000, merged},
	{"New Century Energies", "Xcel Energy", 2000, merged},
	{"Southwestern Public Service", "Xcel Energy", 2000, merged},
	{"Dayton Power & Light|DP&L", "AES Ohio", 2021, renamed},
	{"Indianapolis Power & Light", "AES Indiana", 2021, renamed},
	{"Puget Sound Power & Light", "Puget Sound Energy", 1997, merged},
	{"Washington Natural Gas", "Puget Sound Energy", 1997, merged},
	{"Washington Water Power", "Avista", 1999, renamed},
	{"Utah Power & Light|Utah Power", "Rocky Mountain Power", 2006, renamed},
	{"Sierra Pacific Power", "NV Energy", 2008, renamed},
	{"Nevada Power", "NV Energy", 2008, renamed},
	{"Sierra Pacific Resources", "NV Energy", 2008, renamed},
	{"Consumers Power", "Consumers Energy", 1997, renamed},
	{"Detroit Edison", "DTE Electric|DTE Energy", 2013, renamed},
	{"MichCon|Michigan Consolidated Gas", "DTE Gas", 2013, renamed},
	{"AmerenUE", "Ameren Missouri", 2010, renamed},
	{"AmerenCIPS|Central Illinois Public Service", "Ameren Illinois", 2010, merged},
	{"AmerenCILCO|Central Illinois Light", "Ameren Illinois", 2010, merged},
	{"AmerenIP|Illinois Power", "Ameren Illinois", 2010, merged},
	{"Laclede Group", "Spire", 2016, renamed},
	{"Laclede Gas", "Spire Missouri|Spire", 2017, renamed},
	{"Missouri Gas Energy", "Spire Missouri", 2017, renamed},
	{"Alagasco|Alabama Gas", "Spire Alabama", 2017, renamed},
	{"TXU Gas", "Atmos Energy", 2004, acquired},
	{"TXU Electric Delivery", "Oncor Electric Delivery|Oncor", 2007, renamed},
	{"SourceGas", "Black Hills Energy", 2016, acquired},
	{"Wisconsin Energy", "WEC Energy Group", 2015, renamed},
	{"Integrys Energy Group|Integrys", "WEC Energy Group", 2015, acquired},
	{"Iberdrola USA", "Avangrid", 2015, renamed},
	{"UIL Holdings", "Avangrid", 2015, merged},
	{"Central Vermont Public Service", "Green Mountain Power", 2012, merged},
	{"Bangor Hydro Electric|Bangor Hydro", "Emera Maine", 2014, merged},
	{"Maine Public Service", "Emera Maine", 2014, merged},
	{"Emera Maine", "Versant Power", 2020, renamed},
	{"Gulf Power", "Florida Power & Light|FPL", 2021, merged},
	{"LIPA|Long Island Power Authority", "PSEG Long Island", 2014, tradesAs},
	{"Equitable Gas", "Peoples Natural Gas", 2013, acquired},
	{"Dominion Peoples", "Peoples Natural Gas", 2010, acquired},
	{"Heritage Propane", "AmeriGas", 2012, acquired},
	{"Inergy Propane|Inergy", "Suburban Propane", 2012, acquired},

	// Water.
	{"Philadelphia Suburban Water|Philadelphia Suburban", "Aqua America", 2004, renamed},
	{"Aqua America", "Essential Utilities", 2020, renamed},
	{"United Water", "SUEZ Water|SUEZ", 2015, renamed},
	{"SUEZ Water|SUEZ", "Veolia Water|Veolia", 2022, acquired},
	{"Southern California Water Company", "Golden State Water", 2005, renamed},

	// Waste and environmental services.
	{"Allied Waste Services|Allied Waste", "Republic Services", 2008, merged},
	{"BFI|Browning-Ferris Industries", "Allied Waste Services|Allied Waste", 1999, acquired},
	{"Advanced Disposal Services|Advanced Disposal", "Waste Management", 2020, acquired},
	{"Stericycle", "Waste Management", 2024, acquired},
	{"Progressive Waste Solutions", "Waste Connections", 2016, merged},
	{"IESI-BFC|IESI", "Progressive Waste Solutions", 2011, renamed},

	// Uniforms and workwear.
	{"G&K Services", "Cintas", 2017, acquired},
	{"Unitog", "Cintas", 1999, acquired},
	{"Aramark Uniform Services|Aramark Uniforms", "Vestis", 2023, spunOff},

	// Equipment rental, site trailers and scaffolding.
	{"RSC Equipment Rental|RSC Holdings", "United Rentals", 2012, acquired},
	{"NES Rentals|National Equipment Services", "United Rentals", 2017, acquired},
	{"Neff Rental", "United Rentals", 2017, acquired},
	{"BakerCorp|Baker Tanks", "United Rentals", 2018, acquired},
	{"BlueLine Rental", "United Rentals", 2018, acquired},
	{"Volvo Rents", "BlueLine Rental", 2014, renamed},
	{"Ahern Rentals", "United Rentals", 2022, acquired},
	{"Hertz Equipment Rental", "Herc Rentals", 2016, spunOff},
	{"H&E Equipment Services|H&E Rentals", "Herc Rentals", 2025, acquired},
	{"NationsRent", "Sunbelt Rentals", 2006, acquired},
	{"ModSpace|Modular Space", "WillScot", 2018, acquired},
	{"Mobile Mini", "WillScot Mobile Mini", 2020, merged},
	{"WillScot Mobile Mini", "WillScot", 2024, renamed},
	{"Safway Group|Safway", "BrandSafway", 2017, merged},
	{"Brand Energy & Infrastructure Services|Brand Energy", "BrandSafway", 2017, merged},

	// Building materials, lumber, roofing, aggregates and cement.
	{"Stock Building Supply", "BMC Stock Holdings|BMC Stock", 2015, merged},
	{"BMC Stock Holdings|BMC Stock", "Builders FirstSource", 2021, merged},
	{"ProBuild", "Builders FirstSource", 2015, acquired},
	{"Allied Building Products", "Beacon Roofing Supply", 2018, acquired},
	{"Duron Paints", "Sherwin-Williams", 2004, acquired},
	{"Lehigh Hanson", "Heidelberg Materials", 2023, renamed},
	{"Hanson Aggregates", "Heidelberg Materials", 2023, renamed},
	{"Lehigh Cement", "Heidelberg Materials", 2023, renamed},
	{"Lafarge North America|Lafarge", "LafargeHolcim", 2015, merged},
	{"LafargeHolcim", "Holcim", 2021, renamed},
	{"Holcim US|Holcim", "Amrize", 2025, spunOff},
	{"Rinker Materials", "Cemex", 2007, acquired},
	{"Southdown", "Cemex", 2000, acquired},
	{"Florida Rock Industries|Florida Rock", "Vulcan Materials", 2007, acquired},
	{"U.S. Concrete", "Vulcan Materials", 2021, acquired},
	{"TXI", "Martin Marietta", 2014, acquired},
	{"Bluegrass Materials", "Martin Marietta", 2018, acquired},
	{"NCI Building Systems", "Cornerstone Building Brands", 2019, renamed},
	{"Ply Gem", "Cornerstone Building Brands", 2018, merged},

	// Electrical, plumbing, waterworks and industrial distributors.
	{"Hughes Supply", "HD Supply", 2006, acquired},
	{"National Waterworks", "HD Supply Waterworks", 2005, acquired},
	{"HD Supply Waterworks", "Core & Main", 2017, spunOff},
	{"HD Supply White Cap", "White Cap", 2020, spunOff},
	{"Anixter", "Wesco", 2020, acquired},
	{"GE Supply", "Gexpro", 2006, acquired},
	{"Praxair|Praxair Distribution", "Linde|Linde Gas & Equipment", 2018, merged},
	{"ThyssenKrupp Elevator", "TK Elevator", 2020, spunOff},
	{"Tyco Integrated Security", "Johnson Controls", 2016, merged},
	{"Stanley Security", "Securitas", 2022, acquired},
	{"Protection One", "ADT", 2016, merged},

	// Fuel, fuel cards and fleets.
	{"Wright Express", "WEX", 2012, renamed},
	{"FleetCor Technologies|FleetCor", "Corpay", 2024, renamed},
	{"Flying J", "Pilot Flying J", 2010, merged},
	{"GE Capital Fleet Services", "Element Fleet Management|Element Fleet", 2015, acquired},
	{"PHH Arval", "Element Fleet Management|Element Fleet", 2014, acquired},
	{"Element Financial", "Element Fleet Management|Element Fleet", 2016, renamed},
	{"Tesoro", "Andeavor", 2017, renamed},
	{"Andeavor", "Marathon Petroleum", 2018, acquired},

	// Office supplies, printing, copiers and freight.
	{"OfficeMax", "Office Depot", 2013, merged},
	{"Boise Office Solutions", "OfficeMax", 2004, renamed},
	{"Corporate Express", "Staples", 2008, acquired},
	{"IKON Office Solutions|IKON", "Ricoh", 2008, acquired},
	{"Danka", "Konica Minolta", 2008, acquired},
	{"FedEx Kinko's|Kinko's", "FedEx Office", 2008, renamed},
	{"Overnite Transportation|Overnite", "UPS Freight", 2006, renamed},
	{"UPS Freight", "TForce Freight", 2021, acquired},
	{"Con-way Freight", "XPO Logistics|XPO", 2015, acquired},
	{"Airborne Express", "DHL", 2003, acquired},

	// Payroll, staffing, insurance, surety and banks.
	{"Ceridian", "Dayforce", 2024, renamed},
	{"ZenPayroll", "Gusto", 2015, renamed},
	{"Administaff", "Insperity", 2011, renamed},
	{"Labor Ready", "PeopleReady", 2017, renamed},
	{"CLP Resources", "PeopleReady", 2017, merged},
	{"St. Paul Travelers", "Travelers", 2007, renamed},
	{"ACE American Insurance|ACE INA", "Chubb", 2016, renamed},
	{"Chartis", "AIG", 2012, renamed},
	{"XL Catlin", "AXA XL", 2018, acquired},
	{"GUARD Insurance Group", "Berkshire Hathaway GUARD", 2012, acquired},
	{"Texas Workers' Compensation Insurance Fund", "Texas Mutual Insurance|Texas Mutual", 2001, renamed},
	{"SCF Arizona", "CopperPoint Insurance|CopperPoint", 2013, renamed},
	{"Safeco Surety", "Liberty Mutual Surety", 2008, acquired},
	{"Towers Watson", "Willis Towers Watson", 2016, merged},
	{"Willis Towers Watson", "WTW", 2022, renamed},
	{"Wells Fargo Insurance Services", "USI Insurance Services", 2017, acquired},
	{"BB&T", "Truist", 2019, merged},
	{"SunTrust", "Truist", 2019, merged},

	// Auto parts for the fleet.
	{"CSK Auto", "O'Reilly Auto Parts|O'Reilly", 2008, acquired},
	{"Checker Auto Parts|Checker Auto", "O'Reilly Auto Parts|O'Reilly", 2008, acquired},
	{"Kragen Auto Parts|Kragen", "O'Reilly Auto Parts|O'Reilly", 2008, acquired},
	{"Schuck's Auto Supply|Schuck's", "O'Reilly Auto Parts|O'Reilly", 2008, acquired},
	{"Carquest", "Advance Auto Parts", 2014, acquired},
	{"General Parts International", "Advance Auto Parts", 2014, acquired},
}
