package procoresim

import "net/http"

// handleBudgetLockState is GET /rest/v1.0/projects/{project_id}/budget (reference §8.6): {"locked"}.
func (s *Server) handleBudgetLockState(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	writeJSON(w, http.StatusOK, map[string]bool{"locked": c.company.budgetLocked[project.ID]})
}

// handleBudgetLock is POST (lock, 201) and DELETE (unlock, 200) on …/budget/lock (reference §8.6).
// Locking a locked budget or unlocking an unlocked one is a 422: the state change is impossible.
func (s *Server) handleBudgetLock(lock bool) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		project := c.projectFromPath(w, r)
		if project == nil {
			return
		}
		if c.company.budgetLocked[project.ID] == lock {
			state := map[bool]string{true: "already locked", false: "not locked"}[lock]
			writeError(w, http.StatusUnprocessableEntity, "The budget is "+state, "")
			return
		}
		c.company.budgetLocked[project.ID] = lock
		status := http.StatusOK
		if lock {
			status = http.StatusCreated
		}
		writeJSON(w, status, map[string]bool{"locked": lock})
	}
}
