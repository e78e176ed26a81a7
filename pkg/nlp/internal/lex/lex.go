// Package lex holds the word lists the extractors share: function words
// of German and English, person titles and given names, legal suffixes,
// words that head organisation and place names, and the role titles of
// people. Every list is written by hand for this project.
//
// Look-ups take the lower-case form of a token; one Class look-up per
// token gives all of a word's classes at once.
package lex

import (
	"strings"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/sieve"
)

// Class is a set of word classes.
type Class uint64

// Word classes.
const (
	FuncDE Class = 1 << iota
	FuncEN
	FuncOther
	Det        // articles and determiners
	Prep       // prepositions
	Conj       // "und", "and", "&"
	Say        // reporting verbs: "said", "sagte", "teilte"
	Month      // month names, German and English
	Weekday    // day names
	Honorific  // "Herr", "Mr", "Dr"
	GivenName  // common given names
	Legal      // legal-form suffixes: "AG", "Inc", "Oyj"
	OrgHead    // words that end organisation names: "Bank", "Records"
	OrgDesc    // nouns that introduce a name in apposition: "maker", "Konzern"
	Pronoun    // "it", "er", "sie"
	CompanyRef // "der Konzern", "the company": anaphora for companies
	Stock      // "Aktie", "shares", "stock"
	Finance    // words of corporate finance: "Umsatz", "profit", "revenue"
	Lower      // lower-case words that never start a name in German
	Number     // number words: "zehn", "ten"
	LocHead    // words that end place names: "Region", "Island"
	LocPrep    // prepositions that take places: "in", "aus", "from"
	Stop       // capitalised words that are not names: "Der", "The", "Im"
	NameParticle
	Unit // units that follow a number ("Prozent", "percent")
	Media
	Nationality // adjectives of country and nationality
	ContentDE   // frequent German content words of business news
	ContentEN   // frequent English content words of business news
	ProductNoun // nouns that introduce a product's name: "Sprachassistent", "model"
	BrandList   // "Marken", "brands": a list of brands follows
	PlaceNoun   // nouns a place name follows: "Bezirk", "city"
	Title       // a role title or the first word of one: "CEO", "chief"
	NewsHead    // words that end a newspaper's name: "Post", "Zeitung", "Herald"
)

// Of returns the classes of the lower-case word w.
func Of(w []byte) Class {
	if !sieve.May(classSieve, w) {
		return 0
	}
	return classes[string(w)]
}

// OfString returns the classes of the lower-case word w.
func OfString(w string) Class {
	if !sieve.May(classSieve, w) {
		return 0
	}
	return classes[w]
}

var (
	classes = build()
	// classSieve spares most words that have no class the look-up.
	classSieve = sieve.Of(classes)
)

func add(m map[string]Class, c Class, words string) {
	for _, w := range strings.Fields(words) {
		m[w] |= c
	}
}

func build() map[string]Class {
	m := make(map[string]Class, 4096)
	add(m, FuncDE, funcDE)
	add(m, FuncEN, funcEN)
	add(m, FuncOther, funcOther)
	add(m, Det, "der die das den dem des ein eine einer eines einem einen the a an this that these those dieser diese dieses diesem diesen jener")
	add(m, Prep, "in im ins aus nach von vom bei beim für mit zu zum zur auf an am über unter vor hinter neben zwischen gegen durch ohne um bis seit laut wegen of at from to for with by on into onto over under near via per")
	add(m, LocPrep, "in im aus nach nahe bei from to near outside inside across throughout")
	add(m, Conj, "und oder sowie and or & sowie bzw")
	add(m, Say, sayWords)
	add(m, Month, "januar jänner februar feber märz april mai juni juli august september oktober november dezember january february march may june july october december jan feb mar apr jun jul aug sep sept oct okt nov dec dez")
	add(m, Weekday, "montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend monday tuesday wednesday thursday friday saturday sunday montagabend dienstagabend mittwochabend donnerstagabend freitagabend donnerstagnachmittag mittwochnachmittag")
	add(m, Honorific, "herr herrn frau mr mrs ms miss dr prof sir dame lord lady madame monsieur")
	add(m, GivenName, givenNames)
	add(m, Legal, legalSuffixes)
	add(m, OrgHead, orgHeads)
	add(m, OrgDesc, orgDescs)
	add(m, Pronoun, "it its er sie es ihr ihre seine sein ihm ihn")
	add(m, CompanyRef, companyRefs)
	add(m, Stock, "aktie aktien aktienkurs kurs kurse papier papiere titel anteilsschein anteilsscheine share shares stock stocks")
	add(m, Finance, financeWords)
	add(m, Number, numberWords)
	add(m, LocHead, "region island islands river mountains province state county district valley bay coast provinz bezirk kanton landkreis kreis see insel inseln gebirge tal")
	add(m, Stop, stopWords)
	add(m, NameParticle, "van von der de den di da del della dei du le la af zu ten ter bin al el mc mac o")
	add(m, Unit, "prozent prozentpunkte prozentpunkten percent pct per cent bp basispunkte euro dollar dollars dlrs mln mio mrd milliarden millionen billion million bn mn")
	add(m, Media, mediaWords)
	add(m, Nationality, nationalities)
	add(m, ContentDE, contentDE)
	add(m, ContentEN, contentEN)
	for t := range roleTitles {
		if i := strings.IndexByte(t, ' '); i > 0 {
			t = t[:i]
		}
		m[t] |= Title
	}
	add(m, ProductNoun, `namen assistent assistenten sprachassistent sprachassistenten modell modells
app smartphone album single software produkt medikament konsole spielkonsole brand model handset
drug console chatbot betriebssystem tablet dienstes plattform platform autobiography biography
memoir memoirs book novel buch biografie autobiografie roman film movie bestseller drink beer bier
getränk medicine vaccine impfstoff präparat wirkstoff arzneimittel sneaker laufschuh`)
	add(m, BrandList, "marken marke brands modelle")
	add(m, NewsHead, `post times chronicle examiner herald tribune journal gazette star globe news
inquirer observer telegraph express mail register bulletin dispatch courier courant intelligencer
mercury statesman sentinel zeitung nachrichten anzeiger kurier rundschau tagblatt volksblatt
morgenpost abendblatt abendzeitung volkszeitung tageszeitung neueste presse merkur bote`)
	add(m, PlaceNoun, `bezirk region gemeinde stadt landkreis kanton provinz bundesland bundesstaat
ort city town province village county district flughafen hauptstadt capital port hafen insel`)
	return m
}

const funcDE = `der die das den dem des ein eine einer eines einem einen und ist nicht mit von zu
im für auf sich auch als es an werden aus er hat dass daß sie nach wird bei um am sind noch wie über
so zum war haben nur oder aber vor zur bis mehr durch man wurde wurden sei seien ihre ihr seine sein
seinen seiner seinem kann können soll sollen will wollen muss müssen habe hatte hatten diese dieser
dieses wenn weil denn doch schon jetzt rund etwa nun sowie zwischen unter gegen seit ohne wir ich
uns unsere einem keine kein keinen allem alle allen beim vom ins dabei damit dazu davon dafür jedoch
bereits zudem allerdings außerdem laut heute gestern derzeit zuletzt weiter wieder immer noch sehr
`

const funcEN = `the and of to in is that for on with as was by at it from be are this have has an not
but said its which or were will would been their they he she we i his her our you there than also
after about more into up out who had over new could can may should these those some other when
what year years last first such only its no all any per mln dlrs vs pct company corp inc ltd
`

const funcOther = `le les des est une sont pour dans qui sur avec pas par au aux du et il elle
el los las del por una con para como pero más su sus es lo al
il gli della delle che non sono nel nella alla anche
het een van niet zijn op te dat voor met ook maar wordt
os um uma não são pelo pela com mais seu sua dos das
och att är som på för med av inte
`

const sayWords = `said says say told added stated announced reported reports report noted explained
sagte sagt sagten erklärte erklärt erklärten teilte teilt teilten mitteilte mitgeteilt berichtete
berichtet berichten meldete meldet meldeten betonte betont kündigte kündigt hieß heißt verkündete
bestätigte bestätigt gab gibt so zufolge
`

const legalSuffixes = `ag se gmbh kgaa kg ohg mbh inc inc. incorporated corp corporation co ltd limited
plc llc lp llp oyj oy abp nv n.v bv b.v sa s.a spa s.p.a sas sarl ab asa a/s as aps a.s
srl s.r.l bhd pty kk k.k tbk sab s.a.b a.s. s.a. n.v. b.v. s.p.a. k.k. s.r.l. a.g. l.p. l.p llc. l.l.c.
handelsgmbh holding holdings
`

// orgHeads end many organisation names: a run of capitalised words that
// ends with one of them is an organisation.
const orgHeads = `bank banken group gruppe holding holdings airlines airways motors motor industries
partners capital systems technologies technology energy networks insurance versicherung
versicherungen foundation institute institut university universität stiftung privatstiftung invest
investments records recordings music entertainment agency agentur commission kommission ministry
ministerium corporation company companies communications pharmaceuticals petroleum resources
electric electronics chemical chemicals laboratories labs verlag versand
telekom telecom telecommunications railways bahn werke stadtwerke stahl steel mining foods brands
reederei brauerei sparkasse volksbank raiffeisenbank landesbank zentralbank nationalbank
kreditanstalt gesellschaft verband bund union council rat parliament parlament court gericht
behörde authority administration office amt fund fonds trust association partei party
hochschule fachhochschule
`

// orgDescs are nouns that stand in apposition before a name: "der
// Autobauer Peugeot", "tire producer Nokian Tyres".
const orgDescs = `konzern hersteller anbieter unternehmen firma gruppe versicherer zulieferer riese
röster händler betreiber dienstleister produzent autobauer tochter tochterfirma mutter sender verlag
fluglinie airline discounter kette softwarehaus investor finanzinvestor rivale konkurrent
ölkonzern autokonzern versicherungskonzern technologiekonzern elektronikkonzern chemiekonzern
pharmakonzern energiekonzern handelskonzern medienkonzern stahlkonzern baukonzern mischkonzern
maker producer manufacturer company group firm bank carrier airline retailer insurer operator
supplier giant distributor provider developer publisher conglomerate subsidiary unit rival chain
brewer miner refiner lender automaker carmaker chipmaker drugmaker startup start-up insurer utility
label magazin zeitung blatt nachrichtenagentur agentur newspaper magazine agency broadcaster
musikdienst onlinehändler versandhändler billigflieger fluggesellschaft mobilfunker netzbetreiber
`

const companyRefs = `konzern konzerns unternehmen unternehmens firma gruppe company group firm
konzernes gesellschaft hersteller bank bankhaus geldhaus institut versicherer autobauer
`

const financeWords = `umsatz umsätze umsatzes erlös erlöse gewinn gewinne gewinns verlust verluste
ergebnis ergebnisse betriebsergebnis nettogewinn reingewinn überschuss quartal quartals halbjahr
geschäftsjahr bilanz dividende prognose ausblick investitionen investition aktionäre börse
revenue revenues sales profit profits loss losses earnings income quarter quarterly dividend
results outlook forecast guidance shareholders shr net revs qtr ebit ebitda eps
`

const numberWords = `ein eine einen einem zwei drei vier fünf sechs sieben acht neun zehn elf zwölf
zwanzig dreißig vierzig fünfzig hundert tausend one two three four five six seven eight nine ten
eleven twelve twenty thirty forty fifty hundred thousand halbe half
`

// stopWords are capitalised words that start sentences or headlines and
// are never names on their own.
const stopWords = `der die das den dem des ein eine einer eines einem einen und oder aber auch als
wie wo wer was wenn weil denn doch so nun dann da dort hier jetzt heute gestern morgen bereits zudem
allerdings außerdem trotzdem deshalb daher damit dabei dazu davon darüber demnach zuvor zuletzt
insgesamt mittlerweile inzwischen bisher seit nach vor in im am an auf aus bei beim mit für von vom
zum zur über unter um bis durch gegen ohne laut wegen während trotz es er sie wir ich ihr man sein
seine ihre unser unsere dieser diese dieses jeder jede jedes alle viele einige mehrere kein keine
nicht nur noch schon rund etwa fast knapp mehr weniger the a an this that these those it he she we
they i you his her its their our in on at of for from to with by as after before when while if but
and or so yet also however meanwhile earlier later last next first new all some any no not there
here what who which where why how mr mrs ms dr prof herr frau sir one two three four five six seven
eight nine ten zwei drei vier fünf sechs sieben acht neun zehn sagte said says sagt
`

const mediaWords = `zeitung tageszeitung wochenzeitung magazin nachrichtenmagazin blatt boulevardblatt
boulevard-blatt agentur nachrichtenagentur sender fernsehsender newspaper magazine agency
broadcaster daily tabloid journal wire
`

const nationalities = `deutsche deutschen deutscher deutsches österreichische österreichischen
österreichischer schweizer französische französischen französischer britische britischen
britischer amerikanische amerikanischen amerikanischer us-amerikanische us-amerikanischen
italienische italienischen italienischer spanische spanischen japanische japanischen japanischer
chinesische chinesischen chinesischer koreanische südkoreanische südkoreanischen russische
russischen indische indischen schwedische schwedischen finnische finnischen niederländische
niederländischen kanadische kanadischen europäische europäischen europäischer
german austrian swiss french british english american italian spanish japanese chinese korean
russian indian swedish finnish dutch canadian european australian norwegian danish belgian
brazilian mexican turkish polish czech slovak hungarian romanian bulgarian greek portuguese irish
scottish welsh icelandic estonian latvian lithuanian ukrainian belarusian serbian croatian slovenian
bosnian albanian israeli iranian iraqi saudi emirati qatari kuwaiti egyptian moroccan algerian
tunisian libyan nigerian kenyan ethiopian ghanaian african asian arab arabian pakistani afghan
bangladeshi thai vietnamese indonesian malaysian singaporean philippine filipino taiwanese
argentine argentinian chilean peruvian colombian venezuelan cuban latin luxembourgish maltese
cypriot syrian lebanese jordanian yemeni kazakh uzbek georgian armenian azerbaijani mongolian
nordic scandinavian baltic balkan
türkische türkischen türkischer polnische polnischen polnischer tschechische tschechischen
ungarische ungarischen rumänische rumänischen bulgarische bulgarischen griechische griechischen
griechischer portugiesische portugiesischen irische irischen norwegische norwegischen dänische
dänischen belgische belgischen ukrainische ukrainischen ukrainischer slowakische slowakischen
slowenische slowenischen kroatische kroatischen serbische serbischen israelische israelischen
iranische iranischen saudische saudischen arabische arabischen ägyptische ägyptischen
afrikanische afrikanischen asiatische asiatischen brasilianische brasilianischen mexikanische
mexikanischen argentinische argentinischen australische australischen taiwanische taiwanischen
indonesische indonesischen thailändische thailändischen vietnamesische vietnamesischen
luxemburgische luxemburgischen steirische steirischen steirischer oberösterreichische
oberösterreichischen niederösterreichische niederösterreichischen
burgenländische burgenländischen bayerische bayerischen
sächsische sächsischen hessische hessischen
`

const contentDE = `prozent millionen milliarden mio mrd euro umsatz gewinn verlust aktie aktien
unternehmen konzern jahr jahres jahren quartal halbjahr ersten zweiten dritten vierten mitteilte
teilte sagte erklärte berichtete stieg sank fiel legte gab steigen sinken wachstum markt märkte
kunden mitarbeiter regierung bank banken deutschland österreich wien berlin neue neuen neuer
höhe höher hohe hohen weniger erwartet erwartungen analysten vergangenen laufenden geschäft
bericht ende anfang zeit wochen monate monaten tage heuer jänner zuvor zufolge demnach
`

const contentEN = `percent pct mln dlrs cts billion million shr net revs qtr qtly qtrly mthly div
prior pay record note loss profit sales revenue revenues shares share stock company corp says
said sets set raises raised cuts cut sold sells buys bought official officials dollar dollars
deficit trade year quarter months mths oper avg shrs vs dividend payout quarterly split government
market markets prices price rose fell rise fall up down new first second third fourth results
bank banks rate rates agreed agreement offer unit group week today yesterday expected expects
`
