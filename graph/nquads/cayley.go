package nquads

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"
)

// cayleyParser parses lines the way Cayley's nquads.Reader does: Cayley's
// own parser decides what is accepted and builds the values; this type only
// adds positions and readable messages when it rejects a line.
type cayleyParser struct {
	errAt  int    // byte offset in the line of the problem
	errMsg string // what is wrong

	// lenient accepts, as Cayley does, bytes that are not UTF-8 (they
	// become U+FFFD) and NUL characters in terms.
	lenient bool

	fast fastParser
}

// parse parses one line b (without its LF) as Cayley's reader does: it
// trims Unicode white space, skips blank lines and lines starting with '#',
// and hands the rest to Cayley's parser. It reports empty for skipped
// lines, and ok=false with errAt and errMsg set for a syntax error.
//
// Unlike Cayley's reader, which silently drops a quad whose subject,
// predicate or object is the empty IRI <>, it reports one as an error.
func (p *cayleyParser) parse(b []byte) (q quad.Quad, empty, ok bool) {
	t := bytes.TrimSpace(b)
	if len(t) == 0 || t[0] == '#' {
		return q, true, true
	}
	// t is a subslice of b, so the capacities tell how much was trimmed
	// at the front.
	lead := cap(b) - cap(t)
	if !p.lenient {
		if at, msg := badText(t); msg != "" {
			p.errAt, p.errMsg = lead+at, msg
			return quad.Quad{}, false, false
		}
	}
	if !p.lenient || utf8.Valid(t) {
		if q, ok := p.fast.parse(t); ok {
			return q, false, true
		}
	}
	q, err := parseCayley(string(t))
	if err == nil && !p.lenient {
		if r := nulTerm(q); r >= 0 {
			starts, _, _ := cayleyScan(t)
			p.errAt = lead + starts[r]
			p.errMsg = fmt.Sprintf("the %s holds a NUL character (\\u0000); kg load --lenient accepts it", role(r))
			return quad.Quad{}, false, false
		}
	}
	if err == nil {
		if q.IsValid() {
			return q, false, true
		}
		starts, _, _ := cayleyScan(t)
		for r, v := range [...]quad.Value{q.Subject, q.Predicate, q.Object} {
			if !quad.IsValidValue(v) {
				p.errAt = lead + starts[r]
				p.errMsg = fmt.Sprintf("empty IRI <> cannot be the %s", role(r))
				return quad.Quad{}, false, false
			}
		}
	}
	at, msg := cayleyExplain(t, err)
	p.errAt, p.errMsg = lead+at, msg
	return quad.Quad{}, false, false
}

// badText finds the first byte of t that is not UTF-8 or is NUL, which
// Cayley's parser would take silently (turning the one into U+FFFD), and
// says what it is; msg is "" when there is none.
func badText(t []byte) (at int, msg string) {
	for at < len(t) {
		if c := t[at]; c != 0 && c < utf8.RuneSelf {
			at++ // ASCII, nearly every byte: no decoding
			continue
		}
		r, n := utf8.DecodeRune(t[at:])
		switch {
		case r == utf8.RuneError && n == 1:
			return at, fmt.Sprintf("byte 0x%02X is not UTF-8; kg load --lenient reads it as U+FFFD", t[at])
		case r == 0:
			return at, "NUL byte; kg load --lenient accepts it"
		}
		at += n
	}
	return 0, ""
}

// nulTerm returns the index (subject 0 .. label 3) of the first term of q
// holding a NUL character, written as an escape, or -1.
func nulTerm(q quad.Quad) int {
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil && strings.ContainsRune(quad.StringOf(v), 0) {
			return i
		}
	}
	return -1
}

// parseCayley calls Cayley's parser, turning its panics (it panics on some
// escapes, such as \UFFFFFFFF) into errors.
func parseCayley(s string) (q quad.Quad, err error) {
	defer func() {
		if r := recover(); r != nil {
			q, err = quad.Quad{}, fmt.Errorf("%w: cayley parser panicked: %v", quad.ErrInvalid, r)
		}
	}()
	return cnquads.Parse(s)
}

// cayleyExplain says where and why Cayley's parser rejected the trimmed
// line t with err. It prefers its own reading of the grammar, which names
// the problem, and falls back on the position Cayley reports.
func cayleyExplain(t []byte, err error) (int, string) {
	if _, at, msg := cayleyScan(t); msg != "" {
		return at, msg
	}
	if errors.Is(err, quad.ErrIncomplete) {
		return len(t), "incomplete statement"
	}
	// Cayley's message ends in " at N", N counting runes of t.
	s := err.Error()
	if i := strings.LastIndex(s, " at "); i >= 0 {
		if n, convErr := strconv.Atoi(s[i+len(" at "):]); convErr == nil {
			off := 0
			for ; n > 0 && off < len(t); n-- {
				_, size := utf8.DecodeRune(t[off:])
				off += size
			}
			return off, fmt.Sprintf("unexpected %s", describe(t, off))
		}
	}
	return 0, "invalid statement"
}

// cayleyScan walks the trimmed line b with the rules of Cayley's typed
// N-Quads grammar (statement := subject, predicate, object and an optional
// label, separated by spaces or tabs, then '.' and an optional comment; a
// term is a "quoted" literal with optional @lang or ^^<type>, or a bare
// word such as <iri>, _:node or abc). It returns where each term starts
// and, if it finds a problem, its offset and description (msg is empty
// when it finds none). It serves messages only: Cayley's parser decides.
func cayleyScan(b []byte) (starts [4]int, at int, msg string) {
	pos := 0
	for k := 0; ; k++ {
		ws := pos
		for pos < len(b) && isWS(b[pos]) {
			pos++
		}
		ws = pos - ws
		if pos == len(b) {
			if k < 3 {
				msg := fmt.Sprintf("missing %s: the statement ends early", role(k))
				if k > 0 && glued(b[starts[k-1]:pos]) {
					msg += " (in Cayley's dialect terms must be separated by spaces)"
				}
				return starts, pos, msg
			}
			return starts, pos, "missing '.' at end of statement"
		}
		c := b[pos]
		if c == '.' && (pos+1 == len(b) || isWS(b[pos+1]) || b[pos+1] == '#') {
			if k < 3 {
				msg := fmt.Sprintf("missing %s before '.'", role(k))
				if k > 0 && glued(b[starts[k-1]:pos]) {
					msg += " (in Cayley's dialect terms must be separated by spaces)"
				}
				return starts, pos, msg
			}
			break
		}
		if k == 4 {
			return starts, pos, "too many terms: a statement has at most four (subject, predicate, object, graph label)"
		}
		if c == '#' {
			if k < 3 {
				return starts, pos, fmt.Sprintf("missing %s before comment", role(k))
			}
			return starts, pos, "missing '.' before comment"
		}
		if k > 0 && ws == 0 {
			return starts, pos, fmt.Sprintf("unexpected %s: terms must be separated by spaces", describe(b, pos))
		}
		starts[k] = pos
		var end int
		if c == '"' {
			end, at, msg = cayleyQuoted(b, pos)
		} else {
			end, at, msg = cayleyWord(b, pos)
		}
		if msg != "" {
			return starts, at, msg
		}
		pos = end
	}
	pos++ // the '.'
	for pos < len(b) && isWS(b[pos]) {
		pos++
	}
	if pos < len(b) && b[pos] != '#' {
		return starts, pos, fmt.Sprintf("unexpected %s after '.': only one statement per line", describe(b, pos))
	}
	return starts, 0, ""
}

// glued reports whether the bare word w looks like several terms written
// without spaces between them, such as <a><b> or <a>"b".
func glued(w []byte) bool {
	if len(w) == 0 || w[0] != '<' {
		return false
	}
	i := bytes.IndexByte(w, '>')
	return i >= 0 && i+1 < len(bytes.TrimRight(w, ". \t"))
}

// cayleyWord checks the bare word at b[pos] and returns where it ends. A
// final '.' is left out of the word: Cayley reads it as the statement's end.
func cayleyWord(b []byte, pos int) (end, at int, msg string) {
	j := pos
	for j < len(b) && !isWS(b[j]) {
		c := b[j]
		switch {
		case c == '\\':
			n, at, msg := cayleyEscape(b, j, false)
			if msg != "" {
				return 0, at, msg
			}
			j += n
			continue
		case c == '"':
			return 0, j, fmt.Sprintf(`unexpected '"' inside %q: a string literal must start with '"'`, word(b, pos))
		case c < 0x21 || c == 0x7F:
			return 0, j, fmt.Sprintf("%s not allowed in a term", describe(b, j))
		}
		j++
	}
	if b[j-1] == '.' {
		j--
		if j > pos && b[j-1] == '.' {
			return 0, j - 1, fmt.Sprintf("a term cannot end with '.': %q", word(b, pos))
		}
	}
	if string(b[pos:j]) == "_:" {
		return 0, pos, "empty blank node label"
	}
	return j, 0, ""
}

// cayleyQuoted checks the quoted literal at b[pos] with its optional
// language tag or datatype and returns where it ends.
func cayleyQuoted(b []byte, pos int) (end, at int, msg string) {
	j := pos + 1
	for {
		if j == len(b) {
			return 0, pos, `unterminated string literal: missing closing '"'`
		}
		c := b[j]
		if c == '"' {
			break
		}
		switch c {
		case '\\':
			n, at, msg := cayleyEscape(b, j, false)
			if msg != "" {
				return 0, at, msg
			}
			j += n
			continue
		case '\r':
			return 0, j, `carriage return in string literal: write it as \r`
		}
		j++
	}
	j++
	if j < len(b) {
		switch b[j] {
		case '@':
			k := j + 1
			for k < len(b) && isLetter(b[k]) {
				k++
			}
			if k == j+1 {
				return 0, j, fmt.Sprintf("invalid language tag %s: it must start with a letter", word(b, j))
			}
			for k < len(b) && b[k] == '-' {
				m := k + 1
				for m < len(b) && (isLetter(b[m]) || isDigit(b[m])) {
					m++
				}
				if m == k+1 {
					return 0, j, fmt.Sprintf("invalid language tag %s: empty subtag after '-'", word(b, j))
				}
				k = m
			}
			j = k
		case '^':
			if j+2 >= len(b) || b[j+1] != '^' || b[j+2] != '<' {
				return 0, j, "expected ^^<datatype IRI> after literal"
			}
			k := j + 3
			for ; k < len(b) && b[k] != '>'; k++ {
				c := b[k]
				if c == '\\' {
					n, at, msg := cayleyEscape(b, k, true)
					if msg != "" {
						return 0, at, msg
					}
					k += n - 1
					continue
				}
				if !isIRIByte(c) || c == 0x7F {
					if c == ' ' {
						return 0, k, "space not allowed in datatype IRI"
					}
					return 0, k, fmt.Sprintf("%s not allowed in datatype IRI", describe(b, k))
				}
			}
			if k == len(b) {
				return 0, j + 2, "unterminated datatype IRI: missing '>'"
			}
			j = k + 1
		}
	}
	if j < len(b) && !isWS(b[j]) && b[j] != '.' {
		return 0, j, fmt.Sprintf("unexpected %s after literal: terms must be separated by spaces", describe(b, j))
	}
	return j, 0, ""
}

// cayleyEscape checks the escape at b[i] ('\\') and returns its length.
// Inside an IRI (iri) only UCHAR escapes are allowed.
func cayleyEscape(b []byte, i int, iri bool) (n, at int, msg string) {
	if i+1 < len(b) {
		switch b[i+1] {
		case 't', 'b', 'n', 'r', 'f', '"', '\'', '\\':
			if !iri {
				return 2, 0, ""
			}
		case 'u', 'U':
			digits := 4
			if b[i+1] == 'U' {
				digits = 8
			}
			var v uint64
			for k := i + 2; k < i+2+digits; k++ {
				if k >= len(b) || !isHex(b[k]) {
					end := min(len(b), i+2+digits)
					return 0, i, fmt.Sprintf(`invalid escape %s: \%c needs %d hex digits`, b[i:end], b[i+1], digits)
				}
				v = v<<4 | uint64(hexVal(b[k]))
			}
			if v > 0x7FFFFFFF {
				return 0, i, fmt.Sprintf("escape %s is not a Unicode character", b[i:i+2+digits])
			}
			return 2 + digits, 0, ""
		}
	}
	return 0, i, fmt.Sprintf(`invalid escape %s`, escText(b, i))
}
