package procoresim

import (
	"net/http"
	"net/url"
	"strconv"
	"testing"
)

func TestCompanyHeaderRules(t *testing.T) {
	h := newHarness(t, Options{})
	token := h.adminToken()
	bearer := map[string]string{"Authorization": "Bearer " + token}

	// /me and /companies work without the header for a user token (reference §1.3)...
	for _, path := range []string{"/rest/v1.0/me", "/rest/v1.0/companies"} {
		if got := h.do("GET", path, bearer, nil); got.status != http.StatusOK {
			t.Errorf("%s without header: %d", path, got.status)
		}
	}
	// ...but every other endpoint needs it.
	got := h.do("GET", "/rest/v1.0/projects?company_id="+strconv.FormatInt(testCompanyID, 10), bearer, nil)
	assertGenericError(t, got, http.StatusBadRequest, messageMissingCompany)

	// A service account needs it even on /me.
	credentials := h.postForm("/oauth/token", url.Values{"grant_type": {"client_credentials"},
		"client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret}})
	var dmsa tokenResponse
	credentials.json(t, &dmsa)
	got = h.do("GET", "/rest/v1.0/me", map[string]string{"Authorization": "Bearer " + dmsa.AccessToken}, nil)
	assertGenericError(t, got, http.StatusBadRequest, messageMissingCompany)
	if got := h.api("GET", "/rest/v1.0/me", dmsa.AccessToken, nil); got.status != http.StatusOK {
		t.Errorf("service account /me with header: %d", got.status)
	}

	// A company the user cannot access.
	got = h.do("GET", "/rest/v1.0/vendors?company_id=1", map[string]string{"Authorization": "Bearer " + token, "Procore-Company-Id": "1"}, nil)
	if got.status != http.StatusForbidden {
		t.Errorf("unknown company: %d, want 403", got.status)
	}
	// company_id in the query naming another company than the header: 404, nothing leaks.
	if got := h.api("GET", "/rest/v1.0/vendors?company_id=999", token, nil); got.status != http.StatusNotFound {
		t.Errorf("mismatched company_id: %d, want 404", got.status)
	}
}

func TestMissingOrUnknownBearerIs401(t *testing.T) {
	h := newHarness(t, Options{})
	got := h.do("GET", "/rest/v1.0/me", nil, nil)
	assertGenericError(t, got, http.StatusUnauthorized, "The access token is invalid")
	got = h.api("GET", "/rest/v1.0/me", "not-a-token", nil)
	assertGenericError(t, got, http.StatusUnauthorized, "The access token is invalid")
}

func TestProjectsOutsideTheUsersSetAre404(t *testing.T) {
	h := newHarness(t, Options{})
	fieldToken, _ := h.login(ReferenceFieldUserID)
	visible := h.company.projects.rows[0].ID
	hidden := h.company.projects.rows[200].ID
	company := "?company_id=" + strconv.FormatInt(testCompanyID, 10)

	if got := h.api("GET", "/rest/v1.0/projects/"+strconv.FormatInt(visible, 10)+company, fieldToken, nil); got.status != http.StatusOK {
		t.Errorf("visible project: %d", got.status)
	}
	got := h.api("GET", "/rest/v1.0/projects/"+strconv.FormatInt(hidden, 10)+company, fieldToken, nil)
	assertGenericError(t, got, http.StatusNotFound, "Project not found")
	if got := h.api("GET", "/rest/v1.1/projects/"+strconv.FormatInt(hidden, 10)+"/direct_costs", fieldToken, nil); got.status != http.StatusNotFound {
		t.Errorf("direct costs of a hidden project: %d", got.status)
	}
	var listed []map[string]any
	h.api("GET", "/rest/v1.0/projects"+company+"&filters[by_status]=All", fieldToken, nil).json(t, &listed)
	if len(listed) != referenceFieldUserProjects {
		t.Errorf("field user lists %d projects, want %d", len(listed), referenceFieldUserProjects)
	}
	// The admin sees the hidden one.
	if got := h.api("GET", "/rest/v1.0/projects/"+strconv.FormatInt(hidden, 10)+company, h.adminToken(), nil); got.status != http.StatusOK {
		t.Errorf("admin: %d", got.status)
	}
}
