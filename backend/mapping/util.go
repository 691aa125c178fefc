package mapping

import (
	"encoding/json"

	"joblink/qbwc/qbxml"
)

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

func latin1(s string) string {
	out, _ := qbxml.Latin1(s)
	return out
}
