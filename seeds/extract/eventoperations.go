package extract

import (
	"regexp"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// An operation's name is another name of the event it names: "the Guards
// named the attack Operation Martyr Soleimani" makes the operation the
// missile strike, not an event of its own, so a later article's
// "Operation Martyr Soleimani" is that strike.

// reNamedOperation is a naming verb and what it names, right before an
// operation's name: "named the attack", "called it", "dubbed the
// strikes"; the noun, if any, is the first group.
var reNamedOperation = regexp.MustCompile(`(?i)\b(?:named|called|dubbed|code-?named|christened)\s+(?:it|them|the\s+([a-z]+))\s+(?:as\s+)?["“]?$`)

// operationNames renames each event named "Operation ..." (of no kind of
// its own) that a naming verb gives to an event ("named the attack
// Operation X") to the last event before it of the kind the verb's noun
// says, or of any attack for "it": the name goes to that event.
func (d *docRun) operationNames(ix *eventIndex, renames map[string]dated, keys map[string]eventKey) {
	for _, e := range d.documentEvents() {
		if !strings.HasPrefix(e.Name, "Operation ") || kindOf(defaultKinds, e.Name) != "" {
			continue
		}
		for _, m := range ix.byEntity[e.ID] {
			s, ok := d.res.Document.Sentence(m.Sentence)
			if !ok || m.Start < s.Start || m.Start-s.Start > len(s.Text) {
				continue
			}
			sub := reNamedOperation.FindStringSubmatch(s.Text[:m.Start-s.Start])
			if sub == nil {
				continue
			}
			kind := "attack"
			if sub[1] != "" {
				kind = kindOf(defaultKinds, sub[1])
			}
			if k, ok := d.lastEventOf(ix, kind, e.ID, m.Sentence, m.Start, renames, keys); ok && kind != "" {
				renames[e.ID] = dated{eventKey: k, sentence: -1, old: e}
				break
			}
		}
	}
}

// lastEventOf is the key of the last event of a kind that kind covers
// named before byte at of sentence sent, or at any sentence before it,
// other than self and those named as what another event answered ("its
// response to the killing of X": the killing is not the attack the
// Guards then name), that the document resolved (renames) or dates
// (keys).
func (d *docRun) lastEventOf(ix *eventIndex, kind, self string, sent, at int, renames map[string]dated, keys map[string]eventKey) (eventKey, bool) {
	for i := sent; i >= 0; i-- {
		var best eventKey
		found, last := false, -1
		s, _ := d.res.Document.Sentence(i)
		for _, o := range ix.mentions[i] {
			if o.Entity == self || i == sent && o.Start >= at || o.Start < last || answeredAt(s, o) {
				continue
			}
			k, ok := keys[o.Entity]
			if r, renamed := renames[o.Entity]; renamed {
				k, ok = r.eventKey, true
			}
			if ok && k.Kind != "" && covers(defaultKinds, kind, k.Kind) {
				best, found, last = k, true, o.Start
			}
		}
		if found {
			return best, true
		}
	}
	return eventKey{}, false
}

// answeredAt reports whether the mention o of sentence s is named as
// what the sentence's event answered (answered).
func answeredAt(s schema.Sentence, o schema.Mention) bool {
	at := o.Start - s.Start
	return at >= 0 && at <= len(s.Text) && answered(s.Text[:at])
}
