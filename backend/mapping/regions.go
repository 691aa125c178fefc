package mapping

import "strings"

// Procore stores states and countries as ISO-3166 two-letter codes and refuses anything else;
// QuickBooks stores whatever was typed. These read what bookkeepers type in QuickBooks.

var stateCodes = map[string]string{
	"alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
	"connecticut": "CT", "delaware": "DE", "district of columbia": "DC", "florida": "FL", "georgia": "GA",
	"hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS",
	"kentucky": "KY", "louisiana": "LA", "maine": "ME", "maryland": "MD", "massachusetts": "MA",
	"michigan": "MI", "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
	"nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM",
	"new york": "NY", "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK",
	"oregon": "OR", "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
	"tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
	"west virginia": "WV", "wisconsin": "WI", "wyoming": "WY", "puerto rico": "PR",
	"alberta": "AB", "british columbia": "BC", "manitoba": "MB", "new brunswick": "NB",
	"newfoundland and labrador": "NL", "nova scotia": "NS", "ontario": "ON", "prince edward island": "PE",
	"quebec": "QC", "québec": "QC", "saskatchewan": "SK", "northwest territories": "NT", "nunavut": "NU", "yukon": "YT",
}

var countryCodes = map[string]string{
	"us": "US", "usa": "US", "u.s.": "US", "u.s.a.": "US", "united states": "US", "united states of america": "US",
	"ca": "CA", "canada": "CA", "mx": "MX", "mexico": "MX", "méxico": "MX",
}

// StateCode reads a state or province as QuickBooks holds it; ok is false when it is neither a
// two-letter code nor a name Joblink knows (it is then left out, and said so).
func StateCode(s string) (code string, ok bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if s == "" {
		return "", true
	}
	if len(s) == 2 && isLetters(s) {
		return strings.ToUpper(s), true
	}
	code, ok = stateCodes[strings.ToLower(s)]
	return code, ok
}

// CountryCode reads a country as QuickBooks holds it (see StateCode).
func CountryCode(s string) (code string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	code, ok = countryCodes[strings.ToLower(s)]
	if !ok && len(s) == 2 && isLetters(s) {
		return strings.ToUpper(s), true
	}
	return code, ok
}

func isLetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}
