package webconnector

import "time"

// Report is what one update run did, for tests to assert on.
type Report struct {
	Started, Finished   time.Time
	ServerVersion       string
	ClientVersionResult string
	Ticket              string
	AuthStatus          string // authenticate [1]: "", "none", "nvu", "busy" or a company path
	Calls               []Call
	RequestSets         int      // qbXML message sets run against QuickBooks
	Requests            int      // qbXML requests in them
	StatusErrors        []string // qbXML responses with statusSeverity="Error"
	ConnectionErrors    []string // HRESULTs reported through connectionError
	ProcessorErrors     []string // HRESULTs reported through receiveResponseXML
	LastError           string   // last getLastError text other than NoOp
	NoOps               int
	Progress            int    // last receiveResponseXML result
	CloseMessage        string // closeConnection's answer
	Err                 error  // transport/protocol failure that ended the run
}

// Call is one SOAP call.
type Call struct {
	Method   string
	Duration time.Duration
	Result   string
	Err      string
}

// Methods lists the SOAP methods called, in order.
func (r *Report) Methods() []string {
	out := make([]string, len(r.Calls))
	for i, c := range r.Calls {
		out[i] = c.Method
	}
	return out
}
