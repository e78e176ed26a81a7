package events

import "time"

// SchemaVersion is the version of every value this package encodes. It is
// raised only for changes that are not backwards compatible.
const SchemaVersion = 1

// Topic names.
const (
	TopicRaw      = "news.raw"
	TopicEnriched = "news.enriched"
	TopicEarnings = "events.earnings"
	TopicCapex    = "alerts.capex"
	TopicDLQ      = "news.dlq"
)

// RawArticle is a feed item as ingest saw it: the value on news.raw.
type RawArticle struct {
	Schema int    `json:"schema"`
	ID     string `json:"id"`
	// URL is the article's link; empty when the feed gives none.
	URL string `json:"url,omitempty"`
	// GUID is the feed's own item id, when it has one.
	GUID string `json:"guid,omitempty"`
	// Source is the name of the feed in the ingest configuration.
	Source  string `json:"source"`
	FeedURL string `json:"feed_url"`
	Title   string `json:"title"`
	// Text is the article text: the fetched page's main text when the
	// feed carried only a teaser, otherwise the feed's content.
	Text string `json:"text"`
	// TextFrom says where Text came from: "feed" or "page".
	TextFrom string `json:"text_from"`
	// Lang is the language the feed declares, if any ("de", "en").
	Lang        string     `json:"lang,omitempty"`
	PublishedAt *time.Time `json:"published_at,omitempty"`
	FetchedAt   time.Time  `json:"fetched_at"`
}

// ArticleRef identifies the article a derived record came from.
type ArticleRef struct {
	ID          string     `json:"id"`
	URL         string     `json:"url,omitempty"`
	Title       string     `json:"title"`
	PublishedAt *time.Time `json:"published_at,omitempty"`
	Source      string     `json:"source"`
}

// Ref returns the reference to a.
func (a RawArticle) Ref() ArticleRef {
	return ArticleRef{ID: a.ID, URL: a.URL, Title: a.Title, PublishedAt: a.PublishedAt, Source: a.Source}
}

// EnrichedArticle is the value on news.enriched: what the enricher found
// in one article. Entities, Figures and Tags have the shapes of the
// enrichment format (entities once each, figures once per mention).
type EnrichedArticle struct {
	Schema     int        `json:"schema"`
	ID         string     `json:"id"`
	Article    ArticleRef `json:"article"`
	Lang       string     `json:"lang"`
	Entities   []Entity   `json:"entities"`
	Figures    []Figure   `json:"figures"`
	Tags       []Tag      `json:"tags"`
	EnrichedAt time.Time  `json:"enriched_at"`
}

// EventType says what an Event reports.
type EventType string

// Event types.
const (
	EventEarnings   EventType = "earnings"
	EventCapexAlert EventType = "capex_alert"
)

// Event is the value on events.earnings and alerts.capex, and the body
// the sink POSTs to webhooks. Figures hold only the figures that belong to
// Company.
type Event struct {
	Schema     int        `json:"schema"`
	Type       EventType  `json:"type"`
	ID         string     `json:"id"`
	Company    Company    `json:"company"`
	Figures    []Figure   `json:"figures"`
	Tags       []Tag      `json:"tags"`
	Article    ArticleRef `json:"article"`
	DetectedAt time.Time  `json:"detected_at"`
}

// EarningsEvent is an Event with Type EventEarnings: one company's newly
// reported periodic results.
type EarningsEvent = Event

// CapexAlert is an Event with Type EventCapexAlert: one company's capital
// expenditure, announced or reported.
type CapexAlert = Event

// Company names the company an event is about. Ticker is empty for
// companies without a listing.
type Company struct {
	Name   string `json:"name"`
	Ticker string `json:"ticker,omitempty"`
}

// Key is the company's partition key: its ticker, or its name when it has
// none.
func (c Company) Key() string {
	if c.Ticker != "" {
		return c.Ticker
	}
	return c.Name
}

// EntityType is the type of a named entity.
type EntityType string

// Entity types.
const (
	EntityOrg     EntityType = "ORG"
	EntityPerson  EntityType = "PERSON"
	EntityLoc     EntityType = "LOC"
	EntityProduct EntityType = "PRODUCT"
)

// Role is a person's role.
type Role string

// Roles.
const (
	RoleCEO     Role = "CEO"
	RoleCFO     Role = "CFO"
	RoleCOO     Role = "COO"
	RoleCTO     Role = "CTO"
	RoleChair   Role = "CHAIR"
	RoleAnalyst Role = "ANALYST"
	RoleOther   Role = "OTHER"
)

// Entity is one distinct entity of an article, given once however often
// the article mentions it; Text is its fullest mention.
type Entity struct {
	Text string     `json:"text"`
	Type EntityType `json:"type"`
	// Canonical is an ORG's legal or usual full name.
	Canonical string `json:"canonical,omitempty"`
	// Ticker is a listed ORG's primary ticker, upper case, no exchange
	// suffix.
	Ticker string `json:"ticker,omitempty"`
	// Role is a PERSON's role.
	Role Role `json:"role,omitempty"`
	// Org is the ticker (or canonical name) of the organisation a PERSON's
	// role or a PRODUCT belongs to.
	Org string `json:"org,omitempty"`
}

// FigureKind is the kind of a figure.
type FigureKind string

// Figure kinds.
const (
	KindMoney   FigureKind = "money"
	KindPercent FigureKind = "percent"
)

// Metric is what a figure measures.
type Metric string

// Metrics.
const (
	MetricRevenue         Metric = "revenue"
	MetricOperatingIncome Metric = "operating_income"
	MetricNetIncome       Metric = "net_income"
	MetricEPS             Metric = "eps"
	MetricEBITDA          Metric = "ebitda"
	MetricCapex           Metric = "capex"
	MetricFreeCashFlow    Metric = "free_cash_flow"
	MetricDividend        Metric = "dividend"
	MetricSharePrice      Metric = "share_price"
	MetricMarketCap       Metric = "market_cap"
	MetricDealValue       Metric = "deal_value"
	MetricOther           Metric = "other"
)

// Basis says whether a figure is reported, expected by others, or the
// company's own plan.
type Basis string

// Bases.
const (
	BasisActual   Basis = "actual"
	BasisEstimate Basis = "estimate"
	BasisGuidance Basis = "guidance"
)

// UnitPercentagePoints marks a percent figure that is a difference of
// percentages (percentage points, basis points / 100).
const UnitPercentagePoints = "pp"

// Figure is one money amount or percentage mentioned in an article.
type Figure struct {
	// Text is the mention as written, hedges included ("rund 26
	// Milliarden Dollar").
	Text string     `json:"text"`
	Kind FigureKind `json:"kind"`
	// Value is fully expanded: 30500000000 for "30,5 Milliarden". A
	// change's sign gives its direction; a loss is negative.
	Value float64 `json:"value"`
	// Currency is the ISO 4217 code of a money figure.
	Currency string `json:"currency,omitempty"`
	// Unit is UnitPercentagePoints for percentage points.
	Unit   string `json:"unit,omitempty"`
	Metric Metric `json:"metric,omitempty"`
	// Change is true when the figure is a change rather than a level.
	Change bool `json:"change,omitempty"`
	// Period is Q1..Q4, H1, H2, FY or 9M, with a year where the text
	// gives one ("Q2 2024").
	Period string `json:"period,omitempty"`
	Basis  Basis  `json:"basis,omitempty"`
	// Approx is true when the text hedges ("rund", "about").
	Approx bool `json:"approx,omitempty"`
	// Subject is the ticker (or canonical name) of the company the figure
	// belongs to; Segment names its business segment ("AWS").
	Subject string `json:"subject,omitempty"`
	Segment string `json:"segment,omitempty"`
}

// Tag is a document-level label.
type Tag string

// Tags.
const (
	TagEarnings  Tag = "earnings"
	TagCapex     Tag = "capex"
	TagGuidance  Tag = "guidance"
	TagStockMove Tag = "stock_move"
	TagMandA     Tag = "m_and_a"
)
