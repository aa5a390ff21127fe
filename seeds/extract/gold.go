package extract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold files. Articles written to measure the extractor sit in sets
// (seeds/extract/testdata/dev: rules may be tuned on them; testdata/test:
// frozen), each NAME.txt beside a NAME.gold of what a careful analyst marks
// in it. EvaluateSet scores a set against them.

// GoldArticle is one article and its gold file.
type GoldArticle struct {
	File string // the article, DIR/NAME.txt
	Date string
	// Names lists the named people, groups, places and events; each entry
	// lists the ways the article writes one entity, canonical form first.
	Names [][]string
	// Types gives the schema type of a canonical form, where the gold
	// says it ("name: Qassem Soleimani | Soleimani [Person]").
	Types map[string]string
	// Extra lists names that are real but that an analyst need not mark
	// (a new entity named so is not noise).
	Extra []string
	// Links are connections the article states, between canonical forms.
	Links [][2]string
	// Rels are the statements a typed predicate should make, "A pred B".
	Rels []string
	// Events are the real events the article tells of: day, a label that
	// names the event across the set's files, then the ways the article
	// writes it.
	Events [][]string
	// Claims are sentences that name their source: a fragment of the
	// sentence and the canonical name of who said it.
	Claims [][2]string
}

// ReadGold reads NAME.gold: "date: D", "name: Form | Form [Type]", "extra:
// Name", "link: Name ~ Name", "rel: Name predicate Name", "event: DAY |
// Label | form", "claim: fragment ~ Source"; # starts a comment line, and
// " #" a comment at a line's end (why a gold line was corrected).
func ReadGold(path string) (GoldArticle, error) {
	c := GoldArticle{File: strings.TrimSuffix(path, ".gold") + ".txt", Types: map[string]string{}}
	f, err := os.Open(path)
	if err != nil {
		return c, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := c.addLine(line); err != nil {
			return c, fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return c, fmt.Errorf("read gold %s: %w", path, err)
	}
	return c, nil
}

// addLine adds one line of a gold file.
func (c *GoldArticle) addLine(line string) error {
	key, val, ok := strings.Cut(line, ":")
	val = strings.TrimSpace(val)
	switch key {
	case "date":
		c.Date = val
	case "name":
		forms, typ := splitForms(val), ""
		last := forms[len(forms)-1]
		if i := strings.LastIndex(last, "["); i >= 0 && strings.HasSuffix(last, "]") {
			typ = strings.TrimSpace(last[i+1 : len(last)-1])
			forms[len(forms)-1] = strings.TrimSpace(last[:i])
		}
		if typ != "" {
			c.Types[forms[0]] = typ
		}
		c.Names = append(c.Names, forms)
	case "extra":
		c.Extra = append(c.Extra, val)
	case "rel":
		c.Rels = append(c.Rels, val)
	case "event":
		c.Events = append(c.Events, splitForms(val))
	case "claim", "link":
		a, b, found := strings.Cut(val, "~")
		if !found {
			return fmt.Errorf("%s wants A ~ B, got %q", key, val)
		}
		pair := [2]string{strings.TrimSpace(a), strings.TrimSpace(b)}
		if key == "claim" {
			c.Claims = append(c.Claims, pair)
		} else {
			c.Links = append(c.Links, pair)
		}
	default:
		if !ok || key != "" {
			return fmt.Errorf("unknown line %q", line)
		}
	}
	return nil
}

// splitForms splits "A | B | C".
func splitForms(val string) []string {
	var forms []string
	for _, f := range strings.Split(val, "|") {
		forms = append(forms, strings.TrimSpace(f))
	}
	return forms
}

// ReadGoldSet reads the gold files of a directory, in date order (then
// by name): each article is read against what the ones before it added.
func ReadGoldSet(dir string) ([]GoldArticle, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold"))
	if err != nil {
		return nil, fmt.Errorf("read gold set %s: %w", dir, err)
	}
	var out []GoldArticle
	for _, p := range paths {
		c, err := ReadGold(p)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out, nil
}
