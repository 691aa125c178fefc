// Package costcodes is the first flow on the sync engine: Procore's standard cost codes become
// QuickBooks service items (name = the code, at most 31 characters; the code's name becomes the
// purchase and sales descriptions; the income and expense accounts chosen at setup). An item
// already in QuickBooks under the code is linked, not duplicated, and updated when its
// description differs; an item of another type under the code is a conflict the bookkeeper
// resolves. The link is written back to Procore as the code's origin_id (the item's ListID).
package costcodes
