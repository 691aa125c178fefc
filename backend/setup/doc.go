// Package setup is the first-run setup wizard's engine: it connects Joblink to Procore
// (environment, browser or pasted-code sign-in, service accounts, the company), makes the Web
// Connector password, watches for the first Web Connector contact, records the QuickBooks
// accounts and retainage item chosen for exports, and keeps the sync preferences. Its state is
// durable (the store, under "setup/"; the Procore tokens and client secret in sealed files in
// the data folder) so the wizard can be left and resumed, and the sync engine reads the
// outcome through ProcoreClient, Choices, Preferences, Completed and Subscribe.
package setup
