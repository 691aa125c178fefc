// Package vendors pairs Procore directory companies with QuickBooks vendors: an engine flow that
// creates the QuickBooks vendor for a company and writes the link back to Procore, follows
// QuickBooks vendor changes into Procore when the bookkeeper wants that, and the mapping side
// that imports QuickBooks vendors as Procore companies.
package vendors
