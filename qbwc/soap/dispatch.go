package soap

import (
	"context"
	"strconv"
	"strings"
)

// dispatch calls the Service method named by c and returns the reply envelope.
func dispatch(ctx context.Context, svc Service, c call) ([]byte, *Fault) {
	p := c.Params
	switch c.Operation {
	case "serverVersion":
		return stringResult(c.Operation, svc.ServerVersion(ctx)), nil
	case "clientVersion":
		return stringResult(c.Operation, svc.ClientVersion(ctx, p["strVersion"])), nil
	case "authenticate":
		return authResult(svc.Authenticate(ctx, p["strUserName"], p["strPassword"])), nil
	case "sendRequestXML":
		major, err := intParam(p, "qbXMLMajorVers")
		if err != nil {
			return nil, err
		}
		minor, err := intParam(p, "qbXMLMinorVers")
		if err != nil {
			return nil, err
		}
		out := svc.SendRequestXML(ctx, p["ticket"], p["strHCPResponse"], p["strCompanyFileName"], p["qbXMLCountry"], major, minor)
		return stringResult(c.Operation, out), nil
	case "receiveResponseXML":
		return intResult(c.Operation, svc.ReceiveResponseXML(ctx, p["ticket"], p["response"], p["hresult"], p["message"])), nil
	case "connectionError":
		return stringResult(c.Operation, svc.ConnectionError(ctx, p["ticket"], p["hresult"], p["message"])), nil
	case "getLastError":
		return stringResult(c.Operation, svc.GetLastError(ctx, p["ticket"])), nil
	case "closeConnection":
		return stringResult(c.Operation, svc.CloseConnection(ctx, p["ticket"])), nil
	case "getInteractiveURL":
		return stringResult(c.Operation, svc.GetInteractiveURL(ctx, ticketParam(p), p["sessionID"])), nil
	case "interactiveDone":
		return stringResult(c.Operation, svc.InteractiveDone(ctx, ticketParam(p))), nil
	case "interactiveRejected":
		return stringResult(c.Operation, svc.InteractiveRejected(ctx, ticketParam(p), p["reason"])), nil
	}
	return nil, clientFault("unknown Web Connector operation %q", c.Operation)
}

// ticketParam reads the ticket of the interactive operations, which Intuit's sample names
// wcTicket; plain ticket is accepted too.
func ticketParam(p map[string]string) string {
	if t, ok := p["wcTicket"]; ok {
		return t
	}
	return p["ticket"]
}

// intParam parses an s:int parameter. A missing or empty value is 0: QBWC only leaves the
// qbXML version out when it has none to report.
func intParam(p map[string]string, name string) (int, *Fault) {
	v := strings.TrimSpace(p[name])
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, clientFault("parameter %s is %q, expected an integer", name, v)
	}
	return n, nil
}
