package qbxml

// HostQuery asks which QuickBooks product and qbXML versions are running.
type HostQuery struct {
	// IncludeMaxCapacity asks for ListMetaData (the per-list record limits); nil omits it.
	IncludeMaxCapacity *bool
	IncludeRetElement  []string
}

func (HostQuery) rqName() string { return "HostQueryRq" }

func (q HostQuery) writeBody(w *xmlWriter) {
	if q.IncludeMaxCapacity != nil {
		w.open("IncludeListMetaData")
		w.boolean("IncludeMaxCapacity", q.IncludeMaxCapacity)
		w.close()
	}
	w.includeRetElements(q.IncludeRetElement)
}

// CompanyQuery reads the company record. OwnerID selects the DataExt values returned with it;
// Joblink marks each company file with a FileID DataExt under its own OwnerID.
type CompanyQuery struct {
	RetOptions
}

func (CompanyQuery) rqName() string { return "CompanyQueryRq" }

func (q CompanyQuery) writeBody(w *xmlWriter) { w.retOptions(q.RetOptions) }

// PreferencesQuery reads the company preferences (class tracking, estimates enabled, …).
type PreferencesQuery struct {
	IncludeRetElement []string
}

func (PreferencesQuery) rqName() string { return "PreferencesQueryRq" }

func (q PreferencesQuery) writeBody(w *xmlWriter) { w.includeRetElements(q.IncludeRetElement) }
