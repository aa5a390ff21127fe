package extract

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
}

// compileAutomaton joins the patterns (one per rule, by rule index) into
// one program.
func compileAutomaton(patterns [][]node) automaton {
	var a automaton
	var starts []int
	for r, seq := range patterns {
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
	return a
}

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
// Quds Force"); appos marks a thread started after an apposition.
type thread struct {
	pc, from, passed int
	appos            bool
}

// threadSet holds the threads of one step without duplicates. Few
// threads survive an item, so a scan finds duplicates faster than a map.
type threadSet struct {
	list []thread
}

func (s *threadSet) reset() { s.list = s.list[:0] }

func (s *threadSet) has(t thread) bool {
	for _, u := range s.list {
		if u == t {
			return true
		}
	}
	return false
}

// add puts a thread at pc, or at the instructions pc's splits lead to.
func (s *threadSet) add(a *automaton, t thread) {
	if t.pc < 0 {
		return
	}
	for _, pc := range a.closure[t.pc] {
		u := t
		u.pc = pc
		if !s.has(u) {
			s.list = append(s.list, u)
		}
	}
}

// spawn starts the threads of every rule after a mention. A fresh start
// cannot meet a thread already there (from differs), so no lookups.
func (s *threadSet) spawn(a *automaton, t thread) {
	if a.start < 0 {
		return
	}
	for _, pc := range a.closure[a.start] {
		u := t
		u.pc = pc
		s.list = append(s.list, u)
	}
}
