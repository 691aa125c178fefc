package qbxml

import "strings"

// qbxmlEscaper escapes XML's special characters in element text as named entities.
// encoding/xml's EscapeText is not used because it writes &#34; and &#39;, numeric references
// whose acceptance by QuickBooks is unverified (qbxml.md §7). An apostrophe is left as it is:
// it is always valid in element text, so names like "O'Brien" never depend on QuickBooks
// accepting &apos;. Control characters never reach it: Latin1 removes them first.
var qbxmlEscaper = strings.NewReplacer(
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	`"`, "&quot;",
)

func escapeText(s string) string {
	if !strings.ContainsAny(s, `&<>"`) {
		return s
	}
	return qbxmlEscaper.Replace(s)
}
