package soap

import "context"

// Service is what the Web Connector talks to. Each method is one WSDL operation; the
// arguments are the operation's parameters in WSDL order, already unescaped. Implementations
// must be safe for concurrent use: QBWC may run several applications (and several Windows
// users may run QBWC) at once.
type Service interface {
	// ServerVersion is shown in QBWC's "More Information" box.
	ServerVersion(ctx context.Context) string
	// ClientVersion gets QBWC's own version. "" lets it continue; "W:text" warns, "E:text"
	// aborts with an error and "O:version" tells the user which QBWC version is required.
	ClientVersion(ctx context.Context, version string) string
	// Authenticate checks the user name and password typed into QBWC.
	Authenticate(ctx context.Context, user, password string) AuthResult
	// SendRequestXML returns the next qbXML request set, or "" to make QBWC call GetLastError.
	SendRequestXML(ctx context.Context, ticket, hcpResponse, companyFile, country string, qbXMLMajor, qbXMLMinor int) string
	// ReceiveResponseXML takes QuickBooks' answer (or the hresult/message of a failed
	// ProcessRequest) and returns 0–99 (more to do), 100 (done) or a negative number (error).
	ReceiveResponseXML(ctx context.Context, ticket, response, hresult, message string) int
	// ConnectionError reports that QBWC could not open QuickBooks; the result is "done" to
	// stop, "" to retry with the open company file, or a company file path to retry with.
	ConnectionError(ctx context.Context, ticket, hresult, message string) string
	// GetLastError explains why SendRequestXML returned "" or ReceiveResponseXML was negative.
	// "NoOp" makes QBWC pause about five seconds and call SendRequestXML again.
	GetLastError(ctx context.Context, ticket string) string
	// CloseConnection ends the session; the result is shown in QBWC's status column.
	CloseConnection(ctx context.Context, ticket string) string
	// GetInteractiveURL, InteractiveDone and InteractiveRejected belong to QBWC's interactive
	// mode (a browser window opened by QBWC). They are not in Intuit's WSDL but QBWC calls them
	// if GetLastError ever answers "Interactive mode".
	GetInteractiveURL(ctx context.Context, ticket, sessionID string) string
	InteractiveDone(ctx context.Context, ticket string) string
	InteractiveRejected(ctx context.Context, ticket, reason string) string
}

// The special values of AuthResult.Status.
const (
	StatusUseOpenCompany = ""     // proceed with the company file open in QuickBooks
	StatusNoWork         = "none" // nothing to do; QBWC closes the session
	StatusInvalidUser    = "nvu"  // wrong user name or password
	StatusBusy           = "busy" // the application is busy; QBWC tries again later
)

// AuthResult is the answer to authenticate: the ArrayOfString [ticket, status, postpone,
// minimum run interval].
type AuthResult struct {
	Ticket string
	// Status is "", "none", "nvu", "busy" or the full path of the company file to open.
	Status string
	// PostponeSeconds, when positive, asks QBWC to try again after this many seconds
	// (string [2]; honoured only when the application is set to Auto-Run).
	PostponeSeconds int
	// MinRunEverySeconds, when positive, is the smallest Auto-Run interval the application
	// accepts (string [3]).
	MinRunEverySeconds int
}
