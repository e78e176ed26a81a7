package lex

import (
	"testing"

	"github.com/tickerwire/tickerwire/pkg/events"
)

func TestCompoundRole(t *testing.T) {
	tests := []struct {
		word, head string
		role       events.Role
		corporate  bool
	}{
		{"finanzchef", "", events.RoleCFO, true},
		{"vorstandschef", "", events.RoleCEO, true},
		{"henkel-chef", "henkel", events.RoleOther, true},
		{"kosmetikchef", "kosmetik", events.RoleOther, true},
		{"verkehrsminister", "verkehrs", events.RoleOther, false},
		{"vig-generaldirektorin", "vig", events.RoleCEO, true},
		{"aufsichtsratschef", "", events.RoleChair, true},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			r, head, ok := CompoundRole(tt.word)
			if !ok || r.Role != tt.role || r.Corporate != tt.corporate || head != tt.head {
				t.Errorf("CompoundRole(%q) = %+v %q %v, want %s %v %q", tt.word, r, head, ok, tt.role, tt.corporate, tt.head)
			}
		})
	}
	if _, _, ok := CompoundRole("umsatz"); ok {
		t.Error("umsatz is no title")
	}
}

func TestClasses(t *testing.T) {
	if OfString("der")&(FuncDE|Det) != FuncDE|Det {
		t.Error("der: want a German function word and an article")
	}
	if OfString("chief")&Title == 0 {
		t.Error("chief: want the start of a title")
	}
	if !MaybeTitle("finanzchefs") || MaybeTitle("umsatz") {
		t.Error("MaybeTitle")
	}
}
