package core

import (
	"fmt"

	"joblink/backend/api"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
)

var listLabels = map[qbmirror.Kind]string{
	qbmirror.Accounts:  "Accounts",
	qbmirror.Items:     "Items",
	qbmirror.Vendors:   "Vendors",
	qbmirror.Customers: "Customers and jobs",
}

// quickBooksInfo assembles the dashboard's QuickBooks view from the refresh engine and the
// Web Connector endpoint.
func (c *Core) quickBooksInfo() *api.QuickBooksInfo {
	if c.Refresh == nil || c.qbwc == nil {
		return nil
	}
	info := &api.QuickBooksInfo{State: "waiting", WebConnectorURL: c.qbwc.URL(), Lists: []api.QuickBooksList{}}
	if set, err := c.qbwc.PasswordSet(); err == nil {
		info.PasswordSet = set
	}
	st, err := c.Refresh.Status()
	if err != nil {
		c.Log.Error().Err(err).Msg("read the QuickBooks status")
		info.State = "problem"
		info.Problem = &api.Problem{Message: "Joblink could not read what it knows about QuickBooks: " + err.Error() + ".",
			Fix: "Restart Joblink; if it keeps happening, send the log file to support."}
		return info
	}
	if ct := st.LastContact; ct != nil {
		info.State = "connected"
		at := ct.At
		info.LastContactAt = &at
		info.Company = &api.QuickBooksCompany{File: ct.CompanyFile, Name: ct.Host.CompanyName, Product: ct.Host.ProductName,
			Version: fmt.Sprintf("%d.%d", ct.Host.Major, ct.Host.Minor), Country: ct.Host.Country}
	}
	if run := st.LastRun; run != nil {
		info.LastResult = run.Summary
		if run.Interrupted {
			info.State = "problem"
			info.Problem = &api.Problem{Message: run.Summary, Fix: "Joblink tries again at the next Web Connector run; what was already read is kept."}
		}
	}
	if words := c.qbwc.LastProblem(); words != "" {
		// A refused contact (another company file, an old QuickBooks, a wrong password) matters
		// more than how the last good run went.
		info.State = "problem"
		info.Problem = &api.Problem{Message: words}
	}
	for _, l := range st.Lists {
		list := api.QuickBooksList{Kind: string(l.Kind), Label: listLabels[l.Kind], Count: l.Count}
		if !l.RefreshedAt.IsZero() {
			t := l.RefreshedAt
			list.RefreshedAt = &t
		}
		if p := l.LastProblem; p != nil && !l.ProblemSolved {
			msg := p.Message
			if p.QuickBooksSaid != "" {
				msg += " QuickBooks said: " + p.QuickBooksSaid
			}
			list.Problem = &api.Problem{Message: msg, Fix: p.Fix}
		}
		info.Lists = append(info.Lists, list)
	}
	return info
}

// refreshEngine builds the QuickBooks list refresh on the open database.
func (c *Core) refreshEngine() *qbrefresh.Engine {
	return qbrefresh.New(c.Store, qbmirror.New(c.Store), c.Log.With().Str("part", "qbrefresh").Logger())
}

// StateInWords is one sentence about how Joblink is doing, for the tray icon's tooltip.
func (c *Core) StateInWords() string {
	if c.Store == nil {
		return "Joblink has a problem with its database. Open Joblink for details."
	}
	qb := c.quickBooksInfo()
	switch {
	case qb == nil:
		return "Joblink is running. The QuickBooks Web Connector is not set up. " + c.procoreInWords()
	case qb.State == "problem":
		return "Joblink needs attention: the last QuickBooks Web Connector contact had a problem. Open Joblink for details."
	case qb.State == "waiting":
		return "Joblink is running and waiting for the QuickBooks Web Connector. " + c.procoreInWords()
	}
	last := "never"
	if qb.LastContactAt != nil {
		last = qb.LastContactAt.Local().Format("15:04")
	}
	name := qb.Company.Name
	if name == "" {
		name = "the company file"
	}
	return fmt.Sprintf("Joblink is connected to %s in QuickBooks (last contact %s). %s", name, last, c.procoreInWords())
}
