package extract

import (
	"regexp"
	"unicode"
)

var (
	aircraftMakers = defaultRules.mustList("aircraftMakers")
	shipPrefixes   = defaultRules.mustList("shipPrefixes")
	// reFlightCode is an airline's flight code after "Flight": "PS752",
	// "U2123"; reBareCode one that stands alone, two letters and digits
	// ("PS752"), so that "C130" or "T4" is not taken for a flight.
	reFlightCode = regexp.MustCompile(`^[A-Z][A-Z0-9][0-9]{1,4}$`)
	reBareCode   = regexp.MustCompile(`^[A-Z]{2}[0-9]{2,4}$`)
)

// vehicles finds craft no head word names: "Boeing 737-800" (a maker and
// a model number), "Flight PS752" and "PS752" (a flight code), "USS
// Abraham Lincoln" (a ship prefix and a capitalised run).
func (sc *nameScan) vehicles() {
	toks := sc.toks
	free := func(i int) bool { return i < len(toks) && sc.covered[i] == 0 && !sc.blocked[i] }
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		end := -1
		switch {
		case aircraftMakers[t.Key] && t.Cap && i+1 < len(toks) && !toks[i+1].Break && modelNumber(toks[i+1].Text):
			end = i + 1
			for end+1 < len(toks) && toks[end+1].Hyph && modelNumber(toks[end+1].Text) {
				end++ // 737-800
			}
		case shipPrefixes[t.Key] && t.Text == upper(t.Text) && i+1 < len(toks) && toks[i+1].Cap && !toks[i+1].Break && free(i+1):
			end = i + 1
			for end+1 < len(toks) && end < i+4 && toks[end+1].Cap && !toks[end+1].Break && free(end+1) {
				end++
			}
		case t.Key == "flight" && i+1 < len(toks) && !toks[i+1].Break && reFlightCode.MatchString(toks[i+1].Text) && free(i) && free(i+1):
			end = i + 1
		case reBareCode.MatchString(t.Text) && free(i) && (i == 0 || toks[i-1].Key != "flight"):
			end = i
		default:
			end = callSign(toks, i)
		}
		if end < 0 || !free(i) && !aircraftMakers[t.Key] {
			continue
		}
		for k := i; k <= end; k++ {
			sc.blocked[k] = true
		}
		c := candidate{Name: sc.s[t.Start:toks[end].End], Type: "Vehicle", confidence: 2}
		if t.Key == "flight" {
			c.Aliases = []string{toks[end].Text} // "PS752" alone later
		}
		sc.out = append(sc.out, c)
		i = end
	}
}

// callSign is where a head of state's aircraft named by its call sign
// ends, "Air Force One", "Marine One" (not "the Air Force" and a number),
// or -1.
func callSign(toks []token, i int) int {
	end := i + 1
	if toks[i].Key == "air" && end+1 < len(toks) && toks[end].Key == "force" && !toks[end].Break {
		end++
	} else if toks[i].Key != "marine" {
		return -1
	}
	if !toks[i].Cap || end >= len(toks) || !toks[end].Cap || toks[end].Break || toks[end].Key != "one" && toks[end].Key != "two" {
		return -1
	}
	return end
}

// flightNumber reads the number after "Flight": "752", "PS752".
func flightNumber(t token) bool { return isNumber(t) || reFlightCode.MatchString(t.Text) }

// modelNumber reads "737", "A320", "800": digits, perhaps after one
// capital letter.
func modelNumber(s string) bool {
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func upper(s string) string {
	b := []rune(s)
	for i, r := range b {
		b[i] = unicode.ToUpper(r)
	}
	return string(b)
}
