package procoresim

// APIRequests is how many API requests (/rest/…) reached the simulator since it started,
// whatever their answer: what Procore would count against the caller's limit. Benchmarks read
// it to report Procore calls as Procore sees them, not as the client believes it made them.
func (s *Server) APIRequests() int64 { return s.apiRequests.Load() }
