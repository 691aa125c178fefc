package procore

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// Vendor is a company in the Procore Directory, a QuickBooks vendor (§7, extended view).
type Vendor struct {
	ID              int64      `json:"id"`
	Name            string     `json:"name"`
	AbbreviatedName *string    `json:"abbreviated_name"`
	TradeName       *string    `json:"trade_name"` // "doing business as"
	LegalName       *string    `json:"legal_name"`
	Address         *string    `json:"address"` // one street line; Procore has no second line
	City            *string    `json:"city"`
	StateCode       *string    `json:"state_code"`
	CountryCode     *string    `json:"country_code"`
	Zip             *string    `json:"zip"`
	BusinessPhone   *string    `json:"business_phone"`
	MobilePhone     *string    `json:"mobile_phone"`
	FaxNumber       *string    `json:"fax_number"`
	EmailAddress    *string    `json:"email_address"`
	Website         *string    `json:"website"`
	IsActive        bool       `json:"is_active"`
	OriginID        *string    `json:"origin_id"`
	OriginData      *string    `json:"origin_data"`
	OriginCode      *string    `json:"origin_code"` // the vendor id users see
	SyncedToERP     *bool      `json:"synced_to_erp"`
	LicenseNumber   *string    `json:"license_number"`
	Notes           *string    `json:"notes"`
	VendorGroup     *VendorRef `json:"vendor_group"`
	Parent          *VendorRef `json:"parent"`
	CreatedAt       time.Time  `json:"created_at"`
	UpdatedAt       time.Time  `json:"updated_at"`
}

// VendorRef names a vendor group or parent vendor.
type VendorRef struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// VendorFields are the writable vendor attributes (§7.3, §7.4); only set fields are sent.
type VendorFields struct {
	Name            *string `json:"name,omitempty"`
	AbbreviatedName *string `json:"abbreviated_name,omitempty"`
	TradeName       *string `json:"trade_name,omitempty"`
	Address         *string `json:"address,omitempty"`
	City            *string `json:"city,omitempty"`
	StateCode       *string `json:"state_code,omitempty"`
	CountryCode     *string `json:"country_code,omitempty"`
	Zip             *string `json:"zip,omitempty"`
	BusinessPhone   *string `json:"business_phone,omitempty"`
	MobilePhone     *string `json:"mobile_phone,omitempty"`
	FaxNumber       *string `json:"fax_number,omitempty"`
	EmailAddress    *string `json:"email_address,omitempty"`
	Website         *string `json:"website,omitempty"`
	IsActive        *bool   `json:"is_active,omitempty"`
	OriginID        *string `json:"origin_id,omitempty"`
	OriginData      *string `json:"origin_data,omitempty"`
	OriginCode      *string `json:"origin_code,omitempty"`
	LicenseNumber   *string `json:"license_number,omitempty"`
	Notes           *string `json:"notes,omitempty"`
	VendorGroupID   *int64  `json:"vendor_group_id,omitempty"`
	ParentID        *int64  `json:"parent_id,omitempty"`
}

// VendorSyncItem is one vendor in a sync batch (§7.5).
type VendorSyncItem struct {
	ID int64 `json:"id,omitempty"`
	VendorFields
}

func (v VendorSyncItem) syncKeys() (int64, string) { return v.ID, deref(v.OriginID) }

// ListVendorsOptions narrows ListVendors.
type ListVendorsOptions struct {
	Updated  TimeRange // filters[updated_at]
	OriginID string    // filters[origin_id]
	Search   string    // filters[search]: name, keywords, origin_code, ABN/EIN
	View     string    // compact, normal, erp, extended (Procore's default), …
}

// ListVendors lists the company's vendors (§7.1).
func (c *Client) ListVendors(opts ListVendorsOptions) *Pager[Vendor] {
	q := c.companyQuery()
	setRange(q, "updated_at", opts.Updated, c.Now())
	setIf(q, "filters[origin_id]", opts.OriginID)
	setIf(q, "filters[search]", opts.Search)
	setIf(q, "view", opts.View)
	return newPager[Vendor](c, "/rest/v1.0/vendors", q)
}

// ListInactiveVendorsOptions narrows ListInactiveVendors.
type ListInactiveVendorsOptions struct {
	View string // compact, normal, erp, extended (Procore's default), …
}

// ListInactiveVendors lists the company's inactive vendors, which Procore keeps in a list of
// their own (§7.1; it has no filters). Whether the main list leaves them out is not
// documented, so Joblink reads both.
func (c *Client) ListInactiveVendors(opts ListInactiveVendorsOptions) *Pager[Vendor] {
	q := url.Values{}
	setIf(q, "view", opts.View)
	return newPager[Vendor](c, "/rest/v1.0/companies/"+strconv.FormatInt(c.cfg.CompanyID, 10)+"/vendors/inactive", q)
}

// Vendor shows one vendor (§7.2).
func (c *Client) Vendor(ctx context.Context, id int64) (Vendor, error) {
	var v Vendor
	err := c.Get(ctx, "/rest/v1.0/vendors/"+strconv.FormatInt(id, 10), c.companyQuery(), &v)
	return v, err
}

// CreateVendor creates a vendor (§7.3). With an OriginID it is safe to repeat: a lost answer is
// resolved by looking the vendor up by origin_id (see createOnce); without one it is sent once.
func (c *Client) CreateVendor(ctx context.Context, f VendorFields) (Vendor, error) {
	body := map[string]any{"company_id": c.cfg.CompanyID, "vendor": f}
	return createOnce(ctx, c, "vendor", f.OriginID, func() (Vendor, error) {
		var v Vendor
		err := c.call(ctx, &request{method: http.MethodPost, path: "/rest/v1.0/vendors", body: body}, &v)
		return v, err
	}, func(originID string) ([]Vendor, error) {
		return c.ListVendors(ListVendorsOptions{OriginID: originID}).Collect(ctx)
	})
}

// UpdateVendor changes the set fields of a vendor (§7.4).
func (c *Client) UpdateVendor(ctx context.Context, id int64, f VendorFields) (Vendor, error) {
	var v Vendor
	body := map[string]any{"company_id": c.cfg.CompanyID, "vendor": f}
	err := c.call(ctx, &request{method: http.MethodPatch, path: "/rest/v1.0/vendors/" + strconv.FormatInt(id, 10), body: body}, &v)
	return v, err
}

// SyncVendors creates or updates vendors in batches of at most 1,000 (§7.5).
func (c *Client) SyncVendors(ctx context.Context, items []VendorSyncItem) (SyncResult[Vendor], error) {
	return syncChunks[VendorSyncItem, Vendor](ctx, c, "/rest/v1.0/vendors/sync", nil,
		map[string]any{"company_id": c.cfg.CompanyID}, items)
}
