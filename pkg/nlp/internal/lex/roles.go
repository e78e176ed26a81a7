package lex

import (
	"strings"

	"github.com/tickerwire/tickerwire/pkg/events"
	"github.com/tickerwire/tickerwire/pkg/nlp/internal/sieve"
)

// RoleWord says what a title word says about the person it names.
type RoleWord struct {
	Role events.Role
	// Corporate: the title is held in a company (a minister's is not), so
	// the person's org is the company the text names with it.
	Corporate bool
}

// roleTitles maps lower-case titles, one or more words, to roles. It is
// filled by titles(), which the word classes need first.
var roleTitles = titles()

// roleSuffixes maps the tails of German compound titles to roles:
// "Finanzchef", "Henkel-Chef", "Verkehrsminister".
var roleSuffixes []suffixRole

type suffixRole struct {
	suffix string
	role   RoleWord
}

func titles() map[string]RoleWord {
	roleTitles := map[string]RoleWord{}
	corp := func(r events.Role, words ...string) {
		for _, w := range words {
			roleTitles[w] = RoleWord{Role: r, Corporate: true}
		}
	}
	other := func(words ...string) {
		for _, w := range words {
			roleTitles[w] = RoleWord{Role: events.RoleOther}
		}
	}
	corp(events.RoleCEO, "ceo", "chief executive", "chief executive officer", "vorstandschef",
		"vorstandschefin", "vorstandsvorsitzender", "vorstandsvorsitzende", "vorstandsvorsitzenden",
		"konzernchef", "konzernchefin", "firmenchef", "firmenchefin", "unternehmenschef",
		"unternehmenschefin", "geschäftsführer", "geschäftsführerin", "vorstandssprecher",
		"vorstandssprecherin", "generaldirektor", "generaldirektorin", "president and ceo",
		"president and chief executive officer", "chief executive officer and president",
		"ceo and president", "chief executive and president",
		"president and chief executive", "managing director", "chef", "chefin", "bankchef",
		"bankchefin", "konzernlenker", "vorstandsboss", "boss", "topmanager",
		"vorsitzende der geschäftsführung", "vorsitzender der geschäftsführung",
		"vorsitzenden der geschäftsführung", "vorsitzende des vorstands", "vorsitzender des vorstands",
		"vorsitzenden des vorstands", "sprecher des vorstands", "president", "präsident",
		"group chief executive", "executive director", "md", "management board chairman",
		"management board chairwoman", "chairman of the management board", "chairwoman of the management board",
		"executive board chairman", "chairman of the executive board", "chairman of the board of management")
	corp(events.RoleCFO, "cfo", "chief financial officer", "finanzchef", "finanzchefin",
		"finanzvorstand", "finanzvorständin", "finance director", "finanzdirektor",
		"finanzdirektorin", "financial director", "finance chief")
	corp(events.RoleCOO, "coo", "chief operating officer", "operating chief", "betriebschef",
		"produktionsvorstand", "chief operations officer")
	corp(events.RoleCTO, "cto", "chief technology officer", "chief technical officer",
		"technikchef", "technikvorstand", "technologievorstand", "technologiechef", "chief technologist")
	corp(events.RoleChair, "chairman", "chairwoman", "chair", "chairperson", "aufsichtsratschef",
		"aufsichtsratschefin", "aufsichtsratsvorsitzender", "aufsichtsratsvorsitzende",
		"aufsichtsratsvorsitzenden", "vorsitzende des aufsichtsrats", "vorsitzender des aufsichtsrats",
		"vorsitzenden des aufsichtsrats", "verwaltungsratspräsident", "verwaltungsratspräsidentin",
		"verwaltungsratschef", "präsident des verwaltungsrats", "chairman and ceo",
		"chairman and chief executive", "chairman and chief executive officer", "executive chairman", "non-executive chairman",
		"aufsichtsratspräsident", "aufsichtsratspräsidentin", "supervisory board chairman",
		"supervisory board chairwoman", "chairman of the supervisory board", "chairwoman of the supervisory board")
	corp(events.RoleAnalyst, "analyst", "analystin", "analysts", "analysten", "research analyst",
		"aktienanalyst", "aktienanalystin", "bankanalyst", "branchenanalyst", "branchenanalystin")
	corp(events.RoleOther, "vorstand", "vorständin", "vorstandsmitglied", "manager", "managerin",
		"director", "direktor", "direktorin", "sprecher", "sprecherin", "spokesman", "spokeswoman",
		"spokesperson", "unternehmenssprecher", "unternehmenssprecherin", "konzernsprecher",
		"konzernsprecherin", "vice president", "senior vice president", "executive vice president",
		"head", "leiter", "leiterin", "partner", "gründer", "gründerin", "founder", "co-founder",
		"mitgründer", "eigentümer", "eigentümerin", "owner", "treasurer", "general counsel",
		"prokurist", "betriebsratschef", "betriebsratsvorsitzender", "betriebsratsvorsitzende",
		"vertriebschef", "vertriebsvorstand", "personalchef", "personalvorstand", "marketingchef",
		"entwicklungschef", "forschungschef", "strategiechef", "investor relations",
		"aufsichtsrat", "aufsichtsrätin", "vizechef", "vize-chef")
	other("minister", "ministerin", "staatssekretär", "staatssekretärin", "bundeskanzler",
		"bundeskanzlerin", "kanzler", "kanzlerin", "bundespräsident", "bundespräsidentin",
		"premierminister", "premierministerin", "ministerpräsident", "ministerpräsidentin",
		"landeshauptmann", "landeshauptfrau", "bürgermeister", "bürgermeisterin", "richter",
		"richterin", "bezirksrichter", "bezirksrichterin", "abgeordneter", "abgeordnete",
		"senator", "senatorin", "gouverneur", "gouverneurin", "governor", "secretary",
		"prime minister", "chancellor", "judge", "mayor", "senator", "congressman",
		"congresswoman", "lawmaker", "economist", "ökonom", "ökonomin", "volkswirt",
		"volkswirtin", "chefvolkswirt", "chefvolkswirtin", "chief economist", "strategist",
		"stratege", "strategin", "anwalt", "anwältin", "rechtsanwalt", "rechtsanwältin",
		"lawyer", "attorney", "generalsekretär", "generalsekretärin", "parteichef",
		"parteichefin", "fraktionschef", "fraktionschefin", "klubobmann", "klubobfrau",
		"sängerin", "sänger", "singer", "schauspieler", "schauspielerin", "actor", "actress",
		"autor", "autorin", "author", "professor", "professorin", "experte", "expertin",
		"expert", "ambassador", "botschafter", "botschafterin", "kommissar", "kommissarin",
		"commissioner", "sekretär", "vizekanzler", "vizekanzlerin", "landesrat", "landesrätin",
		"stadtrat", "stadträtin", "staatsanwalt", "staatsanwältin", "prosecutor", "byline",
		"regierungschef", "regierungschefin", "staatschef", "staatschefin", "notenbankchef",
		"notenbankchefin", "zentralbankchef", "zentralbankchefin", "ezb-chef", "ezb-präsident",
		"fed-chef", "fed-chefin", "wirtschaftsforscher", "wirtschaftsforscherin", "sprecher der regierung",
		"pop-diva", "diva", "musiker", "musikerin", "trainer", "trainerin", "coach", "spieler",
		"spielerin", "medienmogul", "mogul", "tycoon", "milliardär", "milliardärin", "billionaire",
		"investor", "investorin", "erbin", "erbe", "heir", "heiress", "landesrätin", "obmann",
		"obfrau", "vorsitzende", "vorsitzender", "vorsitzenden", "präsidentin", "president-elect")
	return roleTitles
}

func init() {
	for _, s := range []struct {
		s string
		r RoleWord
	}{
		{"finanzchef", RoleWord{events.RoleCFO, true}},
		{"finanzchefin", RoleWord{events.RoleCFO, true}},
		{"finanzvorstand", RoleWord{events.RoleCFO, true}},
		{"technikchef", RoleWord{events.RoleCTO, true}},
		{"aufsichtsratschef", RoleWord{events.RoleChair, true}},
		{"aufsichtsratschefin", RoleWord{events.RoleChair, true}},
		{"aufsichtsratsvorsitzender", RoleWord{events.RoleChair, true}},
		{"aufsichtsratsvorsitzende", RoleWord{events.RoleChair, true}},
		{"vorstandschef", RoleWord{events.RoleCEO, true}},
		{"vorstandschefin", RoleWord{events.RoleCEO, true}},
		{"konzernchef", RoleWord{events.RoleCEO, true}},
		{"konzernchefin", RoleWord{events.RoleCEO, true}},
		{"generaldirektor", RoleWord{events.RoleCEO, true}},
		{"generaldirektorin", RoleWord{events.RoleCEO, true}},
		{"analyst", RoleWord{events.RoleAnalyst, true}},
		{"analystin", RoleWord{events.RoleAnalyst, true}},
		{"sprecher", RoleWord{events.RoleOther, true}},
		{"sprecherin", RoleWord{events.RoleOther, true}},
		{"manager", RoleWord{events.RoleOther, true}},
		{"managerin", RoleWord{events.RoleOther, true}},
		{"vorstand", RoleWord{events.RoleOther, true}},
		{"minister", RoleWord{events.RoleOther, false}},
		{"ministerin", RoleWord{events.RoleOther, false}},
		{"richter", RoleWord{events.RoleOther, false}},
		{"richterin", RoleWord{events.RoleOther, false}},
		{"sekretär", RoleWord{events.RoleOther, false}},
		{"sekretärin", RoleWord{events.RoleOther, false}},
		{"präsident", RoleWord{events.RoleOther, false}},
		{"präsidentin", RoleWord{events.RoleOther, false}},
		{"sängerin", RoleWord{events.RoleOther, false}},
		{"sänger", RoleWord{events.RoleOther, false}},
		{"politiker", RoleWord{events.RoleOther, false}},
		{"politikerin", RoleWord{events.RoleOther, false}},
		{"forscher", RoleWord{events.RoleOther, false}},
		{"forscherin", RoleWord{events.RoleOther, false}},
		{"experte", RoleWord{events.RoleOther, false}},
		{"expertin", RoleWord{events.RoleOther, false}},
		{"ökonom", RoleWord{events.RoleOther, false}},
		{"ökonomin", RoleWord{events.RoleOther, false}},
		{"direktor", RoleWord{events.RoleOther, true}},
		{"direktorin", RoleWord{events.RoleOther, true}},
		{"chef", RoleWord{events.RoleOther, true}},
		{"chefin", RoleWord{events.RoleOther, true}},
		{"leiter", RoleWord{events.RoleOther, true}},
		{"leiterin", RoleWord{events.RoleOther, true}},
	} {
		roleSuffixes = append(roleSuffixes, suffixRole{s.s, s.r})
	}
}

// roleStarts holds the first words of titles of more than one word.
var roleStarts = map[string]bool{}

// suffixEnds holds the last three bytes of the compound suffixes, to rule
// out most words before trying the suffixes; suffixesByEnd lists the
// suffixes (indexes of roleSuffixes) that end in them.
var (
	suffixEnds    = map[string]bool{}
	suffixesByEnd = map[string][]int{}
	// suffixEndSieve spares most endings that end no suffix the look-up
	// in suffixEnds.
	suffixEndSieve = new(sieve.Sieve)
)

func init() {
	for t := range roleTitles {
		if i := strings.IndexByte(t, ' '); i > 0 {
			roleStarts[t[:i]] = true
		}
	}
	for i, s := range roleSuffixes {
		end := s.suffix[len(s.suffix)-3:]
		suffixEnds[end] = true
		suffixesByEnd[end] = append(suffixesByEnd[end], i)
		suffixEndSieve.Add(end)
	}
}

// MaybeTitle reports whether the lower-case word w may be or begin a
// title, cheaply: most words are not.
func MaybeTitle(w string) bool {
	if classes[w]&Title != 0 {
		return true
	}
	return MaybeCompoundTitle(w)
}

// MaybeCompoundTitle reports whether the lower-case word w may end in the
// tail of a compound title ("Finanzchef"), cheaply.
func MaybeCompoundTitle(w string) bool {
	if len(w) > 5 && w[len(w)-1] == 's' {
		w = w[:len(w)-1]
	}
	return len(w) > 3 && sieve.May(suffixEndSieve, w[len(w)-3:]) && suffixEnds[w[len(w)-3:]]
}

// StartsTitle reports whether the lower-case word w begins a title of
// more than one word ("chief" of "chief executive").
func StartsTitle(w string) bool { return roleStarts[w] }

// Role returns the role a title of one or more lower-case words gives.
func Role(title string) (RoleWord, bool) {
	r, ok := roleTitles[title]
	return r, ok
}

// CompoundRole returns the role of a German compound title and the
// compound's head: "finanzchef" gives CFO, "kosmetikchef" an OTHER chef.
// The whole word is tried first, then its tails, longest first. head is
// the part before the tail without a joining hyphen ("henkel" for
// "henkel-chef"), empty for a plain title.
func CompoundRole(w string) (r RoleWord, head string, ok bool) {
	if r, ok := roleTitles[w]; ok {
		return r, "", true
	}
	best := -1
	if len(w) < 3 {
		return RoleWord{}, "", false
	}
	for _, i := range suffixesByEnd[w[len(w)-3:]] {
		s := roleSuffixes[i]
		if len(w) > len(s.suffix) && strings.HasSuffix(w, s.suffix) {
			if best < 0 || len(s.suffix) > len(roleSuffixes[best].suffix) {
				best = i
			}
		}
	}
	if best < 0 {
		return RoleWord{}, "", false
	}
	s := roleSuffixes[best]
	head = strings.TrimSuffix(w[:len(w)-len(s.suffix)], "-")
	return s.role, head, true
}
