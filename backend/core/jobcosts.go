package core

import (
	"joblink/backend/api"
	"joblink/backend/engine"
	"joblink/backend/jobcosts"
	"joblink/backend/qbmirror"
)

// newJobCosts builds the job-costs service (issue 14): its flow goes to the engine, its reader
// into the Web Connector session (main's attach hook), its answers to the Job costs page.
func (c *Core) newJobCosts(mirror *qbmirror.Mirror) *jobcosts.Service {
	return jobcosts.New(jobcosts.Deps{
		Store: c.Store, Procore: c.procoreClient, Mirror: mirror,
		Settings:      c.jobCostSettings,
		RetainageItem: c.retainageItem,
		// Joblink creates no bills from Procore invoices yet: nothing to subtract.
		CreatedByJoblink: nil,
		Retry:            c.retryJobCosts,
		SyncNow: func() {
			if c.Engine != nil {
				c.Engine.SyncNow()
			}
		},
		Log: c.Log.With().Str("part", "jobcosts").Logger(),
	})
}

func (c *Core) jobCostSettings() jobcosts.Settings {
	if c.Setup == nil {
		return jobcosts.Settings{}.Normal()
	}
	p, err := c.Setup.Preferences()
	if err != nil {
		return jobcosts.Settings{}.Normal()
	}
	return jobcosts.Settings{DirectCostColumn: p.JobCostColumn, AddNewCostCodes: p.JobCostAddNew, Refresh: p.JobCostRefresh}.Normal()
}

func (c *Core) retainageItem() string {
	if c.Setup == nil {
		return ""
	}
	ch, err := c.Setup.Choices()
	if err != nil || ch.RetainageItem == nil {
		return ""
	}
	return ch.RetainageItem.FullName
}

// retryJobCosts sends the named job-cost items to Procore again, refused ones included, when
// the bookkeeper asks for a refresh.
func (c *Core) retryJobCosts(ids []string) error {
	if c.Engine == nil || len(ids) == 0 {
		return nil
	}
	sel := engine.Selection{IDs: ids}
	if _, err := c.Engine.Export(jobcosts.Kind, sel, engine.ByBookkeeper); err != nil {
		return err
	}
	return nil
}

// jobCostsAPI fits the service to the API (nil without a database).
func (c *Core) jobCostsAPI() api.JobCosts {
	if c.JobCosts == nil {
		return nil
	}
	return jobCostsAPI{c.JobCosts}
}

type jobCostsAPI struct{ s *jobcosts.Service }

func (a jobCostsAPI) List(q api.JobCostQuery) (any, error) {
	return a.s.List(jobcosts.ListQuery{Search: q.Search, Sort: q.Sort, Desc: q.Desc, Offset: q.Offset, Limit: q.Limit})
}
func (a jobCostsAPI) Project(p string) (any, bool, error) { return a.s.Project(p) }
func (a jobCostsAPI) Refresh(ps []string) (any, error)    { return a.s.Refresh(ps) }
func (a jobCostsAPI) Progress() any                       { return a.s.Progress() }
