package tags

import (
	"strings"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/sieve"
)

// cue is a set of things a word says about what a sentence reports.
type cue uint64

const (
	cResult     cue = 1 << iota // a results measure: Umsatz, profit, revenue
	cPeriod                     // a reporting period: Quartal, quarter, half
	cStrong                     // names a results release: Quartalszahlen, results
	cReport                     // reports results: erzielte, reported, posted
	cChange                     // a change verb: stieg, fell, rose
	cFuture                     // a forecast or plan: erwartet, expects, soll
	cThird                      // a third party speaks: Analysten, economists
	cDividend                   // Dividende, dividend, div
	cInvest                     // investieren, invest, capital expenditure
	cAsset                      // what capital buys: Rechenzentren, plant
	cBuild                      // Bau, construction, kostet: building costs
	cFunding                    // Finanzierungsrunde, funding round: not capex
	cStock                      // Aktie, shares, stock
	cMove                       // a price move: verlor, gewann, fell, higher
	cDeal                       // a deal: Übernahme, takeover, acquire, stake
	cDealWeak                   // buy, sell, kaufen, Anteil: a deal with a stake or company
	cStake                      // Anteil, stake, Beteiligung
	cUnit                       // a unit of amounts: mln, Prozent, Euro
	cTable                      // labels of wire-service result tables: Shr, Net, Revs
	cVs                         // vs, versus, gegenüber
	cOutlook                    // Prognose, Ausblick, outlook, guidance
	cNeg                        // nicht, not, kein
	cIndex                      // Dax, index: the move of an index, not a share
	cAnnounce                   // announced, plans, will, soll, wants
	cWeakResult                 // a results measure only in a results context: net, sales
	cSplit                      // a stock split: "split", "two-for-one", "Aktiensplit"
	cCompanyRef                 // "der Konzern", "the company", "it": a company spoken of
	cBackground                 // "recent", "earlier", "vergangenen": past events told again
	cCapexWord                  // "Investitionen", "capital expenditure": capex by name
	cProfit                     // a measure of profit: Gewinn, Ergebnis, profit, loss
	cPayout                     // "distribution", "quarterly": a payout in a headline or per share
	cDeclare                    // "sets", "declares", "raises": a payout declared
	cLegalForm                  // "inc", "corp", "ag": a company in a headline
	cCents                      // "cts", "cents", "pence": an amount per share
	cPer                        // "per", "a", "je", "pro" before "share"
	cShareWord                  // "share", "unit", "aktie" after "per"
	cFor                        // the "for" of "two-for-one"
	cReverse                    // "reverse" split
	cCapital                    // "capital" before an investment word
	cSpending                   // "spending" after "capital"
	cInto                       // "in", "into" after an investment word
	cPrice                      // "price" after "share"
	cLeft                       // "<": a ticker in brackets
	cShareEn                    // English "share": a portion unless "share price"
	cUnitWord                   // "unit", "subsidiary", "Sparte": a part of a company sold or bought
	cPrior                      // "year-ago", "Vorjahreszeitraum": a comparison base, not a new result
	cDouble                     // "verdoppeln", "double": a change that is its own quantity
	cPart                       // "Tochter", "subsidiary", "division": a part of a company
	cSell                       // "verkauft", "trennt", "sells": parting with something
	cWill                       // German "will", "wollen": a plan, in German only
	cHolding                    // "stake", "Beteiligung": a holding, not a portion ("Anteil")
	cRevise                     // "hebt an", "senkt", "bestätigt", "raises", "cuts", "reaffirms": an outlook revised or confirmed
	cMargin                     // "Marge", "Rendite", "margin": a measure of results as a ratio
	cTarget                     // "Ziel", "target": a goal, an outlook when it measures results
	cGuidance                   // "Prognose", "Ausblick", "outlook", "guidance": a company's outlook by name ("forecast" is anyone's)
	cOrder                      // "order", "Bestellung", "Auftrag": goods bought, not a company
	cSecurity                   // "Anleihe", "Fonds", "bonds": what investors, not companies, invest in
	cInvestor                   // "Anleger", "investors", "Sparer": people who invest money, not companies
	cMonth                      // a month's full name: "February", "März"
	cNumber                     // a number in words: "zwei", "twelve", "half"
	cTo                         // "to", "auf" before a price
	cMarketOp                   // "intervened", "bills", "liquidity": a central bank's market operation, no deal
)

// wordCues are the cues that name a word itself rather than what it
// says: a compound does not take them from its tail ("Vorzugsaktie" is
// no "aktie" after "je").
const wordCues = cLegalForm | cCents | cPer | cShareWord | cFor | cReverse | cCapital | cSpending | cInto | cPrice |
	cShareEn | cMonth | cNumber | cTo

// cueTable maps lower-case words to cues. German compounds are found by
// their tails (see lookup), so only heads are listed for them.
var cueTable = func() map[string]cue {
	m := map[string]cue{}
	add := func(c cue, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	add(cResult, `umsatz umsatzes umsätze erlös erlöse erlösen umsatzerlöse umsatzerlösen gewinn
gewinne gewinns gewinnes verlust verluste verlusts verlustes ergebnis ergebnisse ergebnisses
überschuss überschusses fehlbetrag ebit ebitda eps nettogewinn reingewinn betriebsgewinn
betriebsergebnis konzernergebnis vorsteuerergebnis nettoverlust bilanzgewinn jahresüberschuss
prämieneinnahmen prämienvolumen egt revenue revenues profit profits loss losses earnings
shr revs ebitda pretax pre-tax ebit eps gain charge writedown write-down writeoff write-off
sonderbelastung sonderertrag abschreibung abschreibungen`)
	add(cWeakResult, `net sales income turnover operating einnahmen absatz`)
	add(cProfit, `gewinn gewinne gewinns gewinnes verlust verluste verlusts verlustes ergebnis
ergebnisse ergebnisses überschuss überschusses fehlbetrag ebit ebitda eps nettogewinn reingewinn
betriebsgewinn betriebsergebnis konzernergebnis vorsteuerergebnis nettoverlust bilanzgewinn
jahresüberschuss egt profit profits loss losses earnings pretax pre-tax shr writedown
write-down writeoff write-off sonderbelastung sonderertrag abschreibung abschreibungen verdient
verdiente verdienen earns`)
	add(cPeriod, `quartal quartals quartalen halbjahr halbjahres halbjahrs jahreshälfte geschäftsjahr
geschäftsjahres geschäftsjahrs vierteljahr monaten vorjahr vorjahres quarter quarters qtr qtrs half
half-year year-end fiscal mths months year 1st 2nd 3rd 4th first-half second-half first-quarter
second-quarter third-quarter fourth-quarter full-year nine-month six-month periode berichtsperiode
berichtszeitraum`)
	add(cStrong, `quartalszahlen geschäftszahlen jahreszahlen halbjahreszahlen bilanz bilanzen
bilanzpressekonferenz bilanzpräsentation jahresbilanz unternehmensbilanz jahresergebnis
halbjahresergebnis quartalsergebnis quartalsbilanz zwischenbilanz results qtr quarterly
halbjahresbilanz geschäftsbericht jahresabschluss`)
	add(cReport, `erzielte erzielt erwirtschaftete erwirtschaftet verbuchte verbucht wies meldete
schrieb verdiente verdient steigerte steigerten reported reports posted posts earned recorded
reporting record post posts report realize realized book booked`)
	add(cChange, `stieg stiegen sank sanken fiel fielen legte legten wuchs wuchsen kletterte
schrumpfte ging gingen erhöhte erhöhten verringerte verdoppelte verdreifacht verdoppelt
gestiegen gesunken gefallen zurückgegangen aufstocken aufzustocken aufgestockt stockt rose rise rises
fell fall falls increased decreased contracted narrowed widened shrank deepened swung slipped
eased increase decrease grow improve decline steigen sinken wachsen zulegen
declined grew dropped jumped climbed doubled improved soared slumped plunged tumbled gained lost
up down higher lower`)
	add(cFuture, `erwartet erwarten rechnet rechnen prognostiziert prognostizieren peilt peilen
anpeilen plant planen soll sollen werde droht drohen strebt anstreben expects expect
sees projects projected predicts anticipates targets forecasts`)
	add(cPart, `tochter tochtergesellschaft tochterfirma sparte geschäftsbereich unit subsidiary division`)
	add(cSell, `verkauft verkaufen verkaufte trennt trennen abgeben abstoßen sells sell sold selling divest
divests divested`)
	add(cWill, `will wollen`)
	add(cHolding, `stake stakes beteiligung beteiligungen aktienpaket ownership`)
	add(cPrior, `ago year-ago year-earlier prior-year vorjahreszeitraum vorjahresquartal vorjahresperiode`)
	add(cDouble, `verdoppeln verdoppelt verdreifachen halbieren double doubled triple tripled halve`)
	add(cOutlook, `prognose prognosen ausblick jahresprognose gewinnprognose umsatzprognose
gewinnwarnung outlook guidance forecast forecasts`)
	add(cRevise, `hebt hob angehoben anheben erhöht erhöhte erhöhen senkt senkte gesenkt senken kappt
kappte gekappt kappen bestätigt bestätigte bestätigen bekräftigt bekräftigte bekräftigen korrigiert
korrigierte präzisiert präzisierte raises raised raise lifts lifted lift cuts cut lowers lowered lower
trims trimmed confirms confirmed confirm reaffirms reaffirmed reaffirm reiterates reiterated reiterate
maintains maintained narrows narrowed upgrades upgraded hikes hiked boosts boosted`)
	add(cMargin, `marge margen margin margins rendite umsatzrendite ebit-marge ebitda-marge
operating-margin profitability profitabilität margenziel renditeziel gewinnziel umsatzziel ergebnisziel`)
	add(cTarget, `ziel ziele margenziel renditeziel gewinnziel umsatzziel ergebnisziel jahresziel
jahresziele mittelfristziele target targets`)
	add(cGuidance, `prognose prognosen ausblick jahresprognose gewinnprognose umsatzprognose
gewinnwarnung outlook guidance`)
	add(cOrder, `order orders ordered bestellung bestellungen bestellt bestellte auftrag aufträge`)
	add(cMarketOp, `intervene intervenes intervened intervening intervention interventions bills liquidity
interveniert intervenierte liquidität`)
	add(cSecurity, `anleihe anleihen fonds wertpapiere zertifikat zertifikate etf etfs bond bonds notes
debentures securities`)
	add(cInvestor, `anleger kleinanleger privatanleger sparer investoren investors investor shareholders
aktionäre wer`)
	add(cThird, `analysten analyst analysts experten ökonomen beobachter konsens consensus economists
experts observers dealers händler`)
	add(cDividend, `dividende dividenden ausschüttung div dividend dividends payout
qtly qtrly mthly`)
	add(cInvest, `investieren investiert investierte investition investitionen investitionsplan
investitionsprogramm investitionsvolumen investitionsbudget capex invest invests invested
investing investment investments expenditure expenditures`)
	add(cAsset, `rechenzentrum rechenzentren werk werke werks fabrik fabriken anlage anlagen
kraftwerk kraftwerke windpark windparks netz netze netzes standort standorte gebäude campus
hauptquartier zentrale filialen leitungen infrastruktur kapazität kapazitäten chips
energieerzeugungskapazität plant plants factory factories facility facilities network networks
capacity expansion data centres centers centre center mill mills refinery refineries pipeline
equipment coverage stores store shop shops warehouse warehouses terminal terminals mine mines fab
fabs hotel hotels project projects projekt projekte`)
	add(cBuild, `bau baus neubau errichtung kostet kosten gekostet ausbau construction build building
built`)
	add(cFunding, `finanzierungsrunde finanzierungsrunden geldgeber geldspritze risikokapital
finanzinvestoren wagniskapital funding`)
	add(cStock, `aktie aktien aktienkurs kurs kurse papier papiere anteilsscheine share shares
stock stocks`)
	add(cMove, `verlor verloren gewann gewannen gab gaben stieg stiegen fiel fielen sank sanken legte
legten kletterte brach brachen schloss schlossen rutschte rutschten sackte eingebüßt büßte büßten
zulegen nachgeben unten oben fell rose closed gained lost slipped jumped dropped climbed soared slumped
plunged tumbled eased firmed higher lower up down weaker stronger`)
	add(cDeal, `übernahme übernahmen übernahmeangebot übernahmeangebote fusion fusionen
fusionieren zusammenschluss firmenkauf zukauf zukäufe einstieg joint-venture takeover takeovers
acquisition acquisitions acquire acquires acquired acquiring merger mergers merge merged
buyout divest divestment divestiture spinoff spin-off spinnoff tausch asset-tausch swap
abspaltung abspalten abgespalten abgespaltet aufspaltung spaltung fusioniert fusionieren fusionierte
zusammenfusioniert zusammengelegt zusammenlegung demerger`)
	add(cDealWeak, `kauft kaufen kaufte gekauft kauf verkauf verkaufen verkauft verkaufte trennen
trennt abgeben einsteigen ausbauen aufstocken aufzustocken aufgestockt stockt übernehmen
übernimmt übernommen
angebot angebote buy buys bought buying sell sells sold selling sale purchase purchased
joint venture breakup offer offering tender bid bids`)
	add(cStake, `anteil anteile anteils anteilen beteiligung beteiligungen aktienpaket stake stakes
ownership`)
	add(cCompanyRef, `konzern konzerns unternehmen unternehmens firma gruppe company group firm
hersteller bank it its`)
	add(cBackground, `recent recently earlier previous previously former vergangenen früheren
damals einst`)
	add(cCapexWord, `investitionen investitionsplan investitionsprogramm investitionsvolumen
investitionsbudget sachinvestitionen capex expenditure expenditures capital-spending`)
	add(cUnit, `prozent prozentpunkte euro dollar dollars dlrs dlr mln mio mrd millionen milliarden
milliarde million millionen billion billions bn mn pct percent cts stg pfund franken yen yuan
crowns kronor won pesos marks francs pence p cents cent eur usd`)
	add(cTable, `shr net revs oper avg shrs`)
	add(cVs, `vs vs. versus`)
	add(cLegalForm, "inc corp co ltd plc ag nv sa bancorp bank group industries cos lp se oyj gmbh holdings")
	add(cUnitWord, "unit units subsidiary subsidiaries division divisions company companies business operations tochter sparte")
	add(cCents, "cts cents pence ct cent")
	add(cPer, "per a je pro")
	add(cShareWord, "share unit aktie")
	add(cShareEn, "share")
	add(cFor, "for")
	add(cReverse, "reverse")
	add(cCapital, "capital")
	add(cSpending, "spending")
	add(cInto, "in into")
	add(cTo, "to auf")
	add(cMonth, `january february march april june july august september october november december
januar jänner februar märz juni juli oktober dezember`)
	add(cNumber, `zwei drei vier fünf sechs sieben acht neun zehn elf zwölf two three four five six
seven eight nine ten eleven twelve halbe half`)
	add(cPrice, "price prices")
	add(cPayout, `distribution distributions quarterly qtly qtrly payout payouts`)
	add(cDeclare, `sets set declares declared raises raised hikes hiked cuts initial approves
approved votes voted beschließt beschlossen erhöht`)
	add(cSplit, `split splits two-for-one three-for-two three-for-one five-for-four aktiensplit
stock-split`)
	add(cNeg, `nicht kein keine keinen no not nor`)
	add(cIndex, `dax index leitindex atx mdax sdax tecdax dow nasdaq stoxx ftse nikkei`)
	add(cAnnounce, `ankündigte kündigte angekündigt announced announces announce plans plan will
would`)
	return m
}()

// tails are the heads of German compounds that carry a cue of their own:
// "Quartalsumsatz" is a results word because "umsatz" is.
var tails = []string{"umsatz", "umsätze", "gewinn", "gewinne", "gewinns", "ergebnis",
	"ergebnisses", "verlust", "verluste", "erlöse", "erlösen", "bilanz",
	"investitionen", "investition", "übernahme", "aktie", "aktien", "kurse",
	"rechenzentren", "werk", "dividende", "prognose", "quartal", "halbjahr", "überschuss",
	"fusion", "marge", "margen", "rendite"}

// lookup returns the cues of the lower-case word w; compound tails are
// read in German only.
func lookup(w []byte, german bool) cue {
	if sieve.May(cueSieve, w) {
		if c, ok := cueTable[string(w)]; ok {
			return c
		}
	}
	if len(w) < 8 || !german || !sieve.May(tailSieve, w[len(w)-3:]) {
		return 0
	}
	for _, t := range tailsByEnd[string(w[len(w)-3:])] {
		if len(w) > len(t)+2 && string(w[len(w)-len(t):]) == t {
			return cueTable[t] &^ wordCues
		}
	}
	return 0
}

// tailsByEnd groups tails by their last three bytes, so that a word is
// compared only with the tails it may end in, in the order of tails.
var tailsByEnd = func() map[string][]string {
	m := map[string][]string{}
	for _, t := range tails {
		k := t[len(t)-3:]
		m[k] = append(m[k], t)
	}
	return m
}()

// cueSieve and tailSieve spare most words the look-ups in cueTable and
// tailsByEnd.
var (
	cueSieve  = sieve.Of(cueTable)
	tailSieve = sieve.Of(tailsByEnd)
)
