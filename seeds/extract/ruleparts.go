package extract

import (
	"fmt"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// yield reads "A[:Type|Type] predicate B[:Type|Type]".
func (p *ruleParser) yield(line int, s string) (yield, error) {
	f := strings.Fields(s)
	if len(f) != 3 {
		return yield{}, p.errorf(line, "yield wants SLOT predicate SLOT (A leads B, B:Person memberOf A), got %q", s)
	}
	subj, subjTypes, err1 := p.slot(line, f[0])
	obj, objTypes, err2 := p.slot(line, f[2])
	if err1 != nil {
		return yield{}, err1
	}
	if err2 != nil {
		return yield{}, err2
	}
	if subj == obj {
		return yield{}, p.errorf(line, "yield links slot %s to itself", subj)
	}
	pred, err := p.relation(line, f[1])
	if err != nil {
		return yield{}, err
	}
	for _, t := range subjTypes {
		if !isAny(strings.TrimPrefix(t, "="), pred.Domain) {
			return yield{}, p.errorf(line, "subject type %s is outside the domain of %s (%s)", t, pred.Name, strings.Join(pred.Domain, ", "))
		}
	}
	for _, t := range objTypes {
		if !isAny(strings.TrimPrefix(t, "="), pred.Range) {
			return yield{}, p.errorf(line, "object type %s is outside the range of %s (%s)", t, pred.Name, strings.Join(pred.Range, ", "))
		}
	}
	if subjTypes == nil {
		subjTypes = pred.Domain
	}
	if objTypes == nil {
		objTypes = pred.Range
	}
	return yield{pred: pred, subjectIsB: subj == "B", subjectTypes: subjTypes, objectTypes: objTypes}, nil
}

// slot reads "A" or "B:Type|Type"; "=Type" takes that type alone, none
// of its kinds ("A:=Place": a square or a district, not a city).
func (p *ruleParser) slot(line int, s string) (string, []string, error) {
	name, types, typed := strings.Cut(s, ":")
	if name != "A" && name != "B" {
		return "", nil, p.errorf(line, "slot %q: want A or B, with :Type|Type if the rule needs narrower types", s)
	}
	if !typed {
		return name, nil, nil
	}
	var out []string
	for _, t := range strings.Split(types, "|") {
		if _, ok := schema.LookupType(strings.TrimPrefix(t, "=")); !ok {
			return "", nil, p.errorf(line, "unknown type %q in slot %s", t, name)
		}
		out = append(out, t)
	}
	return name, out, nil
}

func (p *ruleParser) options(line int, s string) error {
	o := &p.cur.opts
	for _, w := range strings.Fields(s) {
		switch w {
		case "head":
			o.head = true
		case "apposition":
			o.apposition = true
		case "after-apposition":
			o.afterApposition = true
		case "inner":
			o.inner = true
		case "opening":
			o.opening = true
		case "demonym":
			o.demonym = true
		case "phrase":
			o.phrase = true
		case "seat":
			o.seat = true
		case "unlisted":
			o.unlisted = true
		default:
			return p.errorf(line, "unknown option %q: want head, apposition, after-apposition, inner, opening, demonym, phrase, seat or unlisted", w)
		}
	}
	return nil
}

// parseExample reads a sentence whose mentions are marked [Name|Type].
func parseExample(s string) (example, error) {
	var ex example
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			if strings.ContainsRune(s, ']') {
				return ex, fmt.Errorf("] without [")
			}
			b.WriteString(s)
			break
		}
		b.WriteString(s[:open])
		end := strings.IndexByte(s[open:], ']')
		if end < 0 {
			return ex, fmt.Errorf("[ without ]")
		}
		name, typ, ok := strings.Cut(s[open+1:open+end], "|")
		name = strings.TrimSpace(name)
		if !ok || name == "" || strings.ContainsAny(name, "[") {
			return ex, fmt.Errorf("mark mentions as [Name|Type], got %q", s[open:open+end+1])
		}
		if _, known := schema.LookupType(typ); !known {
			return ex, fmt.Errorf("unknown type %q for %s", typ, name)
		}
		ex.entities = append(ex.entities, schema.Entity{ID: Slug(name), Type: typ, Name: name})
		b.WriteString(name)
		s = s[open+end+1:]
	}
	ex.text = b.String()
	if len(ex.entities) < 2 {
		return ex, fmt.Errorf("mark at least two mentions as [Name|Type]")
	}
	return ex, nil
}

// expect reads "Subject Name predicate Object Name" for the last example:
// the predicate is the one word that names one of the rule's yields.
func (p *ruleParser) expect(line int, s string) error {
	r := p.cur
	if len(r.examples) == 0 {
		return p.errorf(line, "expect comes after the example it is about")
	}
	ex := &r.examples[len(r.examples)-1]
	words := strings.Fields(s)
	for i, w := range words {
		for _, y := range r.yields {
			if y.pred.Name != w || i == 0 || i == len(words)-1 {
				continue
			}
			e := expectation{line: line, subject: strings.Join(words[:i], " "), predicate: w, object: strings.Join(words[i+1:], " ")}
			if !marked(ex.entities, e.subject) || !marked(ex.entities, e.object) {
				return p.errorf(line, "expect names %q and %q; the example marks %s", e.subject, e.object, markedNames(ex.entities))
			}
			ex.expect = append(ex.expect, e)
			return nil
		}
	}
	return p.errorf(line, "expect wants Subject predicate Object with a predicate rule %s yields, got %q", r.id, s)
}

func marked(ents []schema.Entity, name string) bool {
	for _, e := range ents {
		if e.Name == name {
			return true
		}
	}
	return false
}

func markedNames(ents []schema.Entity) string {
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	return strings.Join(names, ", ")
}
