package match

import "fmt"

// A firm bought only a few years ago still bills under its own name while the buyer takes its
// branches over: the lists of a contractor who rents from both yards hold "Ahern Rentals - Kent"
// beside "United Rentals #A17 Seattle", two vendors, and a list with only one of them may mean
// either. An acquisition that recent is a question for the bookkeeper, not one click; an older
// one, whose name has been given up ("RSC Equipment Rental", 2012), and a rename, a merger or a
// spin-off, which change the name of the firm itself, are still read Likely.

// renamesChecked is the year the table was last checked against published sources (renames.go).
const renamesChecked = 2026

// recentAcquisitionYears is how long a bought firm's brand is taken to live on: the years a
// buyer takes to put its name on the yards and the invoices.
const recentAcquisitionYears = 4

// recentAcquisition returns the doubt when a chain of changes holds an acquisition made within
// recentAcquisitionYears of renamesChecked, else "".
func recentAcquisition(rows []int32) string {
	for _, ri := range rows {
		r := &renameTable[ri]
		if r.change == acquired && r.year >= renamesChecked-recentAcquisitionYears {
			return fmt.Sprintf("a firm bought as lately as %d may still bill under its own name, as a vendor of its own", r.year)
		}
	}
	return ""
}
