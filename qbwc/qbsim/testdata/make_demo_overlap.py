#!/usr/bin/env python3
"""Generate demo_overlap.json and demo_overlap_cases.json.

demo_overlap.json is a qbsim Fixture (customers and vendors only) that is
seeded on top of reference_company.json by qbsim.NewDemoCompany. It gives
the QuickBooks side of the demo records that overlap messily with the
Procore demo company (testdata/procore/projects.json and vendors.json), so
the project and vendor mapping wizards show every kind of case.

demo_overlap_cases.json lists which record is which case; the Go tests
check every case against the Procore data and the counts in the doc
comment of NewDemoCompany.

Deterministic: no randomness, only the Procore files and the lists below.
Run from the module root:

    python3 qbwc/qbsim/testdata/make_demo_overlap.py
"""

import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
PROCORE = os.path.join(ROOT, "testdata", "procore")

# QuickBooks limits (qbXML 13.0 maxLength facets).
NAME_MAX, ADDR_MAX, CITY_MAX, STATE_MAX, ZIP_MAX, PHONE_MAX = 41, 41, 31, 21, 13, 21
CANADA = {"QC", "ON", "BC", "AB", "MB", "NS", "NB", "NL", "PE", "SK"}
LEGAL = {"inc", "llc", "ltd", "co", "corp", "company", "corporation", "the", "incorporated", "limited"}


def load(name):
    with open(os.path.join(PROCORE, name), encoding="utf-8") as f:
        return json.load(f)


projects = load("projects.json")
pvendors = load("vendors.json")
with open(os.path.join(HERE, "reference_company.json"), encoding="utf-8") as f:
    reference = json.load(f)


def fold(s):
    """Case- and accent-insensitive form (what a bookkeeper sees as 'the same')."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def base(s):
    """Name without case, accents, punctuation and legal suffixes."""
    s = fold(s).replace("&", " and ")
    s = re.sub(r"[^a-z0-9 ]", "", s)
    return " ".join(w for w in s.split() if w not in LEGAL)


def fail(msg):
    sys.exit("make_demo_overlap: " + msg)


def latin1(s):
    try:
        s.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return all(ord(c) >= 32 for c in s)


def clean(v):
    return (v or "").strip()


def lines(address):
    """Split a Procore address into at most three 41-character lines."""
    parts, out = [p.strip() for p in clean(address).split(",") if p.strip()], []
    for p in parts:
        if out and len(out[-1]) + 2 + len(p) <= ADDR_MAX:
            out[-1] += ", " + p
        else:
            out.append(p)
    assert len(out) <= 3 and all(len(x) <= ADDR_MAX for x in out), address
    return out


def address(street, city, state, zip_, addr1=None):
    """A qbsim Address from Procore fields; addr1 puts a name on line 1."""
    ls = ([addr1] if addr1 else []) + lines(street)
    a = {}
    for i, l in enumerate(ls[:3]):
        a["addr%d" % (i + 1)] = l
    for key, value in (("city", city), ("state", state), ("postalCode", zip_)):
        if clean(value):
            a[key] = clean(value)
    if clean(state) in CANADA:
        a["country"] = "Canada"
    return a


def addr(a1, city, state, zip_, a2=None):
    a = {"addr1": a1}
    if a2:
        a["addr2"] = a2
    a.update({"city": city, "state": state, "postalCode": zip_})
    return a


by_project = {}
for p in projects:
    by_project.setdefault(p["name"], []).append(p)


def project(name, index=0):
    return by_project[name][index]


def site(p, **override):
    """Ship To = the Procore project's address."""
    a = address(p["address"], p["city"], p["state_code"], p["zip"])
    a.update(override)
    return a


# ---------------------------------------------------------------- customers
customers, cases = [], {}


def case(group, key, **fields):
    """Record that QuickBooks record key (a FullName) is an example of group."""
    cases.setdefault(group, {})[key] = {k: v for k, v in fields.items() if v not in (None, "")}


def customer(name, **kw):
    rec = {"name": name}
    rec.update({k: v for k, v in kw.items() if v not in (None, "", {}, False)})
    customers.append(rec)
    return rec


def full(rec):
    return rec["parent"] + ":" + rec["name"] if "parent" in rec else rec["name"]


# Parent customers (billing entities). Addr1 of a Bill To is the company
# name, the way QuickBooks fills it in; Ship To on jobs is the job site.
PARENTS = [
    ("Westfield Development LLC", addr("Westfield Development LLC", "Denver", "CO", "80202", "1200 17th St, Suite 900"), "(303) 555-0141", "(303) 555-0142"),
    ("Cedar Ridge Properties", addr("Cedar Ridge Properties", "Atlanta", "GA", "30303", "55 Peachtree Center Ave"), "(404) 555-0177", "(404) 555-0178"),
    ("Lakeview Holdings Inc.", addr("Lakeview Holdings Inc.", "Seattle", "WA", "98104", "701 5th Ave, Floor 42"), "(206) 555-0120", ""),
    ("Mission Bay Investors", addr("Mission Bay Investors", "Houston", "TX", "77002", "909 Fannin St"), "(713) 555-0163", "(713) 555-0164"),
    ("Northgate Realty Group", addr("Northgate Realty Group", "Phoenix", "AZ", "85004", "2 N Central Ave"), "(602) 555-0190", ""),
    ("Sunnyvale Partners LP", addr("Sunnyvale Partners LP", "Denver", "CO", "80202", "1801 California St"), "(720) 555-0111", "(720) 555-0112"),
    ("Pine Hollow Ventures", addr("Pine Hollow Ventures", "Fresno", "CA", "93721", "2300 Tulare St"), "(559) 555-0134", ""),
    ("Riverside Commercial Partners", addr("Riverside Commercial Partners", "Boise", "ID", "83702", "950 W Bannock St"), "(208) 555-0158", ""),
    ("Smith & Jones Realty", addr("Smith & Jones Realty", "Atlanta", "GA", "30303", "191 Peachtree St NE"), "(404) 555-0199", ""),
    ("Lumière Hospitality Group", addr("Lumière Hospitality Group", "Atlanta", "GA", "30303", "3340 Peachtree Rd NE"), "(404) 555-0116", "(404) 555-0117"),
    ("Sacramento Regional San", addr("Sacramento Regional San", "Sacramento", "CA", "95814", "10060 Goethe Rd"), "(916) 555-0170", ""),
]
BILL = {}
for name, bill, phone, fax in PARENTS:
    customer(name, companyName=name, billAddress=bill, phone=phone, fax=fax)
    BILL[name] = bill
    case("parents", name)
# Harbor Point Development LLC comes from reference_company.json: the
# overlap adds jobs to an existing customer.
REFERENCE_PARENT = "Harbor Point Development LLC"
BILL[REFERENCE_PARENT] = {}


def job(parent, name, p=None, ship=None, status="InProgress", **kw):
    """A job; p is the Procore project whose address becomes Ship To."""
    if ship is None and p is not None:
        ship = site(p)
    rec = customer(name, parent=parent, billAddress=BILL.get(parent, {}), shipAddress=ship or {},
                   phone=(p or {}).get("phone") if kw.pop("with_phone", False) else None,
                   jobStatus=status, **kw)
    return rec


STATUS = {"Bidding": "Pending", "Pre-Construction": "Awarded", "Course of Construction": "InProgress",
          "Post-Construction": "InProgress", "Warranty": "Closed"}

# Exact: QuickBooks job name == Procore project name, the name unique in Procore.
EXACT_JOBS = [
    ("Westfield Development LLC", "Westfield Parking Structure - Building B"),
    ("Westfield Development LLC", "Westfield Fire Station - Building F"),
    ("Cedar Ridge Properties", "Cedar Ridge Medical Office Building"),
    ("Cedar Ridge Properties", "Cedar Ridge Data Center"),
    ("Cedar Ridge Properties", "Cedar Ridge Warehouse"),
    ("Lakeview Holdings Inc.", "Lakeview Parking Structure"),
    ("Lakeview Holdings Inc.", "Lakeview Fire Station - Building E"),
    ("Mission Bay Investors", "Mission Bay Data Center"),
    ("Northgate Realty Group", "Northgate Hotel Renovation"),
    ("Northgate Realty Group", "Northgate Parking Structure - Building D"),
    ("Sunnyvale Partners LP", "Sunnyvale Tenant Improvement"),
    ("Pine Hollow Ventures", "Pine Hollow Parking Structure"),
    ("Pine Hollow Ventures", "Pine Hollow Tenant Improvement"),
    ("Riverside Commercial Partners", "Riverside Warehouse"),
    (REFERENCE_PARENT, "Harbor Point Mixed-Use Apartments"),
]
# Ship To that differs from Procore (the site moved, a suite, a missing zip).
SHIP_DIFFERS = {
    "Cedar Ridge Data Center": {"addr1": "369 Oak Avenue"},
    "Sunnyvale Tenant Improvement": {"addr1": "7233 Airport Rd, Suite 110"},
    "Riverside Warehouse": {"postalCode": "83706"},
}
for parent, name in EXACT_JOBS:
    p = project(name)
    rec = job(parent, name, p, ship=site(p, **SHIP_DIFFERS.get(name, {})), status=STATUS[p["stage"]],
              with_phone=len(customers) % 3 == 0)
    case("jobExact", full(rec), project=name)
    if name in SHIP_DIFFERS:
        case("jobShipToDiffers", full(rec), project=name)

# Exact but inactive in QuickBooks (seen only with ActiveStatus All).
p = project("Pine Hollow Library Renovation")
rec = job("Pine Hollow Ventures", p["name"], p, status="Closed", inactive=True)
case("jobExactInactive", full(rec), project=p["name"])

# Exact name that several Procore projects share; Ship To names one of them.
for parent, name, index in [
    ("Westfield Development LLC", "Westfield Library Renovation", 0),
    ("Riverside Commercial Partners", "Riverside Mixed-Use Apartments", 1),
]:
    p = project(name, index)
    rec = job(parent, name, p, status=STATUS[p["stage"]])
    case("jobExactAmbiguous", full(rec), project=name, procoreCount=len(by_project[name]), shipToOf=p["id"])

# Messy: the same project typed differently in QuickBooks.
MESSY_JOBS = [
    ("Westfield Development LLC", "Westfield Tenant Improvement - Bldg C", "Westfield Tenant Improvement - Building C", "abbreviation Bldg"),
    ("Westfield Development LLC", "Westfield Water Treatment Plant Upgrade -", "Westfield Water Treatment Plant Upgrade - Building C", "truncated at 41"),
    ("Cedar Ridge Properties", "Cedar Ridge Mixed Use Apartments", "Cedar Ridge Mixed-Use Apartments", "punctuation"),
    ("Lakeview Holdings Inc.", "LAKEVIEW MEDICAL OFFICE BUILDING", "Lakeview Medical Office Building", "case"),
    ("Mission Bay Investors", "Mission Bay Elementary School Modernizati", "Mission Bay Elementary School Modernization - Building C", "truncated at 41 (also a prefix of another project)"),
    ("Northgate Realty Group", "Northgate Medical Office Bldg - Bldg B", "Northgate Medical Office Building - Building B", "abbreviation Bldg"),
    ("Northgate Realty Group", "Northgate Hotel Renovation, Building A", "Northgate Hotel Renovation - Building A", "punctuation"),
    ("Sunnyvale Partners LP", "Sunyvale Hotel Renovation - Building B", "Sunnyvale Hotel Renovation - Building B", "typo"),
    ("Smith & Jones Realty", "Smith and Jones Office Tower, Levels 3-7", "Smith & Jones Office Tower, Levels 3–7", "& vs and, en dash (not Latin-1) as hyphen"),
    ("Lumière Hospitality Group", "Café Lumière Renovation - Phase 2", "Café Lumière Renovation – Phase 2", "en dash (not Latin-1) as hyphen, accents kept"),
    ("Sacramento Regional San", "Sacramento Regional County Sanitation Dis", "Sacramento Regional County Sanitation District Headworks Replacement Project", "truncated at 41"),
]
for parent, name, pname, kind in MESSY_JOBS:
    p = project(pname)
    rec = job(parent, name, p, status=STATUS[p["stage"]])
    case("jobMessy", full(rec), project=pname, kind=kind)

# Sub jobs (a job under a job): not supported by the wizard.
for name, ship in [
    ("Phase 1 Sitework", None),
    ("Tenant Fit-Out Suite 200", addr("Suite 200", "Atlanta", "GA", "30303")),
]:
    rec = job("Cedar Ridge Properties:Cedar Ridge Medical Office Building", name, ship=ship or {}, status="InProgress")
    case("subJob", full(rec))

# Customers that keep each job as a top-level customer (no jobs), named
# exactly like the Procore project; one messy (Procore's name has stray
# spaces, QuickBooks trims names).
for name, bill in [
    ("O'Brien Family Residence", addr("Kevin & Siobhan O'Brien", "Sacramento", "CA", "95818", "2217 Castro Way")),
    ("Über-Haus Residences", addr("Über-Haus Residences LLC", "San José", "CA", "95112", "60 S Market St")),
    ("Østerbro School Seismic Retrofit", {}),
    ("Oak Grove Fire Station", addr("City of Oak Grove", "Phoenix", "AZ", "85004", "200 W Washington St")),
    ("Mission Bay Library Renovation", {}),
]:
    p = project(name)
    customer(name, billAddress=bill, shipAddress=site(p), phone=p.get("phone") or None, jobStatus=STATUS[p["stage"]])
    case("customerAsJobExact", name, project=name)
p = project("  Leading Space Project  ")
customer("Leading Space Project", shipAddress=site(p), jobStatus="InProgress")
case("customerAsJobMessy", "Leading Space Project", project=p["name"], kind="surrounding spaces")

# QuickBooks-only jobs (no Procore project): the import candidates.
QB_ONLY_PARENTS = [
    ("Bayshore Capital Partners", addr("Bayshore Capital Partners", "San Mateo", "CA", "94402", "1800 Gateway Dr, Suite 160"), "(650) 555-0148", "(650) 555-0149"),
    ("Greenfield Homes Inc.", addr("Greenfield Homes Inc.", "Roseville", "CA", "95661", "3001 Douglas Blvd"), "(916) 555-0181", ""),
    ("Kowalski, Anna", addr("Anna Kowalski", "Portland", "OR", "97214", "1412 SE Salmon St"), "(503) 555-0125", ""),
    ("Alvarez Family Trust", addr("Alvarez Family Trust", "Redwood City", "CA", "94062", "455 Alameda de las Pulgas"), "(650) 555-0106", ""),
    ("St. Mary's Hospital Foundation", addr("St. Mary's Hospital Foundation", "Reno", "NV", "89503", "235 W 6th St"), "(775) 555-0152", "(775) 555-0153"),
    ("Port of Redwood City", addr("Port of Redwood City", "Redwood City", "CA", "94063", "675 Seaport Ct"), "(650) 555-0187", "(650) 555-0188"),
]
for name, bill, phone, fax in QB_ONLY_PARENTS:
    customer(name, companyName=name if "," not in name else None, billAddress=bill, phone=phone, fax=fax)
    BILL[name] = bill
    case("parents", name)

# (parent, job, ship to, bill to override, status, inactive, note)
QB_ONLY_JOBS = [
    ("Westfield Development LLC", "Westfield Corporate Campus Phase 1", addr("4400 Westfield Blvd", "Denver", "CO", "80216"), None, "Closed", False, ""),
    ("Westfield Development LLC", "Westfield Sales Trailer", {}, addr("4410 Westfield Blvd", "Denver", "CO", "80216"), "InProgress", False, "Ship To empty, Bill To set"),
    ("Northgate Realty Group", "Northgate Lobby Refresh", {}, addr("2 N Central Ave, Lobby", "Phoenix", "AZ", "85004"), "InProgress", False, "Ship To empty, Bill To set"),
    ("Bayshore Capital Partners", "Bayshore Office Park Bldg 2", addr("1850 Gateway Dr", "San Mateo", "CA", "94404"), None, "InProgress", False, ""),
    ("Bayshore Capital Partners", "Bayshore Parking Lot Resurface", addr("1850 Gateway Dr, Lot C", "San Mateo", "CA", "94404"), None, "Closed", True, "inactive"),
    ("Greenfield Homes Inc.", "Greenfield Lot 12", addr("Lot 12, 1508 Meadowlark Ln", "Roseville", "CA", "95747"), None, "InProgress", False, ""),
    ("Greenfield Homes Inc.", "Greenfield Lot 13", {}, {}, "Pending", False, "no address at all"),
    ("Greenfield Homes Inc.", "Greenfield Model Home Upgrades", {}, addr("1500 Meadowlark Ln", "Roseville", "CA", "95747"), "Awarded", False, "Ship To empty, Bill To set"),
    ("Kowalski, Anna", "Kowalski Kitchen Remodel", {}, None, "InProgress", False, "Ship To empty, Bill To (inherited customer address)"),
    ("Alvarez Family Trust", "Alvarez ADU", {"addr1": "Unit B, 455 Alameda de las Pulgas, Rear", "city": "Redwood City", "state": "CA", "postalCode": "94062"}, None, "InProgress", False, "address with commas"),
    ("St. Mary's Hospital Foundation", "St. Mary's Imaging Suite", addr("235 W 6th St, Level 2", "Reno", "NV", "89503"), None, "Awarded", False, ""),
    ("Alvarez Family Trust", "Alvarez Pool House", addr("455 Alameda de las Pulgas", "Redwood City", "CA", "94062"), None, "Pending", False, ""),
    ("Port of Redwood City", "Outfall 3 Riprap Repair", addr("Seaport Blvd at Outfall 3", "Redwood City", "CA", "94063"), None, "Awarded", False, ""),
    ("Port of Redwood City", "Wharf 5 Fender Replacement", addr("Wharf 5, 675 Seaport Ct", "Redwood City", "CA", "94063"), None, "InProgress", False, ""),
]
for parent, name, ship, bill, status, inactive, note in QB_ONLY_JOBS:
    rec = customer(name, parent=parent, billAddress=BILL[parent] if bill is None else bill, shipAddress=ship,
                   jobStatus=status, inactive=inactive)
    case("jobQuickBooksOnly", full(rec), note=note)
    if not ship and rec.get("billAddress"):
        case("jobShipToEmptyBillToSet", full(rec))

# QuickBooks-only customers without jobs (also importable as projects).
QB_ONLY_CUSTOMERS = [
    ("Nguyen, David", addr("David Nguyen", "Sacramento", "CA", "95819", "5510 H St"), addr("5510 H St", "Sacramento", "CA", "95819"), False),
    ("Walsh Residence", addr("Walsh Residence", "Boise", "ID", "83702", "1120 W Hays St"), {}, False),
    ("Müller, Hans", addr("Hans Müller", "Austin", "TX", "78704", "1905 S 1st St"), addr("1905 S 1st St", "Austin", "TX", "78704"), False),
    ("Bright Horizons Preschool", addr("Bright Horizons Preschool", "Denver", "CO", "80205", "2900 Welton St"), addr("2900 Welton St", "Denver", "CO", "80205"), False),
    ("Anderson Dental Office", {}, addr("4410 N Cedar Ave, Suite 101", "Fresno", "CA", "93726"), False),
    ("Former Tenant LLC", {}, {}, True),
]
for name, bill, ship, inactive in QB_ONLY_CUSTOMERS:
    customer(name, billAddress=bill, shipAddress=ship, inactive=inactive)
    case("customerQuickBooksOnly", name)

# A customer named exactly like a Procore vendor that has no QuickBooks
# vendor: exporting that vendor fails with 3100 (name in use).
VENDOR_NAMED_CUSTOMER = "Johnson Controls, Inc."
jc = next(v for v in pvendors if v["name"] == VENDOR_NAMED_CUSTOMER)
customer(VENDOR_NAMED_CUSTOMER, companyName="Johnson Controls", billAddress=addr("Johnson Controls, Inc.", "Milwaukee", "WI", "53209", "5757 N Green Bay Ave"),
         phone="(414) 555-0110", fax="(414) 555-0111")
case("customerNamedLikeProcoreVendor", VENDOR_NAMED_CUSTOMER, procore=VENDOR_NAMED_CUSTOMER)

# ------------------------------------------------------------------ vendors
vendors = []
ref_names = {fold(n) for n in [v["name"] for v in reference["vendors"]] + [c["name"] for c in reference["customers"] if "parent" not in c]
             + reference["employees"] + reference["otherNames"]}
ref_bases = {base(v["name"]) for v in reference["vendors"]}
procore_names = {v["name"] for v in pvendors}
procore_folded = {}
procore_bases = {}
for v in pvendors:
    procore_folded.setdefault(fold(v["name"]), []).append(v)
    procore_bases.setdefault(base(v["name"]), []).append(v)

SUPPLIER_WORDS = ("Lumber", "Supply", "Equipment Rental", "Doors & Hardware", "Glass & Glazing", "Home Depot", "Lowe")


def vendor_type(name):
    return "Supplier" if any(w in name for w in SUPPLIER_WORDS) else "Subcontractor"


def vendor_from(pv, name=None, **override):
    """A QuickBooks vendor carrying the Procore vendor's contact details."""
    name = name or pv["name"]
    rec = {"name": name}
    a = address(pv["address"], pv["city"], pv["state_code"], pv["zip"])
    if a:
        rec["address"] = a
    for key, field in (("phone", "business_phone"), ("fax", "fax_number")):
        if clean(pv.get(field)):
            rec[key] = clean(pv[field])
    if re.fullmatch(r"[A-Za-z0-9._&'+-]+@[A-Za-z0-9.-]+", clean(pv.get("email_address"))):
        rec["email"] = clean(pv["email_address"])
    rec["vendorType"] = vendor_type(name)
    if rec["vendorType"] == "Subcontractor":
        rec["is1099"] = True
    rec.update(override)
    return {k: v for k, v in rec.items() if v not in (None, "", {}, False)}


# The first vendors of vendors.json are the generator's hand-written awkward
# names (specialVendors in generate.go); they are used only by name below.
SPECIAL_END = next(i for i, v in enumerate(pvendors) if v["name"] == "ACME CONCRETE INC") + 1
special_ids = {v["id"] for v in pvendors[:SPECIAL_END]}


def usable(pv, unique_base):
    """A generated Procore vendor fit for a QuickBooks counterpart: a plain
    name unique in Procore (also without legal suffixes when unique_base)."""
    n = pv["name"]
    return (pv["id"] not in special_ids and n == n.strip() and "  " not in n and latin1(n) and len(n) <= NAME_MAX
            and fold(n) not in ref_names and base(n) not in ref_bases and len(procore_folded[fold(n)]) == 1
            and (not unique_base or len(procore_bases[base(n)]) == 1)
            and all(latin1(clean(pv.get(f))) for f in ("address", "city", "state_code", "zip", "business_phone", "fax_number")))


used = set()  # Procore vendor ids already given a QuickBooks counterpart
# The vendor named by the 3100 customer must have no QuickBooks vendor.
used.add(jc["id"])

candidates = sorted((v for v in pvendors if usable(v, False)), key=lambda v: v["id"])
no_origin = [v for v in candidates if v["origin_id"] is None]
with_origin = [v for v in candidates if v["origin_id"] is not None]


def spread(pool, n, offset):
    """n vendors spread evenly over pool, deterministically."""
    step = len(pool) // n
    return [pool[offset + i * step] for i in range(n)]


# Exact names: 26 Procore vendors without origin_id, 14 with one.
exact = spread(no_origin, 26, 0) + spread(with_origin, 14, 1)
# A few names with characters worth round-tripping, exact too.
for special in ("O'Reilly Concrete", "Société Générale de Construction", "Comma, Inc."):
    if all(v["name"] != special for v in exact):
        exact.append(next(v for v in pvendors if v["name"] == special))
for i, pv in enumerate(exact):
    override = {}
    kind = None
    if i % 12 == 3:  # QuickBooks kept an older phone number
        override["phone"] = "(555) 010-%04d" % (1000 + i)
        kind = "phone differs"
    elif i % 12 == 7 and clean(pv["address"]):  # QuickBooks puts the name on Addr1
        a = address(pv["address"], pv["city"], pv["state_code"], pv["zip"], addr1=pv["name"])
        override["address"] = a
        kind = "Addr1 is the company name"
    elif i % 12 == 9 and clean(pv.get("business_phone")):  # another phone format
        digits = re.sub(r"\D", "", pv["business_phone"])
        override["phone"] = "%s-%s-%s" % (digits[:3], digits[3:6], digits[6:])
        kind = "phone formatted differently"
    if i in (10, 30):
        override["inactive"] = True
        kind = "inactive in QuickBooks"
    vendors.append(vendor_from(pv, **override))
    used.add(pv["id"])
    case("vendorExact", pv["name"], procore=pv["name"], originId=pv["origin_id"] is not None, kind=kind)


# Generic messy spellings, one Procore vendor each: (pattern, replacement,
# kind); a pattern of None is handled in messy_variant.
MESSY_RULES = [
    (r" Inc\.$", " Inc", "Inc. vs Inc"), (r" Inc$", " Inc.", "Inc vs Inc."),
    (r" LLC$", " Ltd.", "LLC vs Ltd"), (r" Ltd\.$", " LLC", "Ltd vs LLC"),
    (r" & ", " and ", "& vs and"), (r" Co\.$", " Company", "Co. vs Company"),
    (r" Company$", " Co.", "Company vs Co."), (r" Corp\.$", " Corporation", "Corp. vs Corporation"),
    (r" Services$", " Svcs", "abbreviation"), (r" (Inc\.|LLC|Corp\.)$", "", "legal suffix dropped"),
    (None, "upper", "case"), (None, "lower", "case"), (None, "typo", "typo"), (r" & ", " and ", "& vs and"),
]


def messy_variant(n, rule):
    """Procore name n spelled the QuickBooks way by rule, or None."""
    pattern, repl, _ = rule
    if pattern:
        return re.sub(pattern, repl, n, count=1) if re.search(pattern, n) else None
    if repl == "upper":
        return n.upper()
    if repl == "lower":
        return n.lower()
    words = n.split()  # two letters swapped in the longest word
    w = max(range(len(words)), key=lambda k: len(words[k]))
    s = words[w]
    if len(s) < 6:
        return None
    words[w] = s[:2] + s[3] + s[2] + s[4:]
    return " ".join(words)


# Messy: hand-picked names with accents, scripts and lengths QuickBooks
# cannot hold, and families Procore has several spellings of.
MESSY_SPECIAL = [
    ("Muller Bau GmbH", "Müller Bau GmbH", "accents removed (Procore also has Mueller Bau GmbH)"),
    ("Nandu Roofing", "Ñandú Roofing", "accents removed"),
    ("Construcciones Penalosa SA de CV", "Construcciones Peñalosa S.A. de C.V.", "accents and periods removed"),
    ("Lodz Budownictwo Sp. z o.o.", "Łódź Budownictwo Sp. z o.o.", "not Latin-1: typed without accents"),
    ("Stroy Montazh OOO", "Строй Монтаж ООО", "not Latin-1: Joblink's Latin-1 transliteration"),
    ("Celik Yapi A.S.", "Çelik Yapı A.Ş.", "not Latin-1: typed without accents"),
    ("Nguyen Xay Dung", "Nguyễn Xây Dựng", "not Latin-1: typed without accents"),
    ("Emoji Barricades", "Emoji 🚧 Barricades", "emoji dropped"),
    ("Northwestern Regional Mechanical Contract", "Northwestern Regional Mechanical Contractors and Engineering Services Inc", "truncated at 41"),
    ("The Very Long Name General Contracting Co", "The Very Long Name General Contracting Company of Northern California, LLC", "truncated at 41"),
    ("A.B.C. Plumbing Inc", "A.B.C. Plumbing, Inc.", "punctuation (Procore has five ABC Plumbing spellings)"),
    ("Smith & Sons Electric", "Smith & Sons Electrical", "abbreviated word (Procore has three Smith & Sons spellings)"),
    ("Acme Concrete, Inc.", "ACME CONCRETE INC", "case and punctuation (Procore has three Acme Concrete spellings)"),
    ("Home Depot #4421 Pro Desk", "Home Depot #4421 (Pro Desk)", "punctuation"),
    ("Quoted Drywall Co.", '"Quoted" Drywall Co.', "quotes dropped"),
    ("One Hundred Percent Electric", "100% Electric", "spelled out"),
]
for qb, pname, kind in MESSY_SPECIAL:
    pv = next(v for v in pvendors if v["name"] == pname)
    vendors.append(vendor_from(pv, name=qb))
    used.add(pv["id"])
    case("vendorMessy", qb, procore=pname, kind=kind)

# Vendors whose name without legal suffix is unique in Procore first, so
# most messy names have one clear Procore counterpart.
messy_pool = [v for v in candidates if v["id"] not in used]
messy_pool = [v for v in messy_pool if usable(v, True)] + [v for v in messy_pool if not usable(v, True)]
for rule in MESSY_RULES:
    for pv in messy_pool:
        qb = pv["id"] not in used and messy_variant(pv["name"], rule)
        if qb and qb != pv["name"] and qb not in procore_names and fold(qb) not in ref_names and len(qb) <= NAME_MAX:
            vendors.append(vendor_from(pv, name=qb))
            used.add(pv["id"])
            case("vendorMessy", qb, procore=pv["name"], kind=rule[2])
            break
    else:
        fail("no Procore vendor for messy rule %s" % rule[2])

# Look-alikes: names close to a Procore vendor but another company (a
# suggestion the bookkeeper must reject).
LOOKALIKES = [
    ("ABC Plumbing Supply", "ABC Plumbing Inc", addr("88 Industrial Way", "Joliet", "IL", "60431"), "(815) 555-0193", "Supplier"),
    ("Keystone Lumber Yard", "Keystone Lumber", addr("1400 S Halsted St", "Chicago", "IL", "60607"), "(312) 555-0166", "Supplier"),
    ("Lowe's Home Centers - Fresno", "Lowe's", addr("4780 W Shaw Ave", "Fresno", "CA", "93722"), "(559) 555-0174", "Supplier"),
    ("Summit Concrete Pumping", "Summit Concrete Ltd.", addr("6100 NE Columbia Blvd", "Portland", "OR", "97218"), "(503) 555-0129", "Subcontractor"),
    ("Pacific Paving Equipment", "Pacific Paving Ltd.", addr("2050 Dundas St E", "Mississauga", "ON", "L4X 1L9") | {"country": "Canada"}, "(905) 555-0115", "Supplier"),
]
for name, similar, a, phone, vtype in LOOKALIKES:
    assert similar in procore_names, similar
    vendors.append({"name": name, "address": a, "phone": phone, "vendorType": vtype})
    case("vendorLookalike", name, procore=similar)

# QuickBooks-only vendors: subcontractors, suppliers and utilities with no
# Procore company.
QB_ONLY_VENDORS = [
    ("Bristlecone Framing", "Subcontractor", addr("2211 Del Paso Blvd", "Sacramento", "CA", "95815"), "(916) 555-0101", "(916) 555-0102"),
    ("Mesa Verde Rebar & Steel", "Subcontractor", addr("4450 E Broadway Rd", "Phoenix", "AZ", "85040"), "(602) 555-0103", ""),
    ("Ridgeline Demolition", "Subcontractor", addr("77 Quarry Rd", "Golden", "CO", "80401"), "(303) 555-0105", "(303) 555-0106"),
    ("Sequoia Tree Service", "Subcontractor", addr("1650 N Blackstone Ave", "Fresno", "CA", "93703"), "(559) 555-0108", ""),
    ("Hartwell Caulking & Sealants", "Subcontractor", addr("912 E 9th St", "Austin", "TX", "78702"), "(512) 555-0109", ""),
    ("Ortega Tile Setters", "Subcontractor", addr("2718 Mission St", "San Francisco", "CA", "94110"), "(415) 555-0110", ""),
    ("Kestrel Acoustical Ceilings", "Subcontractor", addr("1200 Airport Way S", "Seattle", "WA", "98134"), "(206) 555-0112", "(206) 555-0113"),
    ("Dwyer Elevator Co.", "Subcontractor", addr("48 Water St", "Boise", "ID", "83702"), "(208) 555-0114", ""),
    ("Fernández Stucco", "Subcontractor", addr("3120 E 14th St", "Los Angeles", "CA", "90023"), "(323) 555-0116", ""),
    ("Bøgh Waterproofing", "Subcontractor", addr("820 Westlake Ave N", "Seattle", "WA", "98109"), "(206) 555-0117", ""),
    ("Lindqvist Millwork", "Subcontractor", {}, "(612) 555-0118", ""),
    ("Rio Grande Core Drilling", "Subcontractor", addr("1515 Broadway Blvd SE", "Albuquerque", "NM", "87102"), "", ""),
    ("Bristlecone Building Supply", "Supplier", addr("8800 Folsom Blvd", "Sacramento", "CA", "95826"), "(916) 555-0121", "(916) 555-0122"),
    ("Mesa Verde Ready Mix", "Supplier", addr("7001 N 43rd Ave", "Phoenix", "AZ", "85051"), "(602) 555-0123", ""),
    ("Harborview Electrical Wholesale", "Supplier", addr("3701 Alaskan Way", "Seattle", "WA", "98121"), "(206) 555-0125", "(206) 555-0126"),
    ("Riverbend Pipe & Valve", "Supplier", addr("4200 N Lamar Blvd", "Austin", "TX", "78756"), "(512) 555-0127", ""),
    ("Juniper Safety Supply", "Supplier", addr("210 W 2nd St", "Reno", "NV", "89501"), "(775) 555-0129", ""),
    ("Clearwater Plumbing Supply", "Supplier", addr("2025 W Grant Line Rd", "Tracy", "CA", "95377"), "(209) 555-0130", "(209) 555-0131"),
    ("Foothill Tool Rental", "Supplier", addr("6450 Lone Tree Blvd", "Rocklin", "CA", "95765"), "(916) 555-0132", ""),
    ("Ironbridge Rebar Fabricators", "Supplier", addr("3150 Richards St", "Denver", "CO", "80216"), "", ""),
    ("Montréal Quincaillerie Inc.", "Supplier", addr("4200 Rue Saint-Laurent", "Montréal", "QC", "H2W 1Z3") | {"country": "Canada"}, "(514) 555-0134", ""),
    ("Sacramento Municipal Utility District", "Utilities", addr("PO Box 15830", "Sacramento", "CA", "95852"), "(916) 555-0135", ""),
    ("Denver Water", "Utilities", addr("1600 W 12th Ave", "Denver", "CO", "80204"), "(303) 555-0137", ""),
    ("Recology Sacramento", "Utilities", addr("3501 Florin Perkins Rd", "Sacramento", "CA", "95826"), "(916) 555-0138", ""),
    ("Republic Services #853", "Utilities", addr("PO Box 78829", "Phoenix", "AZ", "85062"), "(602) 555-0139", ""),
    ("AT&T Mobility", "Utilities", addr("PO Box 6463", "Carol Stream", "IL", "60197"), "(800) 555-0140", ""),
    ("Verizon Wireless", "Utilities", addr("PO Box 660108", "Dallas", "TX", "75266"), "(800) 555-0141", ""),
    ("City of Fresno Utilities Billing", "Utilities", addr("2600 Fresno St, Room 1084", "Fresno", "CA", "93721"), "(559) 555-0142", "(559) 555-0143"),
    ("Idaho Power", "Utilities", addr("1221 W Idaho St", "Boise", "ID", "83702"), "(208) 555-0144", ""),
    ("Comcast Business", "Utilities", {}, "(800) 555-0145", ""),
    ("Seattle City Light", "Utilities", addr("PO Box 35178", "Seattle", "WA", "98124"), "(206) 555-0147", ""),
]
for name, vtype, a, phone, fax in QB_ONLY_VENDORS:
    if phone and not fax and vtype != "Utilities":  # most have a fax line next to the phone
        fax = phone[:-4] + "%04d" % (int(phone[-4:]) + 50)
    rec = {"name": name, "address": a, "phone": phone, "fax": fax, "vendorType": vtype, "is1099": vtype == "Subcontractor"}
    vendors.append({k: v for k, v in rec.items() if v not in (None, "", {}, False)})
    case("vendorQuickBooksOnly", name, vendorType=vtype)

# Reference vendors (reference_company.json) that Procore already has by
# exactly the same name: the demo shows them as matches too.
for v in reference["vendors"]:
    if v["name"] in procore_names:
        case("referenceVendorExact", v["name"], procore=v["name"])

# ------------------------------------------------------------------- checks
seen = dict.fromkeys(n.casefold() for n in [v["name"] for v in reference["vendors"]] + reference["employees"]
                     + reference["otherNames"] + [c["name"] for c in reference["customers"] if "parent" not in c])
for rec in [c for c in customers if "parent" not in c] + vendors:
    k = rec["name"].casefold()
    if k in seen:
        fail("name in use: %r" % rec["name"])
    seen[k] = None
job_names = set()
for c in customers:
    if "parent" in c:
        k = full(c).casefold()
        if k in job_names:
            fail("job in use: %r" % full(c))
        job_names.add(k)
for rec in customers + vendors:
    if len(rec["name"]) > NAME_MAX or not latin1(rec["name"]) or ":" in rec["name"]:
        fail("bad name %r" % rec["name"])
    for key in ("billAddress", "shipAddress", "address"):
        for f, v in rec.get(key, {}).items():
            limit = {"city": CITY_MAX, "state": STATE_MAX, "postalCode": ZIP_MAX, "country": 31}.get(f, ADDR_MAX)
            if len(v) > limit or not latin1(v):
                fail("%s %s %r of %r" % (key, f, v, rec["name"]))
    for key in ("phone", "fax"):
        if len(rec.get(key, "")) > PHONE_MAX or not latin1(rec.get(key, "")):
            fail("%s of %r" % (key, rec["name"]))
for qb, c in cases["jobExact"].items():
    assert qb.split(":")[-1] == c["project"] and len(by_project[c["project"]]) == 1
for qb in cases["vendorExact"]:
    assert qb in procore_names
for qb, m in cases["vendorMessy"].items():
    assert qb not in procore_names and m["procore"] in procore_names, qb
    others = [v["name"] for v in procore_folded.get(fold(qb), []) if v["name"] != m["procore"]]
    if others:
        fail("messy vendor %r also matches %r" % (qb, others))
for qb, m in cases["jobMessy"].items():
    assert qb.split(":")[-1] not in by_project and m["project"] in by_project, qb
for qb in list(cases["vendorQuickBooksOnly"]) + list(cases["vendorLookalike"]):
    if base(qb) in procore_bases or fold(qb) in procore_folded:
        fail("QuickBooks-only vendor %r matches Procore %r" % (qb, procore_bases.get(base(qb))))
for qb in cases["jobQuickBooksOnly"]:
    if fold(qb.split(":")[-1]) in {fold(n) for n in by_project}:
        fail("QuickBooks-only job %r matches a project" % qb)
if VENDOR_NAMED_CUSTOMER in {v["name"] for v in vendors}:
    fail("the 3100 customer's vendor must not exist in QuickBooks")

# ------------------------------------------------------------------ output
def dump_records(records):
    return "[\n" + ",\n".join("    " + json.dumps(r, ensure_ascii=False) for r in records) + "\n  ]"


with open(os.path.join(HERE, "demo_overlap.json"), "w", encoding="utf-8") as f:
    f.write("{\n  \"vendors\": " + dump_records(vendors) + ",\n  \"customers\": " + dump_records(customers) + "\n}\n")

counts = {k: len(v) for k, v in cases.items()}
counts["customers"] = sum(1 for c in customers if "parent" not in c)
counts["jobs"] = sum(1 for c in customers if "parent" in c)
counts["vendors"] = len(vendors)
with open(os.path.join(HERE, "demo_overlap_cases.json"), "w", encoding="utf-8") as f:
    json.dump({"counts": dict(sorted(counts.items())), "cases": cases}, f, ensure_ascii=False, indent=1)
    f.write("\n")
for k, v in sorted(counts.items()):
    print("%-32s %d" % (k, v))
