// Package mapping is the bookkeeper's pairing of Procore records with QuickBooks records for
// the lists both sides keep before Joblink arrives: projects with customers and jobs, directory
// companies with vendors. It shows both sides with suggested matches and carries out links,
// unlinks, creations in QuickBooks (through the engine) and creations in Procore. The jobs and
// vendors packages plug their lists in as a Side.
package mapping
