package extract

import (
	"regexp"
	"strings"
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
	// reFlightDigits is a flight's number written without its airline's
	// code: "752" of "Flight 752".
	reFlightDigits = regexp.MustCompile(`^[0-9]{1,4}$`)
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
		case t.Key == "flight" && i+1 < len(toks) && !toks[i+1].Break && free(i) && free(i+1) &&
			(reFlightCode.MatchString(toks[i+1].Text) || t.Cap && reFlightDigits.MatchString(toks[i+1].Text)): // "Flight 752", not "a flight 12 hours later"
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
		sc.out = append(sc.out, candidate{Name: sc.s[t.Start:toks[end].End], Type: "Vehicle", confidence: 2})
		i = end
	}
}

// reFlightName is a flight's designator where a name ends: "Flight
// PS752", "flight 752", or an airline's code and number alone ("PS752").
// The airline's two letters are group 2, the number group 3.
var reFlightName = regexp.MustCompile(`(?i)(^|\bflight )([A-Z]{2})?([0-9]{1,4})$`)

// flightOf reads the flight a Vehicle's name designates: its airline's
// code ("PS", or "" when the name gives none) and its number ("752").
func flightOf(name, typ string) (airline, number string, ok bool) {
	m := reFlightName.FindStringSubmatch(name)
	if typ != "Vehicle" || m == nil || m[1] == "" && m[2] == "" {
		return "", "", false // "752" alone is no flight
	}
	return strings.ToUpper(m[2]), m[3], true
}

// flightNames are the names a flight goes by besides its full one:
// "Flight PS752", "Flight 752" and "PS752" with an airline's code, "Flight
// 752" without one.
func flightNames(airline, number string) []string {
	if airline == "" {
		return []string{"Flight " + number}
	}
	return []string{"Flight " + airline + number, "Flight " + number, airline + number}
}

// sameFlight reports whether a flight's airline code and number are
// another's: the numbers equal, the codes equal or one of them unwritten.
func sameFlight(airline, number, otherAirline, otherNumber string) bool {
	return number == otherNumber && (airline == otherAirline || airline == "" || otherAirline == "")
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
