package procore

import "context"

// StaticToken is a fixed access token (tests, the simulator). It cannot be refreshed.
type StaticToken string

func (t StaticToken) AccessToken(context.Context) (string, error) { return string(t), nil }

func (t StaticToken) Refresh(context.Context, string) (string, error) {
	return "", &SignInAgainError{Reason: "a fixed token cannot be refreshed"}
}
