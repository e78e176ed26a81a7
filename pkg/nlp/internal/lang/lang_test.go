package lang

import (
	"testing"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/text"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"german", "Der Konzern hat im ersten Halbjahr mehr verdient als erwartet.", German},
		{"german headline", "Übernahme: Börse reagiert erleichtert", German},
		{"english", "The company said its quarterly profit rose on higher sales.", English},
		{"english wire", "SHR 1.16 DLRS VS 1.15 DLRS\nNET 32.4 MLN VS 33.5 MLN", English},
		{"french", "Le groupe a annoncé une hausse de son chiffre d'affaires pour le trimestre.", Other},
		{"spanish", "La empresa anunció que sus ventas crecieron en el primer trimestre del año.", Other},
		{"empty", "", Other},
		{"numbers", "12.5 34 99", Other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d text.Doc
			d.Reset(tt.in)
			if got := Detect(&d); got != tt.want {
				t.Errorf("Detect(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}
