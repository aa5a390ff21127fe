package nquads

import (
	"github.com/cayleygraph/quad"
)

// Cayley's parser turns each line into a slice of runes and each term back
// into a string, several allocations a term: most of what reading a large
// file costs. Most lines of real files have a plain shape, which the
// scanner below builds values for straight from the bytes; every other line
// (escapes, bare words, datatypes, anything unusual) still goes to Cayley's
// parser. For the lines it takes, the values are exactly those Cayley's
// parser builds: FuzzCayley compares the two readers on arbitrary input.

// maxInterned bounds the terms a parser keeps to share between quads.
const maxInterned = 4096

// fastParser scans plain lines. It shares one value between quads for
// repeated predicates and graph labels (few distinct ones in most files)
// and for a subject repeated from the line before (files sorted by
// subject), which saves an allocation each.
type fastParser struct {
	interned map[string]quad.Value // predicate and label terms, as written
	subject  []byte                // the last subject, as written
	subjVal  quad.Value
}

// parse returns the quad of the trimmed, valid UTF-8 line t when every
// term is an IRI <...> without escapes, a blank node _:label of ASCII
// letters, digits and _:-. (not as predicate, not ending in '.'), or a
// quoted literal without escapes or control characters other than tab,
// with an optional language tag; terms separated by spaces or tabs, then
// '.' and, after white space, an optional comment. Otherwise ok is false
// and nothing is built.
func (p *fastParser) parse(t []byte) (q quad.Quad, ok bool) {
	var terms [4]quad.Value
	pos, k := 0, 0
	for ; k < 4; k++ {
		if k > 0 {
			start := pos
			for pos < len(t) && isWS(t[pos]) {
				pos++
			}
			if pos == len(t) {
				return q, false
			}
			if t[pos] == '.' && k >= 3 {
				break
			}
			if pos == start {
				return q, false // terms glued together
			}
		}
		end := fastTerm(t, pos, k == 1)
		if end < 0 {
			return q, false
		}
		terms[k] = p.value(t[pos:end], k)
		pos = end
	}
	for pos < len(t) && isWS(t[pos]) {
		pos++
	}
	if pos == len(t) || t[pos] != '.' {
		return q, false
	}
	pos++
	if pos < len(t) {
		if !isWS(t[pos]) {
			return q, false // Cayley reads ".#" as a label, for one
		}
		for pos < len(t) && isWS(t[pos]) {
			pos++
		}
		if pos < len(t) && t[pos] != '#' {
			return q, false
		}
	}
	return quad.Quad{Subject: terms[0], Predicate: terms[1], Object: terms[2], Label: terms[3]}, true
}

// value builds the value of the plain term w in position k (subject 0 ..
// label 3), sharing it where it repeats.
func (p *fastParser) value(w []byte, k int) quad.Value {
	switch k {
	case 0:
		if p.subjVal != nil && string(w) == string(p.subject) {
			return p.subjVal
		}
		p.subject = append(p.subject[:0], w...)
		p.subjVal = plainValue(w)
		return p.subjVal
	case 1, 3:
		if v, ok := p.interned[string(w)]; ok {
			return v
		}
		v := plainValue(w)
		if p.interned == nil {
			p.interned = map[string]quad.Value{}
		}
		if len(p.interned) < maxInterned {
			p.interned[string(w)] = v
		}
		return v
	}
	return plainValue(w)
}

// plainValue builds the value of a term fastTerm accepted.
func plainValue(w []byte) quad.Value {
	switch w[0] {
	case '<':
		return quad.IRI(w[1 : len(w)-1])
	case '_':
		return quad.BNode(w[2:])
	}
	end := len(w) - 1
	for w[end] != '"' {
		end--
	}
	if end == len(w)-1 {
		return quad.String(w[1:end])
	}
	return quad.LangString{Value: quad.String(w[1:end]), Lang: string(w[end+2:])}
}

// fastTerm returns where the plain term at t[pos] ends, or -1 when there is
// none there. A term ends at the end of t, at white space or at '.'.
func fastTerm(t []byte, pos int, predicate bool) int {
	var end int
	switch t[pos] {
	case '<':
		end = fastIRI(t, pos)
	case '_':
		if predicate {
			return -1
		}
		end = fastBlank(t, pos)
	case '"':
		end = fastLiteral(t, pos)
	default:
		return -1
	}
	if end < 0 || end < len(t) && !isWS(t[end]) && t[end] != '.' {
		return -1
	}
	return end
}

// fastIRI returns the end of the non-empty IRI without escapes at t[pos].
func fastIRI(t []byte, pos int) int {
	for j := pos + 1; j < len(t); j++ {
		c := t[j]
		switch {
		case c == '>':
			if j == pos+1 {
				return -1 // <> is an error; Cayley's parser words it
			}
			return j + 1
		case c < 0x80 && (!isIRIByte(c) || c == 0x7F):
			return -1
		}
	}
	return -1
}

// fastBlank returns the end of the ASCII blank node label at t[pos].
func fastBlank(t []byte, pos int) int {
	if pos+2 >= len(t) || t[pos+1] != ':' {
		return -1
	}
	j := pos + 2
	if c := t[j]; !isLetter(c) && !isDigit(c) && c != '_' && c != ':' {
		return -1
	}
	for j++; j < len(t) && !isWS(t[j]); j++ {
		if c := t[j]; !isLetter(c) && !isDigit(c) && c != '_' && c != ':' && c != '-' && c != '.' {
			return -1
		}
	}
	if t[j-1] == '.' {
		return -1 // the label or the statement's end: left to Cayley
	}
	return j
}

// fastLiteral returns the end of the quoted literal without escapes at
// t[pos], with its language tag if it has one.
func fastLiteral(t []byte, pos int) int {
	j := pos + 1
	for ; j < len(t) && t[j] != '"'; j++ {
		if c := t[j]; c == '\\' || c < 0x20 && c != '\t' {
			return -1
		}
	}
	if j == len(t) {
		return -1
	}
	j++
	if j == len(t) || t[j] != '@' {
		return j
	}
	k := j + 1
	for k < len(t) && isLetter(t[k]) {
		k++
	}
	if k == j+1 {
		return -1
	}
	for k < len(t) && t[k] == '-' {
		m := k + 1
		for m < len(t) && (isLetter(t[m]) || isDigit(t[m])) {
			m++
		}
		if m == k+1 {
			return -1
		}
		k = m
	}
	return k
}
