// Package sieve rules out, with one bit test, most of the words a word
// list does not hold. Most words of a text are in none of the lists the
// extractors consult per token, and a bit test costs a fraction of the
// map look-up it saves; a word the sieve lets through is looked up as
// before, so a sieve never changes what a look-up finds.
package sieve

// size is the number of bits: 2^16, 8 KB, which stays in the cache and
// leaves a list of some thousand words a few per cent of false hits.
const size = 1 << 16

// Sieve is a set of bits, one for the shape of each word of a list (its
// length and its first, middle and last bytes). The zero value holds no
// word. A Sieve is filled once when its list is built and only read
// after, so one value serves all goroutines.
type Sieve struct {
	bits [size / 64]uint64
}

// Add lets w through from now on.
func (s *Sieve) Add(w string) {
	b := bit(w)
	s.bits[b>>6] |= 1 << (b & 63)
}

// Of returns a Sieve that lets the keys of m through.
func Of[V any](m map[string]V) *Sieve {
	s := new(Sieve)
	for w := range m {
		s.Add(w)
	}
	return s
}

// May reports whether w may be a word of the list: false means it is
// not.
func May[T string | []byte](s *Sieve, w T) bool {
	b := bit(w)
	return s.bits[b>>6]&(1<<(b&63)) != 0
}

// bit hashes the length and the first, middle and last bytes of w: they
// tell most words apart at the cost of four loads.
func bit[T string | []byte](w T) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n&0xff) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
	return (h * 0x9E3779B1) >> 16
}
