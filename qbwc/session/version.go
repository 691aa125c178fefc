package session

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// ServerVersion names Joblink in QBWC's "More Information" box.
func (m *Manager) ServerVersion(context.Context) string { return m.cfg.ServerVersion }

// ClientVersion refuses Web Connectors older than MinClientVersion ("O:" names the version
// to install) and warns below RecommendedClientVersion ("W:"; the user may continue).
// An unreadable version is let through: refusing would lock out a future numbering scheme.
func (m *Manager) ClientVersion(_ context.Context, version string) string {
	have, err := parseVersion(version)
	if err != nil {
		m.log.Warn().Str("version", version).Msg("unreadable Web Connector version; letting it continue")
		return ""
	}
	minimum, _ := parseVersion(m.cfg.MinClientVersion)
	recommended, _ := parseVersion(m.cfg.RecommendedClientVersion)
	switch {
	case compareVersions(have, minimum) < 0:
		m.log.Warn().Str("version", version).Str("required", m.cfg.MinClientVersion).Msg("Web Connector too old; refused")
		return "O:" + m.cfg.MinClientVersion
	case compareVersions(have, recommended) < 0:
		return fmt.Sprintf("W:This Web Connector (%s) is older than the version Joblink is tested with (%s or newer). Updates may fail; install the current QuickBooks Web Connector from Intuit's website.",
			strings.TrimSpace(version), m.cfg.RecommendedClientVersion)
	}
	return ""
}

// parseVersion reads a dotted version such as 2.3.0.215.
func parseVersion(v string) ([]int, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil, fmt.Errorf("empty version")
	}
	parts := strings.Split(v, ".")
	out := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("version %q is not dotted numbers", v)
		}
		out[i] = n
	}
	return out, nil
}

// compareVersions compares dotted versions; missing parts count as 0.
func compareVersions(a, b []int) int {
	for i := 0; i < max(len(a), len(b)); i++ {
		var x, y int
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}
