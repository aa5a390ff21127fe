package extract

import "sync"

// The automaton runs every rule's pattern at once over a sentence's items,
// as a Pike VM does: a thread is a place in one pattern that started after
// one mention; each item advances every thread, so the cost is linear in
// the items whatever the number of rules.

type opcode byte

const (
	opItem   opcode = iota // consume an item that passes test, go to x
	opSplit                // go to x and to y
	opAccept               // rule's pattern is complete
)

type inst struct {
	op   opcode
	test itemTest
	x, y int
	rule int // for opAccept
}

// automaton is the compiled patterns of a rule set.
type automaton struct {
	prog  []inst
	start int // an opSplit tree over every rule's first instruction; -1 if none
	// closure[pc] lists the instructions other than splits that pc leads
	// to without reading an item, so threads never walk splits at run time.
	closure [][]int
	// The instructions a fresh thread starts at (closure[start]), split
	// for dispatch on the item it reads first: startLiteral[kind+key]
	// holds the places in closure[start], in order, of those testing for
	// that literal word or mark; startOther those of the ones testing
	// anything else (word lists, classes) or accepting at once.
	startLiteral map[string][]int
	startOther   []int
	// sets keeps pairs of threadSets for reuse: their index is as long as
	// the program, too long to make for every sentence.
	sets *sync.Pool
}

// threadSets returns two empty thread sets for a match; release gives
// them back.
func (a *automaton) threadSets() (cur, next *threadSet) {
	if p, ok := a.sets.Get().(*[2]*threadSet); ok {
		p[0].reset()
		p[1].reset()
		return p[0], p[1]
	}
	return newThreadSet(len(a.prog)), newThreadSet(len(a.prog))
}

func (a *automaton) release(cur, next *threadSet) {
	a.sets.Put(&[2]*threadSet{cur, next})
}

// compileAutomaton joins the patterns (one per rule, by rule index) of
// the rules keep takes (all, when keep is nil) into one program.
func compileAutomaton(patterns [][]node, keep func(rule int) bool) automaton {
	var a automaton
	var starts []int
	for r, seq := range patterns {
		if keep != nil && !keep(r) {
			continue
		}
		starts = append(starts, len(a.prog))
		a.emitSeq(seq)
		a.prog = append(a.prog, inst{op: opAccept, rule: r})
	}
	a.start = a.splitTree(starts)
	a.closure = make([][]int, len(a.prog))
	for pc := range a.prog {
		seen := map[int]bool{}
		a.closure[pc] = a.reach(pc, seen, nil)
	}
	a.indexStarts()
	a.sets = &sync.Pool{}
	return a
}

// indexStarts fills startLiteral and startOther, so that a thread is
// started only for the rules whose first test can pass the next item:
// most of them test for one word, and most words start none.
func (a *automaton) indexStarts() {
	a.startLiteral = map[string][]int{}
	if a.start < 0 {
		return
	}
	for i, pc := range a.closure[a.start] {
		in := a.prog[pc]
		if in.op == opItem && in.test.literal() {
			k := literalKey(in.test.kind, in.test.key)
			a.startLiteral[k] = append(a.startLiteral[k], i)
			continue
		}
		a.startOther = append(a.startOther, i)
	}
}

// literalKey indexes the literal tests an item of that kind and key passes.
func literalKey(kind itemKind, key string) string { return string(rune(kind)) + key }

// reach appends the instructions other than splits that pc leads to.
func (a *automaton) reach(pc int, seen map[int]bool, out []int) []int {
	if seen[pc] {
		return out
	}
	seen[pc] = true
	if in := a.prog[pc]; in.op == opSplit {
		out = a.reach(in.x, seen, out)
		return a.reach(in.y, seen, out)
	}
	return append(out, pc)
}

// splitTree returns the pc of a chain of splits that reaches every target.
func (a *automaton) splitTree(targets []int) int {
	if len(targets) == 0 {
		return -1
	}
	pc := targets[len(targets)-1]
	for i := len(targets) - 2; i >= 0; i-- {
		a.prog = append(a.prog, inst{op: opSplit, x: targets[i], y: pc})
		pc = len(a.prog) - 1
	}
	return pc
}

// emitSeq appends the instructions of a sequence; each ends by falling
// through to the next instruction appended after it.
func (a *automaton) emitSeq(seq []node) {
	for _, n := range seq {
		for i := 0; i < n.min; i++ {
			a.emitOnce(n)
		}
		switch {
		case n.max < 0: // loop: split(body, out); body; split(body, out)
			split := len(a.prog)
			a.prog = append(a.prog, inst{op: opSplit})
			a.prog[split].x = len(a.prog)
			a.emitOnce(n)
			a.prog = append(a.prog, inst{op: opSplit, x: split + 1})
			end := len(a.prog)
			a.prog[end-1].y = end
			a.prog[split].y = end
		default:
			var outs []int
			for i := n.min; i < n.max; i++ {
				outs = append(outs, len(a.prog))
				a.prog = append(a.prog, inst{op: opSplit})
				a.prog[len(a.prog)-1].x = len(a.prog)
				a.emitOnce(n)
			}
			for _, s := range outs {
				a.prog[s].y = len(a.prog)
			}
		}
	}
}

// emitOnce appends one occurrence of a node.
func (a *automaton) emitOnce(n node) {
	if n.alts == nil {
		for _, t := range n.tests {
			a.prog = append(a.prog, inst{op: opItem, test: t, x: len(a.prog) + 1})
		}
		return
	}
	var jumps []int
	for i, alt := range n.alts {
		if i < len(n.alts)-1 {
			split := len(a.prog)
			a.prog = append(a.prog, inst{op: opSplit, x: split + 1})
			a.emitSeq(alt)
			jumps = append(jumps, len(a.prog))
			a.prog = append(a.prog, inst{op: opSplit}) // a jump: x == y
			a.prog[split].y = len(a.prog)
			continue
		}
		a.emitSeq(alt)
	}
	for _, j := range jumps {
		a.prog[j].x, a.prog[j].y = len(a.prog), len(a.prog)
	}
}

// thread is one partial match: at pc, started after mention from; passed
// counts the mentions it read through ("Iran's" in "the leader of Iran's
// Quds Force"); appos marks a thread started after an apposition; skip,
// when above the item being read, is where the mention a NAME element
// skips ends: the thread waits until then.
type thread struct {
	pc, from, passed, skip int
	appos                  bool
}

// threadSet holds the threads of one step without duplicates. A sentence
// with many mentions keeps hundreds of threads alive in patterns such as
// "A WORD{0,6} , B", so a lookup reads only the threads at the same pc:
// last[pc] is the place in list of the last one added there in this step
// (when stamp[pc] == gen), prev[i] the place of the one before list[i].
// Only add keeps the index; spawn and the filtering of threads at a
// mention change list alone, and reset forgets the index.
type threadSet struct {
	list  []thread
	prev  []int32
	last  []int32
	stamp []uint32
	gen   uint32
}

// newThreadSet returns an empty set for a program of n instructions.
func newThreadSet(n int) *threadSet {
	return &threadSet{last: make([]int32, n), stamp: make([]uint32, n), gen: 1}
}

func (s *threadSet) reset() {
	s.list, s.prev = s.list[:0], s.prev[:0]
	s.gen++
	if s.gen == 0 { // wrapped: stamps of old steps would look current
		clear(s.stamp)
		s.gen = 1
	}
}

func (s *threadSet) has(t thread) bool {
	if s.stamp[t.pc] != s.gen {
		return false
	}
	for i := s.last[t.pc]; i >= 0; i = s.prev[i] {
		if s.list[i] == t {
			return true
		}
	}
	return false
}

// push appends a thread and indexes it by pc.
func (s *threadSet) push(t thread) {
	before := int32(-1)
	if s.stamp[t.pc] == s.gen {
		before = s.last[t.pc]
	}
	s.prev = append(s.prev, before)
	s.stamp[t.pc], s.last[t.pc] = s.gen, int32(len(s.list))
	s.list = append(s.list, t)
}

// add puts a thread at pc, or at the instructions pc's splits lead to.
// ahead, when not nil, is the item the next step reads with no mention
// starting there: a thread that does not wait past it (skip) and tests
// it in vain would die on it, so it is left out now, before the lookup
// and the push that are most of a step's cost.
func (s *threadSet) add(a *automaton, t thread, ahead *item, step int) {
	if t.pc < 0 {
		return
	}
	for _, pc := range a.closure[t.pc] {
		if ahead != nil && t.skip <= step {
			if in := &a.prog[pc]; in.op == opItem && !in.test.matches(*ahead) {
				continue
			}
		}
		u := t
		u.pc = pc
		if !s.has(u) {
			s.push(u)
		}
	}
}

// spawn starts the threads of every rule after a mention whose first
// instruction may pass next, the item they read first: the others would
// die on it. They keep the order of closure[start] (the rules' order),
// merging the literal tests that next passes with the other instructions.
// A fresh start cannot meet a thread already there (from differs), so no
// lookups.
func (s *threadSet) spawn(a *automaton, t thread, next item) {
	if a.start < 0 {
		return
	}
	starts := a.closure[a.start]
	lit := a.startLiteral[literalKey(next.kind, next.key)]
	other := a.startOther
	for len(lit) > 0 || len(other) > 0 {
		var pc int
		if len(other) == 0 || len(lit) > 0 && lit[0] < other[0] {
			pc, lit = starts[lit[0]], lit[1:]
		} else {
			pc, other = starts[other[0]], other[1:]
			if in := &a.prog[pc]; in.op == opItem && !in.test.matches(next) {
				continue
			}
		}
		u := t
		u.pc = pc
		s.list = append(s.list, u)
	}
}
