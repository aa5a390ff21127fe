package nquads

import (
	"fmt"
	"unicode/utf8"
)

// This file holds the character classes of the N-Quads grammar and helpers
// that describe input in error messages.

// isWS reports whether c is N-Quads white space (space or tab).
func isWS(c byte) bool { return c == ' ' || c == '\t' }

// isIRIByte reports whether the ASCII byte c may appear unescaped in an
// IRIREF: anything above U+0020 except <>"{}|^`\.
func isIRIByte(c byte) bool {
	if c <= 0x20 {
		return false
	}
	switch c {
	case '<', '>', '"', '{', '}', '|', '^', '`', '\\':
		return false
	}
	return true
}

// isIRIRune reports whether r may stand in an IRI, escaped or not.
func isIRIRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isIRIByte(byte(r))
	}
	return true
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isHex reports whether c is a hexadecimal digit.
func isHex(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// hexVal returns the value of the hexadecimal digit c.
func hexVal(c byte) rune {
	switch {
	case isDigit(c):
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	}
	return rune(c-'A') + 10
}

// isPNCharsBase reports whether r is in PN_CHARS_BASE.
func isPNCharsBase(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetter(byte(r))
	}
	switch {
	case 0xC0 <= r && r <= 0xD6, 0xD8 <= r && r <= 0xF6, 0xF8 <= r && r <= 0x2FF,
		0x370 <= r && r <= 0x37D, 0x37F <= r && r <= 0x1FFF, 0x200C <= r && r <= 0x200D,
		0x2070 <= r && r <= 0x218F, 0x2C00 <= r && r <= 0x2FEF, 0x3001 <= r && r <= 0xD7FF,
		0xF900 <= r && r <= 0xFDCF, 0xFDF0 <= r && r <= 0xFFFD, 0x10000 <= r && r <= 0xEFFFF:
		return true
	}
	return false
}

// isPNCharsU reports whether r is in PN_CHARS_U, which since the RDF 1.1
// errata no longer includes ':'.
func isPNCharsU(r rune) bool { return r == '_' || isPNCharsBase(r) }

// isPNChars reports whether r is in PN_CHARS.
func isPNChars(r rune) bool {
	switch {
	case r == '-', '0' <= r && r <= '9', r == 0xB7,
		0x300 <= r && r <= 0x36F, 0x203F <= r && r <= 0x2040:
		return true
	}
	return isPNCharsU(r)
}

// isAbsoluteIRI reports whether s starts with a scheme (RFC 3987: a letter,
// then letters, digits, '+', '-' or '.', then ':').
func isAbsoluteIRI[S string | []byte](s S) bool {
	if len(s) == 0 || !isLetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ':':
			return true
		case isLetter(c), isDigit(c), c == '+', c == '-', c == '.':
		default:
			return false
		}
	}
	return false
}

// maxShown is how many bytes of a term an error message quotes.
const maxShown = 40

// clip shortens s for an error message.
func clip(s string) string {
	if len(s) <= maxShown {
		return s
	}
	// Cut on a rune boundary.
	n := maxShown
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

// describe names the input at b[i] for an error message: a quoted
// character, a code point, an invalid byte or the end of the line.
func describe(b []byte, i int) string {
	if i >= len(b) {
		return "end of line"
	}
	c := b[i]
	if c < utf8.RuneSelf {
		switch {
		case c == ' ':
			return "space"
		case c == '\t':
			return "tab"
		case c < 0x20 || c == 0x7F:
			return fmt.Sprintf("control character U+%04X", c)
		}
		return fmt.Sprintf("%q", rune(c))
	}
	r, n := utf8.DecodeRune(b[i:])
	if r == utf8.RuneError && n == 1 {
		return fmt.Sprintf("invalid UTF-8 byte 0x%02X", c)
	}
	return fmt.Sprintf("%q (U+%04X)", r, r)
}

// word returns the run of bytes at b[i] up to white space, clipped, for
// quoting in an error message.
func word(b []byte, i int) string {
	j := i
	for j < len(b) && !isWS(b[j]) {
		j++
	}
	return clip(string(b[i:j]))
}
