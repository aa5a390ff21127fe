package gizmo

import "strings"

// Completeness says whether a piece of Gizmo source typed into a console is
// ready to run.
type Completeness int

// Results of CheckInput.
const (
	// InputBlank: nothing but white space and complete comments.
	InputBlank Completeness = iota
	// InputIncomplete: a bracket, parenthesis, brace, template literal,
	// block comment or line-continued string is still open, or the source
	// ends in an operator such as "." or ",", so a console should read
	// another line.
	InputIncomplete
	// InputComplete: ready to run (it may still be a syntax error, which
	// running it reports).
	InputComplete
)

// CheckInput reports whether src is blank, unfinished or ready to run. It
// understands JavaScript strings, template literals (with nested ${...}),
// regular expression literals and comments well enough that brackets inside
// them do not count. Input with an error no further line can fix, such as
// a '...' or "..." string that a line break ends or a mismatched bracket,
// is complete: running it reports the error rather than the console
// waiting for more.
//
// CheckInput does not look ahead: a query written with each step on its
// own line starting with a dot is complete after its first line. A reader
// that can see the next line may go on when it starts with "."; a person
// typing ends lines with the dot instead, or wraps the query in
// parentheses.
func CheckInput(src string) Completeness {
	sc := scan(src)
	switch {
	case sc.broken:
		return InputComplete
	case sc.open():
		return InputIncomplete
	case sc.last.kind == tokNone:
		return InputBlank
	case sc.last.kind == tokPunct && continues(sc.last.text):
		return InputIncomplete
	}
	return InputComplete
}

// continues reports whether a query ending in the punctuator p must go on.
func continues(p string) bool {
	switch p {
	case ")", "]", "}", ";", "++", "--":
		return false
	}
	return true
}

type tokKind int

const (
	tokNone   tokKind = iota
	tokWord           // identifier, keyword or number
	tokPunct          // operator or bracket
	tokString         // string, template or regular expression literal
)

type token struct {
	kind tokKind
	text string // words and punctuators only
}

// literal is the position of a complete string literal, or of a template
// literal without substitutions, quotes included: src[start:end].
type literal struct {
	start, end int
}

// frame is an open bracket; '`' is a template literal, '$' a ${...} inside
// one.
type frame struct {
	kind  byte
	start int  // position of the opening character
	subst bool // template literal that has a ${...}
}

type scanner struct {
	src      string
	pos      int
	stack    []frame
	last     token
	literals []literal

	inComment bool // an unterminated /* comment
	inString  bool // an unterminated '...' or "..." string
	broken    bool // a syntax error no more input can fix
}

func (s *scanner) open() bool {
	return len(s.stack) > 0 || s.inComment || s.inString
}

// scan tokenizes src as far as needed to find open brackets, the last token
// and the string literals.
func scan(src string) *scanner {
	s := &scanner{src: src}
	if strings.HasPrefix(src, "#!") { // a hashbang line is a comment
		if i := strings.IndexAny(src, "\n\r"); i >= 0 {
			s.pos = i
		} else {
			s.pos = len(src)
		}
	}
	for s.pos < len(s.src) {
		if n := len(s.stack); n > 0 && s.stack[n-1].kind == '`' {
			s.template()
			continue
		}
		s.code()
	}
	return s
}

// code scans one token (or white space or a comment) outside templates.
func (s *scanner) code() {
	c := s.src[s.pos]
	switch {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
		s.pos++
	case c == '/' && s.peek(1) == '/':
		if i := strings.IndexAny(s.src[s.pos:], "\n\r"); i >= 0 {
			s.pos += i
		} else {
			s.pos = len(s.src)
		}
	case c == '/' && s.peek(1) == '*':
		if i := strings.Index(s.src[s.pos+2:], "*/"); i >= 0 {
			s.pos += 2 + i + 2
		} else {
			s.pos = len(s.src)
			s.inComment = true
		}
	case c == '\'' || c == '"':
		s.quoted(c)
	case c == '`':
		s.stack = append(s.stack, frame{kind: '`', start: s.pos})
		s.pos++
	case c == '/' && s.regexAllowed():
		s.regex()
	case isWordByte(c):
		start := s.pos
		for s.pos < len(s.src) && (isWordByte(s.src[s.pos]) || s.src[s.pos] == '.' && isDigit(s.src[start])) {
			s.pos++
		}
		s.last = token{kind: tokWord, text: s.src[start:s.pos]}
	case c == '(' || c == '[' || c == '{':
		s.stack = append(s.stack, frame{kind: c, start: s.pos})
		s.pos++
		s.last = token{kind: tokPunct, text: string(c)}
	case c == ')' || c == ']' || c == '}':
		s.close(c)
		s.pos++
		s.last = token{kind: tokPunct, text: string(c)}
	default:
		s.punct()
	}
}

// close pops the bracket that c closes. A mismatched closer is a syntax
// error that running the query will report.
func (s *scanner) close(c byte) {
	n := len(s.stack)
	if n == 0 {
		return
	}
	want := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
	top := s.stack[n-1].kind
	switch {
	case top == want:
		s.stack = s.stack[:n-1]
	case c == '}' && top == '$':
		s.stack = s.stack[:n-1] // back inside the template literal
	default:
		s.broken = true
	}
}

// punct scans an operator, longest match first.
func (s *scanner) punct() {
	ops := []string{">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
		"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
		"&=", "|=", "^=", "**", "<<", ">>"}
	rest := s.src[s.pos:]
	for _, op := range ops {
		if strings.HasPrefix(rest, op) {
			s.pos += len(op)
			s.last = token{kind: tokPunct, text: op}
			return
		}
	}
	s.pos++
	s.last = token{kind: tokPunct, text: rest[:1]}
}

// quoted scans a '...' or "..." string starting at s.pos.
func (s *scanner) quoted(q byte) {
	start := s.pos
	s.pos++
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; c {
		case '\\':
			s.pos += 2
			if s.pos-1 < len(s.src) && s.src[s.pos-1] == '\r' && s.peek(0) == '\n' {
				s.pos++
			}
		case '\n', '\r':
			// unterminated: a syntax error that running reports
			s.broken = true
			s.last = token{kind: tokString}
			return
		case q:
			s.pos++
			s.literals = append(s.literals, literal{start: start, end: s.pos})
			s.last = token{kind: tokString}
			return
		default:
			s.pos++
		}
	}
	s.pos = len(s.src)
	s.inString = true
	s.last = token{kind: tokString}
}

// template scans inside a template literal up to its end or a ${.
func (s *scanner) template() {
	n := len(s.stack)
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; {
		case c == '\\':
			s.pos += 2
		case c == '`':
			f := s.stack[n-1]
			s.stack = s.stack[:n-1]
			s.pos++
			if !f.subst {
				s.literals = append(s.literals, literal{start: f.start, end: s.pos})
			}
			s.last = token{kind: tokString}
			return
		case c == '$' && s.peek(1) == '{':
			s.stack[n-1].subst = true
			s.stack = append(s.stack, frame{kind: '$', start: s.pos})
			s.pos += 2
			s.last = token{kind: tokPunct, text: "${"}
			return
		default:
			s.pos++
		}
	}
	s.pos = len(s.src)
}

// regex scans a regular expression literal. A line break ends it (a
// syntax error in JavaScript).
func (s *scanner) regex() {
	s.pos++
	inClass := false
loop:
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; {
		case c == '\n' || c == '\r':
			s.broken = true
			break loop
		case c == '\\':
			s.pos += 2
		case c == '[':
			inClass = true
			s.pos++
		case c == ']':
			inClass = false
			s.pos++
		case c == '/' && !inClass:
			s.pos++
			for s.pos < len(s.src) && isWordByte(s.src[s.pos]) {
				s.pos++ // flags
			}
			break loop
		default:
			s.pos++
		}
	}
	if s.pos > len(s.src) {
		s.pos = len(s.src)
	}
	s.last = token{kind: tokString}
}

// regexAllowed reports whether a slash at s.pos starts a regular
// expression rather than a division, judging by the token before it.
func (s *scanner) regexAllowed() bool {
	switch s.last.kind {
	case tokNone:
		return true
	case tokString:
		return false
	case tokWord:
		switch s.last.text {
		case "return", "typeof", "instanceof", "in", "of", "new", "delete", "void",
			"throw", "case", "do", "else", "yield", "await":
			return true
		}
		return false
	}
	switch s.last.text {
	case ")", "]", "++", "--":
		return false
	}
	return true
}

func (s *scanner) peek(off int) byte {
	if i := s.pos + off; i < len(s.src) {
		return s.src[i]
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports whether c can be part of an identifier or number;
// every byte of a multi-byte UTF-8 character counts.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == '$' || c >= 0x80
}
