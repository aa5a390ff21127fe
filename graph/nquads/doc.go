// Package nquads reads and validates N-Quads files for kg load.
//
// It owns the line-level syntax of quad files: splitting a stream into
// statements, deciding whether each one is well formed in the chosen
// [Dialect], turning it into a [quad.Quad], and saying precisely where and
// why a statement is broken. It does not open files (see [Decompress] for
// gzip) and never touches the process's standard streams.
//
// Two dialects are supported:
//
//   - [Cayley], the default, accepts exactly what Cayley's own parser
//     (github.com/cayleygraph/quad/nquads) accepts, including relative IRIs
//     such as <alice> and bare words, and builds the values that parser
//     builds, so a file loads into the same quads as with Cayley's tools
//     (plain lines are scanned here, several times faster; the rest go
//     through Cayley's parser).
//     Its quirks come along: "<a> <b> <c> .# note" puts the quad in the
//     graph ".#", and \uXXXX escapes in IRIs are kept as written. The one
//     difference: a quad whose subject, predicate or object is the empty
//     IRI <>, which Cayley's reader drops without a word, is reported.
//   - [Strict] accepts exactly the W3C RDF 1.1 N-Quads grammar: absolute
//     IRIs, UCHAR and ECHAR escapes, language tags, blank node labels
//     (without ':', per the 2022 errata), no literal as graph label, and
//     minimal whitespace. Beyond the grammar's letter it also rejects input
//     that is not UTF-8, escapes that are not Unicode characters
//     (surrogates, past U+10FFFF), and IRI escapes that stand for
//     characters IRIs cannot hold (\u0020). It decodes escapes in IRIs,
//     and like Cayley turns literals of the datatypes Cayley knows
//     (xsd:integer, xsd:boolean, ...) into native values (quad.Int, ...)
//     when their text parses, so for text both dialects accept they give
//     the same values (escaped IRIs aside).
//
// # Errors
//
// Every statement that breaks the dialect's rules yields a [*SyntaxError]
// giving the file name, line, column and a plain-English message, printed
// as FILE:LINE:COL: message. Lines are counted at LF ("\n"); a CRLF pair
// ends one line, and in Strict a lone CR ends a statement (the grammar's
// EOL is CR or LF) without starting a new line number. Columns are 1-based byte offsets within the line, as in the
// Go compiler's messages, so for ASCII text they are character columns. A
// *SyntaxError unwraps to [quad.ErrInvalid]. The column is where the
// problem starts: for a bad term, such as a relative IRI or an unterminated
// literal, that is usually the term's first byte.
//
// With [Options.SkipInvalid] a [Reader] skips invalid statements (handing
// each to [Options.OnInvalid]) and yields the rest; without it the error is
// returned and the caller may keep reading after it. Errors from the
// underlying io.Reader are wrapped and end the stream.
package nquads
