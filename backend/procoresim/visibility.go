package procoresim

import "slices"

// SetVisibleProjects limits which projects a user sees (nil: every project, like a company
// admin). It models what Procore does when a project leaves a service account's Permitted
// Projects, or a user is taken off a project: the project drops out of every list and
// answers 404, exactly like one that never existed (reference §3.3). Procore has no call that
// deletes a project, so this is how a project vanishes for an integration.
func (s *Server) SetVisibleProjects(userID int64, projectIDs []int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u := s.users[userID]; u != nil {
		u.ProjectIDs = slices.Clone(projectIDs)
	}
}
