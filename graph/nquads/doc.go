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
//     such as <alice> and bare words, and uses that parser to build the
//     values, so a file loads into the same quads as with Cayley's tools.
//   - [Strict] accepts exactly the W3C RDF 1.1 N-Quads grammar: absolute
//     IRIs, UCHAR and ECHAR escapes, language tags, blank node labels
//     (without ':', per the 2022 errata), no literal as graph label, and
//     minimal whitespace.
//
// # Errors
//
// Every statement that breaks the dialect's rules yields a [*SyntaxError]
// giving the file name, line, column and a plain-English message, printed
// as FILE:LINE:COL: message. Lines are counted at LF ("\n"); a CRLF pair
// ends one line. Columns are 1-based byte offsets within the line, as in the
// Go compiler's messages, so for ASCII text they are character columns. A
// *SyntaxError unwraps to [quad.ErrInvalid].
//
// With [Options.SkipInvalid] a [Reader] skips invalid statements (handing
// each to [Options.OnInvalid]) and yields the rest; without it the error is
// returned and the caller may keep reading after it. Errors from the
// underlying io.Reader are wrapped and end the stream.
package nquads
