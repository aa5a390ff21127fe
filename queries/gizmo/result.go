package gizmo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cayleygraph/quad"
)

// Result is what a Gizmo query returned.
type Result struct {
	// Rows are the results in the form of Cayley's HTTP API v2 JSON
	// collation: for each path of .all(), a map from tag to value ("id" for
	// the node the path ends on); for g.emit(v), v; and last the script's
	// final value unless it is null, undefined or a path. IRIs are strings
	// written "<...>", strings are their value, numbers, booleans and times
	// are themselves.
	Rows []any
	// Limit is the limit the query ran with, 0 for none.
	Limit int
	// LimitReached is set when the query returned exactly Limit results:
	// there may be more.
	LimitReached bool
	// EndsOnPath is set when the script's final value is a path that was
	// never run, as in g.V("<x>").out("<p>") without .all().
	EndsOnPath bool
	// Asked is set when the script asked for results: it called .all(),
	// .getLimit() or g.emit(), or returned a value. A script that only
	// defines variables or functions asks for none.
	Asked bool

	pre *prefixes
}

// MarshalJSON encodes r as Cayley's HTTP API v2 does: {"result": [...]}.
// Unlike Cayley it writes [] rather than null when there are no results, it
// includes the script's final value (Cayley's server writes null for it),
// and it writes IRIs inside emitted values as "<...>" as it does in rows.
func (r *Result) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	rows := r.Rows
	if rows == nil {
		rows = []any{}
	}
	if err := enc.Encode(map[string]any{"result": rows}); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// WriteJSON writes r as JSON (see MarshalJSON) and a newline to w.
func (r *Result) WriteJSON(w io.Writer) error {
	data, err := r.MarshalJSON()
	if err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	data = append(data, '\n')
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// WriteText writes r for people: rows of tags as a table with a header of
// tag names ("id" first, the rest in alphabetical order), one row per line,
// columns aligned; other values one per line; then a count. IRIs are
// shortened with the session's prefixes to the form a query accepts,
// <id:qasem-soleimani>. A script that asked for no results writes nothing.
func (r *Result) WriteText(w io.Writer) error {
	if len(r.Rows) == 0 && !r.Asked && !r.EndsOnPath {
		return nil
	}
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	cols := r.columns()
	header := false
	for _, row := range r.Rows {
		m, ok := row.(map[string]any)
		if !ok {
			fmt.Fprintln(tw, r.cell(row))
			continue
		}
		if !header {
			fmt.Fprintln(tw, strings.Join(cols, "\t"))
			header = true
		}
		cells := make([]string, len(cols))
		for i, c := range cols {
			if v, ok := m[c]; ok {
				cells[i] = r.cell(v)
			}
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write text: %w", err)
	}
	var out strings.Builder
	for _, line := range strings.SplitAfter(buf.String(), "\n") {
		if line != "" {
			out.WriteString(strings.TrimRight(line, " \n") + "\n")
		}
	}
	out.WriteString(r.summary() + "\n")
	if _, err := io.WriteString(w, out.String()); err != nil {
		return fmt.Errorf("write text: %w", err)
	}
	return nil
}

func (r *Result) summary() string {
	n := len(r.Rows)
	switch {
	case n == 0 && r.EndsOnPath:
		return "no results: the query ends on a path it never runs; add .all()"
	case n == 0:
		return "no results"
	}
	s := fmt.Sprintf("%d results", n)
	if n == 1 {
		s = "1 result"
	}
	if r.LimitReached {
		s += fmt.Sprintf(" (limit of %d reached)", r.Limit)
	}
	return s
}

// columns returns the tags of all map rows, "id" first.
func (r *Result) columns() []string {
	seen := map[string]bool{}
	for _, row := range r.Rows {
		if m, ok := row.(map[string]any); ok {
			for k := range m {
				if k != "$_" {
					seen[k] = true
				}
			}
		}
	}
	cols := make([]string, 0, len(seen))
	for k := range seen {
		if k != "id" {
			cols = append(cols, k)
		}
	}
	sort.Strings(cols)
	if seen["id"] {
		cols = append([]string{"id"}, cols...)
	}
	return cols
}

var cellEscaper = strings.NewReplacer("\\", "\\\\", "\n", `\n`, "\r", `\r`, "\t", `\t`)

// cell renders one value on one line.
func (r *Result) cell(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case string:
		if len(v) > 2 && v[0] == '<' && v[len(v)-1] == '>' && r.pre != nil {
			return "<" + cellEscaper.Replace(r.pre.shorten(v[1:len(v)-1])) + ">"
		}
		return cellEscaper.Replace(v)
	case bool:
		return strconv.FormatBool(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case time.Time:
		return v.Format(time.RFC3339Nano)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return cellEscaper.Replace(fmt.Sprint(v))
	}
	return strings.TrimRight(buf.String(), "\n")
}

// nativeValue converts a quad value as Cayley's JSON collation does: IRIs,
// blank nodes and other values without a Go equivalent become their N-Quads
// form ("<iri>", "_:b"), strings their value, numbers, booleans and times
// themselves.
func nativeValue(v quad.Value) any {
	if v == nil {
		return nil
	}
	n := v.Native()
	if _, ok := n.(quad.Value); ok {
		return quad.StringOf(v)
	}
	return n
}

// native converts a value exported from JavaScript into one encoding/json
// writes: quad values as nativeValue does, non-finite numbers as null;
// functions, pointers (such as an emitted path) and Gizmo's own objects are
// dropped (ok false).
func native(v any) (any, bool) {
	if isInternal(v) {
		return nil, false
	}
	switch v := v.(type) {
	case nil:
		return nil, false
	case string, bool, int64, time.Time:
		return v, true
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, true
		}
		return v, true
	case quad.Value:
		return nativeValue(v), true
	case []any:
		out := make([]any, 0, len(v))
		for _, e := range v {
			if n, ok := native(e); ok {
				out = append(out, n)
			} else {
				out = append(out, nil)
			}
		}
		return out, true
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			if n, ok := native(e); ok {
				out[k] = n
			}
		}
		return out, true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Pointer:
		return nil, false
	case reflect.Slice, reflect.Array:
		out := make([]any, rv.Len())
		for i := range out {
			out[i], _ = native(rv.Index(i).Interface())
		}
		return out, true
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			break
		}
		out := make(map[string]any, rv.Len())
		for it := rv.MapRange(); it.Next(); {
			if n, ok := native(it.Value().Interface()); ok {
				out[it.Key().String()] = n
			}
		}
		return out, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int(), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return rv.Uint(), true
	case reflect.Float32:
		return native(rv.Float())
	case reflect.String:
		return rv.String(), true
	case reflect.Bool:
		return rv.Bool(), true
	}
	return fmt.Sprint(v), true
}

// Nodes returns the distinct nodes the result names, in the order they
// first appear: every IRI ("<...>") and blank node ("_:...") among the
// values of its rows, tags and ids alike. Literals are left out.
func (r *Result) Nodes() []quad.Value {
	var out []quad.Value
	seen := map[quad.Value]bool{}
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case string:
			var node quad.Value
			switch {
			case len(v) > 2 && v[0] == '<' && v[len(v)-1] == '>':
				iri := v[1 : len(v)-1]
				if r.pre != nil {
					if full, ok := r.pre.expand(iri); ok {
						iri = full
					}
				}
				node = quad.IRI(iri)
			case strings.HasPrefix(v, "_:") && len(v) > 2:
				node = quad.BNode(v[2:])
			}
			if node != nil && !seen[node] {
				seen[node] = true
				out = append(out, node)
			}
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				visit(v[k])
			}
		case []any:
			for _, x := range v {
				visit(x)
			}
		}
	}
	for _, row := range r.Rows {
		visit(row)
	}
	return out
}
