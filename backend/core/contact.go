package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"joblink/backend/datadir"
)

// Contact asks the Joblink running on this data folder to do something through its API
// ("show" its window, or "quit"). A second launch uses it to bring the first one forward.
func Contact(l datadir.Layout, action string) (datadir.Instance, error) {
	in, _, err := Call(l, http.MethodPost, "/api/app/"+action)
	return in, err
}

// Call makes one authenticated API request to the Joblink running on this data folder and
// returns its body.
func Call(l datadir.Layout, method, path string) (datadir.Instance, []byte, error) {
	in, err := datadir.ReadInstance(l)
	if err != nil {
		return in, nil, fmt.Errorf("the running Joblink did not record its address in %s (it may still be starting): %w", l.InstanceFile(), err)
	}
	tok, err := datadir.LoadOrCreateToken(l)
	if err != nil {
		return in, nil, err
	}
	req, err := http.NewRequest(method, strings.TrimSuffix(in.URL, "/")+path, nil)
	if err != nil {
		return in, nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok.Token)
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return in, nil, fmt.Errorf("%s did not answer at %s: %w", in.Describe(), in.URL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return in, nil, fmt.Errorf("read the answer of %s: %w", in.Describe(), err)
	}
	if resp.StatusCode/100 == 2 {
		return in, body, nil
	}
	var problem struct {
		Error struct{ Message, Fix string }
	}
	if json.Unmarshal(body, &problem) == nil && problem.Error.Message != "" {
		return in, nil, errors.New(strings.TrimSpace(problem.Error.Message + " " + problem.Error.Fix))
	}
	return in, nil, fmt.Errorf("%s answered %s", in.Describe(), resp.Status)
}
