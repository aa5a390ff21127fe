package nquads

import (
	"fmt"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// role is the position of a term in a statement.
type role int

const (
	roleSubject role = iota
	rolePredicate
	roleObject
	roleLabel
)

// String names the role for error messages.
func (r role) String() string {
	switch r {
	case roleSubject:
		return "subject"
	case rolePredicate:
		return "predicate"
	case roleObject:
		return "object"
	}
	return "graph label"
}

// expected says what may stand in role r, for error messages.
func (r role) expected() string {
	switch r {
	case roleSubject:
		return "an IRI <...> or a blank node _:label"
	case rolePredicate:
		return "an IRI <...>"
	case roleObject:
		return `an IRI <...>, a blank node _:label or a literal "..."`
	}
	return "a graph label or '.'"
}

// strictParser parses statements of the W3C RDF 1.1 N-Quads grammar. It
// works on one logical line at a time, already cut at CR and LF, so no
// terminal can run past it. It scans bytes and allocates only the strings
// of the values it returns (and messages on error).
type strictParser struct {
	b   []byte // the line
	pos int    // next byte to read
	buf []byte // scratch space for unescaping, reused between lines

	errAt  int    // byte offset in b of the problem
	errMsg string // what is wrong
}

// fail records a syntax error at byte offset at and returns false.
func (p *strictParser) fail(at int, format string, args ...any) bool {
	p.errAt = at
	p.errMsg = fmt.Sprintf(format, args...)
	return false
}

// skipWS advances over spaces and tabs.
func (p *strictParser) skipWS() {
	for p.pos < len(p.b) && isWS(p.b[p.pos]) {
		p.pos++
	}
}

// parse parses line b. It reports empty for a line holding only white space
// or a comment, and ok=false with errAt and errMsg set for a syntax error.
func (p *strictParser) parse(b []byte) (q quad.Quad, empty, ok bool) {
	p.b, p.pos, p.errMsg = b, 0, ""
	p.skipWS()
	if p.pos == len(b) || b[p.pos] == '#' {
		return q, true, p.comment()
	}
	if q.Subject, ok = p.term(roleSubject); !ok {
		return q, false, false
	}
	p.skipWS()
	if q.Predicate, ok = p.term(rolePredicate); !ok {
		return q, false, false
	}
	p.skipWS()
	if q.Object, ok = p.term(roleObject); !ok {
		return q, false, false
	}
	p.skipWS()
	if p.pos < len(b) && b[p.pos] != '.' {
		switch b[p.pos] {
		case '<', '_', '"':
			if q.Label, ok = p.term(roleLabel); !ok {
				return q, false, false
			}
			p.skipWS()
		}
	}
	if p.pos == len(b) {
		return q, false, p.fail(p.pos, "missing '.' at end of statement")
	}
	switch c := b[p.pos]; c {
	case '.':
	case '<', '_', '"':
		return q, false, p.fail(p.pos, "too many terms: a statement has at most four (subject, predicate, object, graph label)")
	default:
		return q, false, p.endExpected()
	}
	p.pos++
	p.skipWS()
	if p.pos < len(b) && b[p.pos] != '#' {
		return q, false, p.fail(p.pos, "unexpected %s after '.': only one statement per line", describe(b, p.pos))
	}
	return q, false, p.comment()
}

// comment checks the rest of the line, which is empty or a comment.
func (p *strictParser) comment() bool {
	rest := p.b[p.pos:]
	if utf8.Valid(rest) {
		return true
	}
	for i := 0; i < len(rest); {
		r, n := utf8.DecodeRune(rest[i:])
		if r == utf8.RuneError && n == 1 {
			return p.fail(p.pos+i, "invalid UTF-8 byte 0x%02X in comment", rest[i])
		}
		i += n
	}
	return true // not reached: utf8.Valid found an invalid byte
}

// endExpected reports what was found where '.' or a graph label should be.
func (p *strictParser) endExpected() bool {
	switch c := p.b[p.pos]; c {
	case ',':
		return p.fail(p.pos, "unexpected ',': N-Quads has no object lists, write one statement per line")
	case ';':
		return p.fail(p.pos, "unexpected ';': N-Quads has no predicate lists, write one statement per line")
	case '#':
		return p.fail(p.pos, "missing '.' before comment")
	}
	return p.fail(p.pos, "unexpected %s: expected a graph label or '.' to end the statement", describe(p.b, p.pos))
}

// term parses the term in role r at p.pos.
func (p *strictParser) term(r role) (quad.Value, bool) {
	b := p.b
	if p.pos == len(b) {
		return nil, p.fail(p.pos, "missing %s: the statement ends early", r)
	}
	switch b[p.pos] {
	case '<':
		iri, ok := p.iriRef()
		if !ok {
			return nil, false
		}
		return iri, true
	case '_':
		if r == rolePredicate {
			return nil, p.fail(p.pos, "a blank node cannot be a predicate")
		}
		return p.bnode()
	case '"':
		if len(b)-p.pos >= 3 && b[p.pos+1] == '"' && b[p.pos+2] == '"' {
			return nil, p.fail(p.pos, `triple-quoted string literals (""") are Turtle, not N-Quads`)
		}
		if r != roleObject {
			return nil, p.fail(p.pos, "a literal cannot be a %s", r)
		}
		return p.literal()
	}
	return nil, p.unexpected(r)
}

// unexpected reports the byte at p.pos, which cannot start a term in role r.
func (p *strictParser) unexpected(r role) bool {
	b, at := p.b, p.pos
	c := b[at]
	switch {
	case c == '.' || c == '#':
		return p.fail(at, "missing %s before %s", r, describe(b, at))
	case c == '\'':
		return p.fail(at, `single-quoted string literals are not N-Quads: use double quotes "..."`)
	case c == '@' && r == roleSubject:
		w := word(b, at)
		if w == "@prefix" || w == "@base" {
			return p.fail(at, "%s is a Turtle directive, not N-Quads", w)
		}
	case r == roleObject && isNumberStart(b, at):
		w := word(b, at)
		return p.fail(at, `bare number %s is not allowed: write it as a typed literal such as "%s"^^<%s>`,
			w, w, numberType(w))
	case c == ',' || c == ';':
		return p.fail(at, "unexpected %s: N-Quads has no abbreviations, write one statement per line", describe(b, at))
	}
	if isLetter(c) || isDigit(c) {
		return p.fail(at, "unexpected %q: expected %s", word(b, at), r.expected())
	}
	return p.fail(at, "unexpected %s: expected %s", describe(b, at), r.expected())
}

// isNumberStart reports whether b[i:] starts like a Turtle number.
func isNumberStart(b []byte, i int) bool {
	if i < len(b) && (b[i] == '+' || b[i] == '-') {
		i++
	}
	if i < len(b) && b[i] == '.' {
		i++
	}
	return i < len(b) && isDigit(b[i])
}

// numberType suggests an XSD datatype for the bare number w.
func numberType(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] == 'e' || w[i] == 'E' {
			return "http://www.w3.org/2001/XMLSchema#double"
		}
	}
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return "http://www.w3.org/2001/XMLSchema#decimal"
		}
	}
	return "http://www.w3.org/2001/XMLSchema#integer"
}

// iriRef parses an absolute IRIREF at p.pos, which holds '<', and returns
// it with its escapes decoded.
func (p *strictParser) iriRef() (quad.IRI, bool) {
	b := p.b
	start := p.pos
	esc := false
	i := start + 1
	for i < len(b) {
		c := b[i]
		if c == '>' {
			break
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				return "", p.fail(i, "invalid UTF-8 byte 0x%02X in IRI", c)
			}
			i += n
			continue
		}
		if c == '\\' {
			n, ok := p.iriEscape(i)
			if !ok {
				return "", false
			}
			esc = true
			i += n
			continue
		}
		if !isIRIByte(c) {
			return "", p.badIRIByte(start, i)
		}
		i++
	}
	if i == len(b) {
		return "", p.fail(start, "unterminated IRI: missing '>'")
	}
	raw := b[start+1 : i]
	p.pos = i + 1
	var s string
	if esc {
		s = p.unescape(raw)
	} else {
		if !isAbsoluteIRI(raw) {
			return "", p.fail(start, "relative IRI <%s> not allowed in strict mode", clip(string(raw)))
		}
		return quad.IRI(raw), true
	}
	if !isAbsoluteIRI(s) {
		return "", p.fail(start, "relative IRI <%s> not allowed in strict mode", clip(s))
	}
	return quad.IRI(s), true
}

// badIRIByte reports the byte at b[i], which may not appear in the IRI
// starting at b[start].
func (p *strictParser) badIRIByte(start, i int) bool {
	b := p.b
	closed := false
	for j := i; j < len(b); j++ {
		if b[j] == '>' {
			closed = true
			break
		}
	}
	switch {
	case !closed:
		return p.fail(start, "unterminated IRI: missing '>'")
	case b[i] == ' ':
		return p.fail(i, "space not allowed in IRI: percent-encode it as %%20")
	}
	return p.fail(i, "%s not allowed in IRI", describe(b, i))
}

// iriEscape checks the escape at b[i] ('\\') inside an IRI and returns its
// length. Only UCHAR escapes are allowed there, and only for characters
// that IRIs may contain.
func (p *strictParser) iriEscape(i int) (int, bool) {
	b := p.b
	if i+1 < len(b) && (b[i+1] == 'u' || b[i+1] == 'U') {
		r, n, ok := p.uchar(i)
		if !ok {
			return 0, false
		}
		if !isIRIRune(r) {
			return 0, p.fail(i, "escape %s stands for %s, which IRIs cannot contain", b[i:i+n], describe([]byte(string(r)), 0))
		}
		return n, true
	}
	return 0, p.fail(i, `invalid escape %s in IRI: only \uXXXX and \UXXXXXXXX are allowed`, escText(b, i))
}

// escText returns the escape sequence at b[i] for an error message.
func escText(b []byte, i int) string {
	if i+1 >= len(b) {
		return `\`
	}
	_, n := utf8.DecodeRune(b[i+1:])
	return string(b[i : i+1+n])
}

// uchar decodes the UCHAR escape (\uXXXX or \UXXXXXXXX) at b[i] and returns
// the code point and the escape's length.
func (p *strictParser) uchar(i int) (rune, int, bool) {
	b := p.b
	digits := 4
	if b[i+1] == 'U' {
		digits = 8
	}
	n := 2 + digits
	var r rune
	for k := i + 2; k < i+n; k++ {
		if k >= len(b) || !isHex(b[k]) {
			end := min(len(b), i+n)
			return 0, 0, p.fail(i, `invalid escape %s: \%c needs %d hex digits`, b[i:end], b[i+1], digits)
		}
		r = r<<4 | hexVal(b[k])
	}
	if r > utf8.MaxRune || 0xD800 <= r && r <= 0xDFFF {
		return 0, 0, p.fail(i, "escape %s is not a Unicode character", b[i:i+n])
	}
	return r, n, true
}

// unescape decodes the ECHAR and UCHAR escapes in raw, which were already
// checked.
func (p *strictParser) unescape(raw []byte) string {
	buf := p.buf[:0]
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			buf = append(buf, c)
			i++
			continue
		}
		switch c = raw[i+1]; c {
		case 'u', 'U':
			digits := 4
			if c == 'U' {
				digits = 8
			}
			var r rune
			for _, h := range raw[i+2 : i+2+digits] {
				r = r<<4 | hexVal(h)
			}
			buf = utf8.AppendRune(buf, r)
			i += 2 + digits
			continue
		case 't':
			c = '\t'
		case 'b':
			c = '\b'
		case 'n':
			c = '\n'
		case 'r':
			c = '\r'
		case 'f':
			c = '\f'
		}
		buf = append(buf, c) // '"', '\'' and '\\' stand for themselves
		i += 2
	}
	p.buf = buf
	return string(buf)
}

// bnode parses a BLANK_NODE_LABEL at p.pos, which holds '_'.
func (p *strictParser) bnode() (quad.Value, bool) {
	b := p.b
	start := p.pos
	if start+1 >= len(b) || b[start+1] != ':' {
		return nil, p.fail(start, "expected ':' after '_': blank nodes are written _:label")
	}
	i := start + 2
	r, n := decodeRune(b, i)
	switch {
	case n == 0 || isWS(b[i]):
		return nil, p.fail(start, "empty blank node label")
	case r == ':':
		return nil, p.fail(i, "':' not allowed in a blank node label")
	case r == utf8.RuneError && n == 1:
		return nil, p.fail(i, "invalid UTF-8 byte 0x%02X in blank node label", b[i])
	case !isPNCharsU(r) && !('0' <= r && r <= '9'):
		return nil, p.fail(i, "a blank node label cannot start with %s", describe(b, i))
	}
	i += n
	end := i
	for i < len(b) {
		r, n := decodeRune(b, i)
		if r == '.' {
			i++
			continue
		}
		if r == utf8.RuneError && n == 1 {
			return nil, p.fail(i, "invalid UTF-8 byte 0x%02X in blank node label", b[i])
		}
		if !isPNChars(r) {
			break
		}
		i += n
		end = i
	}
	if end < len(b) && b[end] == ':' {
		return nil, p.fail(end, "':' not allowed in a blank node label")
	}
	p.pos = end
	return quad.BNode(b[start+2 : end]), true
}

// decodeRune decodes the rune at b[i], returning size 0 at the end of b.
func decodeRune(b []byte, i int) (rune, int) {
	if i >= len(b) {
		return 0, 0
	}
	if c := b[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(b[i:])
}

// literal parses a literal at p.pos, which holds '"': a quoted string with
// an optional language tag or datatype. Like Cayley's parser it turns
// literals of the datatypes Cayley knows (xsd:integer, xsd:boolean, ...)
// into native values (quad.Int, quad.Bool, ...) when their text parses.
func (p *strictParser) literal() (quad.Value, bool) {
	b := p.b
	start := p.pos
	esc := false
	i := start + 1
	for {
		if i == len(b) {
			return nil, p.fail(start, `unterminated string literal: missing closing '"'`)
		}
		c := b[i]
		if c == '"' {
			break
		}
		if c == '\\' {
			n, ok := p.stringEscape(i)
			if !ok {
				return nil, false
			}
			esc = true
			i += n
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				return nil, p.fail(i, "invalid UTF-8 byte 0x%02X in string literal", c)
			}
			i += n
			continue
		}
		i++
	}
	raw := b[start+1 : i]
	i++
	var val string
	if esc {
		val = p.unescape(raw)
	} else {
		val = string(raw)
	}
	p.pos = i
	if i == len(b) {
		return quad.String(val), true
	}
	switch b[i] {
	case '@':
		tag, ok := p.langTag()
		if !ok {
			return nil, false
		}
		return quad.LangString{Value: quad.String(val), Lang: tag}, true
	case '^':
		if i+2 >= len(b) || b[i+1] != '^' || b[i+2] != '<' {
			return nil, p.fail(i, "expected ^^<datatype IRI> after literal")
		}
		p.pos = i + 2
		dt, ok := p.iriRef()
		if !ok {
			return nil, false
		}
		ts := quad.TypedString{Value: quad.String(val), Type: dt}
		if v, err := ts.ParseValue(); err == nil {
			return v, true
		}
		return ts, true
	}
	return quad.String(val), true
}

// stringEscape checks the escape at b[i] ('\\') inside a string literal
// and returns its length.
func (p *strictParser) stringEscape(i int) (int, bool) {
	b := p.b
	if i+1 == len(b) {
		return 0, p.fail(i, `unterminated string literal: missing closing '"'`)
	}
	switch b[i+1] {
	case 't', 'b', 'n', 'r', 'f', '"', '\'', '\\':
		return 2, true
	case 'u', 'U':
		_, n, ok := p.uchar(i)
		return n, ok
	}
	return 0, p.fail(i, `invalid escape %s in string literal: use one of \t \b \n \r \f \" \' \\ \uXXXX \UXXXXXXXX`, escText(b, i))
}

// langTag parses a LANGTAG at p.pos, which holds '@', and returns it
// without the '@'.
func (p *strictParser) langTag() (string, bool) {
	b := p.b
	start := p.pos
	i := start + 1
	for i < len(b) && isLetter(b[i]) {
		i++
	}
	if i == start+1 {
		return "", p.fail(start, "invalid language tag %s: it must start with a letter", word(b, start))
	}
	for i < len(b) && b[i] == '-' {
		j := i + 1
		for j < len(b) && (isLetter(b[j]) || isDigit(b[j])) {
			j++
		}
		if j == i+1 {
			return "", p.fail(start, "invalid language tag %s: empty subtag after '-'", word(b, start))
		}
		i = j
	}
	if i < len(b) && b[i] == '_' && (i+1 == len(b) || b[i+1] != ':') {
		return "", p.fail(start, "invalid language tag %s: subtags are separated by '-'", word(b, start))
	}
	p.pos = i
	return string(b[start+1 : i]), true
}
