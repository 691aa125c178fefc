package procoresim

import "time"

// Defaults for Options. The client id and secret are what `joblink procore-sim` accepts when no
// --client-id/--client-secret is given; they are not secrets, they only keep a stray client out.
const (
	DefaultClientID       = "joblink-procore-sim"
	DefaultClientSecret   = "joblink-procore-sim-secret"
	DefaultAccessTokenTTL = 5400 * time.Second // reference §2.2: expires_in 5400
	DefaultHourlyLimit    = 3600               // reference §3.2: historic 3,600 requests per hour
	DefaultSpikeLimit     = 25                 // reference §3.2: DOCS spike example, per 10 seconds
	DefaultPerPage        = 100                // undocumented for v1.0 (reference §3.1); v1.1 projects use 100
	DefaultMaxPerPage     = 10000              // reference §3.1: "highest value ... is 10,000"
	SyncBatchLimit        = 1000               // reference §3.4: max 1000 items per sync call

	// DefaultUserID is the user who approves the OAuth consent page unless another is chosen. It is
	// above 2^31 on purpose: ids must survive as int64 end to end.
	DefaultUserID int64 = 7_340_032_101
	// DefaultServiceAccountID is the Developer Managed Service Account behind client_credentials tokens.
	DefaultServiceAccountID int64 = 7_340_032_999

	authCodeTTL = 10 * time.Minute // reference §2.1: codes are single-use and expire in 10 minutes
	hourWindow  = time.Hour
	spikeWindow = 10 * time.Second
)

// Options configures a Server. The zero value is usable: every zero field takes its default.
type Options struct {
	ClientID     string
	ClientSecret string
	// RedirectURIs lists the registered redirect URIs, matched exactly (reference §2.1). Empty accepts
	// any http URI on a loopback host plus urn:ietf:wg:oauth:2.0:oob, which is what a desktop app needs.
	RedirectURIs   []string
	AccessTokenTTL time.Duration
	// AutoApprove makes GET /oauth/authorize redirect at once as the default user, for headless runs.
	AutoApprove bool

	// HourlyLimit and SpikeLimit are requests per hour and per 10 seconds for one user of one app.
	// A negative value disables that limit.
	HourlyLimit int
	SpikeLimit  int

	// Companies seeds the data. Users lists who may sign in; a user with no CompanyIDs sees every
	// company. When Users is empty a default user (DefaultUserID) who sees everything is created.
	Companies []*Company
	Users     []User

	// VendorListHidesInactive makes GET /vendors leave inactive vendors out; they are then only
	// in GET /companies/{id}/vendors/inactive. The reference leaves open which Procore does
	// (§7.1: UNVERIFIED); by default the simulator lists them in both, and clients are tested
	// against both.
	VendorListHidesInactive bool

	// Now is the clock; tests inject one to cross token expiry and rate-limit windows without sleeping.
	Now func() time.Time
	// Latency delays every API response (fault injection; SetLatency changes it at run time).
	Latency time.Duration
}

// User is a person (or service account) the simulator knows. ProjectIDs restricts which projects the
// user can see in its companies (nil means all of them, like a company admin); anything outside the
// visible set answers 404, as Procore does (reference §3.3).
type User struct {
	ID         int64
	Login      string
	Name       string
	CompanyIDs []int64
	ProjectIDs []int64
}

func (o Options) withDefaults() Options {
	if o.ClientID == "" {
		o.ClientID = DefaultClientID
	}
	if o.ClientSecret == "" {
		o.ClientSecret = DefaultClientSecret
	}
	if o.AccessTokenTTL <= 0 {
		o.AccessTokenTTL = DefaultAccessTokenTTL
	}
	if o.HourlyLimit == 0 {
		o.HourlyLimit = DefaultHourlyLimit
	}
	if o.SpikeLimit == 0 {
		o.SpikeLimit = DefaultSpikeLimit
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if len(o.Users) == 0 {
		o.Users = []User{{ID: DefaultUserID, Login: "pm@example.com", Name: "Pat Manager"}}
	}
	return o
}
