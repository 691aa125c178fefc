package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"joblink/backend/datadir"
)

// Contact asks the Joblink running on this data folder to do something through its API
// ("show" its window, or "quit"). A second launch uses it to bring the first one forward.
func Contact(l datadir.Layout, action string) (datadir.Instance, error) {
	in, err := datadir.ReadInstance(l)
	if err != nil {
		return in, fmt.Errorf("the running Joblink did not record its address in %s (it may still be starting): %w", l.InstanceFile(), err)
	}
	tok, err := datadir.LoadOrCreateToken(l)
	if err != nil {
		return in, err
	}
	req, err := http.NewRequest(http.MethodPost, strings.TrimSuffix(in.URL, "/")+"/api/app/"+action, nil)
	if err != nil {
		return in, err
	}
	req.Header.Set("Authorization", "Bearer "+tok.Token)
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return in, fmt.Errorf("%s did not answer at %s: %w", in.Describe(), in.URL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 == 2 {
		return in, nil
	}
	var body struct {
		Error struct{ Message, Fix string }
	}
	if json.NewDecoder(resp.Body).Decode(&body) == nil && body.Error.Message != "" {
		return in, errors.New(strings.TrimSpace(body.Error.Message + " " + body.Error.Fix))
	}
	return in, fmt.Errorf("%s answered %s", in.Describe(), resp.Status)
}
