package nquads

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
)

// bufSize is the read buffer size; longer lines are gathered separately.
const bufSize = 64 << 10

// Reader reads quads from an N-Quads stream, one statement at a time. It
// implements [quad.ReadCloser] and [quad.BatchReader]. A Reader is not safe
// for concurrent use.
type Reader struct {
	br   *bufio.Reader
	name string
	opt  Options

	long   []byte // a line longer than the read buffer
	cur    []byte // the part of the current line not yet parsed
	curOff int    // offset of cur within the current line
	inLine bool   // whether cur still holds statements to parse

	strict strictParser
	cayley cayleyParser

	stats Stats
	err   error // sticky: io.EOF, a read error or ErrClosed
}

// NewReader returns a Reader that reads N-Quads from r in the dialect and
// with the error handling that opt selects. The name is used as the file
// name in errors (it may be empty). The Reader buffers r; it never closes
// it.
func NewReader(r io.Reader, name string, opt Options) *Reader {
	rd := &Reader{br: bufio.NewReaderSize(r, bufSize), name: name, opt: opt}
	rd.cayley.lenient = opt.Lenient
	return rd
}

// ReadQuad returns the next quad. At the end of the input it returns
// io.EOF. An invalid statement yields a *SyntaxError, unless
// Options.SkipInvalid is set; after a *SyntaxError the caller may call
// ReadQuad again to go on with the next statement. Any other error is
// final.
func (r *Reader) ReadQuad() (quad.Quad, error) {
	for {
		q, serr, err := r.next()
		if err != nil {
			return quad.Quad{}, err
		}
		if serr == nil {
			return q, nil
		}
		if !r.opt.SkipInvalid {
			return quad.Quad{}, serr
		}
		if r.opt.OnInvalid != nil {
			r.opt.OnInvalid(serr)
		}
	}
}

// ReadQuads reads up to len(buf) quads into buf and returns how many it
// read. It returns an error, such as io.EOF at the end, only when it stops
// before filling buf; the quads read before the error are in buf[:n].
func (r *Reader) ReadQuads(buf []quad.Quad) (int, error) {
	for n := range buf {
		q, err := r.ReadQuad()
		if err != nil {
			return n, err
		}
		buf[n] = q
	}
	return len(buf), nil
}

// Line returns the number of the line holding the statement that was read
// last (quad or syntax error), 0 before the first read, and the number of
// lines in the input once ReadQuad has returned io.EOF.
func (r *Reader) Line() int { return r.stats.Lines }

// Stats returns the counts of lines, quads and invalid statements read so
// far.
func (r *Reader) Stats() Stats { return r.stats }

// Close releases the Reader's buffers; later reads return [ErrClosed]. It
// does not close the underlying io.Reader.
func (r *Reader) Close() error {
	r.err, r.inLine = ErrClosed, false
	r.br, r.long, r.cur, r.strict.buf = nil, nil, nil, nil
	return nil
}

// next parses the next statement. It returns the quad, or the statement's
// syntax error, or an error that ends the stream (io.EOF among them).
func (r *Reader) next() (quad.Quad, *SyntaxError, error) {
	for {
		if !r.inLine {
			if r.err != nil {
				return quad.Quad{}, nil, r.err
			}
			line, err := r.readLine()
			if err == errLongLine {
				r.stats.Invalid++
				return quad.Quad{}, &SyntaxError{File: r.name, Line: r.stats.Lines, Col: 1,
					Msg: "line longer than the limit of " + lineLimit(r.opt.maxLine())}, nil
			}
			if err != nil {
				r.err = err
				return quad.Quad{}, nil, err
			}
			r.cur, r.curOff, r.inLine = line, 0, true
		}
		var (
			q         quad.Quad
			empty, ok bool
			at        int
			msg       string
			off       = r.curOff
		)
		switch r.opt.Dialect {
		case Strict:
			// CR ends a statement as LF does (EOL ::= [#xD#xA]+), but
			// only LF counts as a new line.
			seg := r.cur
			if i := bytes.IndexByte(seg, '\r'); i >= 0 {
				seg = seg[:i]
				r.cur, r.curOff = r.cur[i+1:], r.curOff+i+1
			} else {
				r.inLine = false
			}
			q, empty, ok = r.strict.parse(seg)
			at, msg = r.strict.errAt, r.strict.errMsg
		case Cayley:
			r.inLine = false
			q, empty, ok = r.cayley.parse(r.cur)
			at, msg = r.cayley.errAt, r.cayley.errMsg
		default:
			r.err = fmt.Errorf("nquads: read %s: unknown dialect %v", r.name, r.opt.Dialect)
			r.inLine = false
			return quad.Quad{}, nil, r.err
		}
		switch {
		case !ok:
			r.stats.Invalid++
			return quad.Quad{}, &SyntaxError{File: r.name, Line: r.stats.Lines, Col: off + at + 1, Msg: msg}, nil
		case !empty:
			r.stats.Quads++
			if r.opt.BlankPrefix != "" {
				q = scopeBlanks(q, r.opt.BlankPrefix)
			}
			return q, nil, nil
		}
	}
}

// readLine returns the next line without its LF. The slice is valid until
// the next call.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.br.ReadSlice('\n')
			if max := r.opt.maxLine(); max > 0 && len(r.long)+len(line) > max {
				return nil, r.skipLine(err)
			}
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	switch {
	case err == io.EOF && len(line) == 0:
		return nil, io.EOF
	case err != nil && err != io.EOF:
		return nil, fmt.Errorf("nquads: read %s: %w", r.name, err)
	}
	r.stats.Lines++
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
	}
	if max := r.opt.maxLine(); max > 0 && len(line) > max {
		return nil, errLongLine // a line within the read buffer
	}
	return line, nil
}

// lineLimit writes the line bound for errors: "16 MiB", "100 bytes".
func lineLimit(n int) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// errLongLine is what readLine returns for a line over Options.MaxLine.
var errLongLine = errors.New("line too long")

// skipLine reads and drops the rest of a line over Options.MaxLine; err is
// the last ReadSlice's. It returns errLongLine, or a read error.
func (r *Reader) skipLine(err error) error {
	for err == bufio.ErrBufferFull {
		_, err = r.br.ReadSlice('\n')
	}
	if err != nil && err != io.EOF {
		return fmt.Errorf("nquads: read %s: %w", r.name, err)
	}
	r.stats.Lines++
	r.long = nil // do not keep a huge buffer
	return errLongLine
}

// checkEvery is how many statements Check reads between looks at its
// context.
const checkEvery = 1 << 12

// Check reads the whole stream r and validates every statement in the
// dialect opt selects. Without opt.SkipInvalid it stops at the first
// problem and returns it (a *SyntaxError for a syntax error). With it, it
// reads to the end and returns an [ErrorList] of every syntax error, or nil
// if there were none; opt.OnInvalid is still called for each. (The list
// holds every error in memory; to stream them, use a Reader with
// OnInvalid.) The Stats count what was read. Check stops early, with an
// error wrapping ctx.Err(), when ctx is done.
func Check(ctx context.Context, r io.Reader, name string, opt Options) (Stats, error) {
	qr := NewReader(r, name, opt)
	var errs ErrorList
	for i := 0; ; i++ {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return qr.Stats(), fmt.Errorf("nquads: check %s: %w", name, err)
			}
		}
		_, serr, err := qr.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return qr.Stats(), err
		}
		if serr == nil {
			continue
		}
		if !opt.SkipInvalid {
			return qr.Stats(), serr
		}
		errs = append(errs, serr)
		if opt.OnInvalid != nil {
			opt.OnInvalid(serr)
		}
	}
	if len(errs) > 0 {
		return qr.Stats(), errs
	}
	return qr.Stats(), nil
}

// Decompress returns a reader of the decompressed content of r when name
// ends in ".gz" (in any case), and r itself otherwise. Closing the result
// does not close r.
func Decompress(r io.Reader, name string) (io.ReadCloser, error) {
	if len(name) < 3 || !strings.EqualFold(name[len(name)-3:], ".gz") {
		return io.NopCloser(r), nil
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("nquads: decompress %s: %w", name, err)
	}
	return zr, nil
}

// Interface checks.
var (
	_ quad.ReadCloser  = (*Reader)(nil)
	_ quad.BatchReader = (*Reader)(nil)
)
