package procore

import "testing"

func TestEnvironments(t *testing.T) {
	for name, want := range map[string]Environment{"production": Production, "sandbox": DeveloperSandbox, "monthly-sandbox": MonthlySandbox} {
		got, err := EnvironmentByName(name)
		if err != nil || got != want {
			t.Fatalf("%s: %+v %v", name, got, err)
		}
	}
	if MonthlySandbox.APIBase != "https://api-monthly.procore.com" || DeveloperSandbox.OAuthBase != "https://login-sandbox.procore.com" {
		t.Fatal("hosts differ from §1.1")
	}
	custom, err := EnvironmentByName("http://127.0.0.1:8080/")
	if err != nil || custom.APIBase != "http://127.0.0.1:8080" || custom.OAuthBase != custom.APIBase {
		t.Fatalf("custom %+v %v", custom, err)
	}
	if _, err := EnvironmentByName("staging"); err == nil {
		t.Fatal("accepted an unknown name")
	}
}
