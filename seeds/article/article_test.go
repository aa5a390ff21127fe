package article

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func texts(spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.Text)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"only space", " \n\t ", nil},
		{"no final punctuation", "no period at the end", []string{"no period at the end"}},
		{"two sentences", "Iran denied it. Soleimani was seen.", []string{"Iran denied it.", "Soleimani was seen."}},
		{"rank before a name", "Brig. Gen. Smith spoke. He left.", []string{"Brig. Gen. Smith spoke.", "He left."}},
		{"dotted acronym before a name", "Thousands stormed the U.S. Embassy in Baghdad. They left.",
			[]string{"Thousands stormed the U.S. Embassy in Baghdad.", "They left."}},
		{"dotted acronym ends a sentence", "Troops flew to the U.S. The next day they left.",
			[]string{"Troops flew to the U.S.", "The next day they left."}},
		{"title abbreviation", "Mr. Trump spoke. Gen. Soleimani did not.", []string{"Mr. Trump spoke.", "Gen. Soleimani did not."}},
		{"military ranks", "It killed Pfc. Omar Haddad. Spc. Dana Ruiz lived.", []string{"It killed Pfc. Omar Haddad.", "Spc. Dana Ruiz lived."}},
		{"initials", "J. R. R. Tolkien wrote it. Donald J. Trump read it.",
			[]string{"J. R. R. Tolkien wrote it.", "Donald J. Trump read it."}},
		{"month abbreviation before a day", "It happened on Dec. 31 in Baghdad. Then it ended.",
			[]string{"It happened on Dec. 31 in Baghdad.", "Then it ended."}},
		{"No. before a number", "Resolution No. 5 passed. Iraq voted.", []string{"Resolution No. 5 passed.", "Iraq voted."}},
		{"no as a word", `He said no. "Yes," she said.`, []string{"He said no.", `"Yes," she said.`}},
		{"quote after period", `Iran called it "a terror attack." Its proxies marched.`,
			[]string{`Iran called it "a terror attack."`, "Its proxies marched."}},
		{"curly quote after period", "He said “Stop.” Then he left.", []string{"He said “Stop.”", "Then he left."}},
		{"opening quote starts next", "He left. “Go,” she said.", []string{"He left.", "“Go,” she said."}},
		{"bracket after period", "(He left.) Then she did.", []string{"(He left.)", "Then she did."}},
		{"question and exclamation", "Is it true? Yes! It is.", []string{"Is it true?", "Yes!", "It is."}},
		{"question inside a quote then lower case", `"Why?" he asked. Nobody knew.`, []string{`"Why?" he asked.`, "Nobody knew."}},
		{"decimal number", "Prices rose 3.5 percent. Then they fell.", []string{"Prices rose 3.5 percent.", "Then they fell."}},
		{"year before period", "The law dates from 2014. It recognizes them.", []string{"The law dates from 2014.", "It recognizes them."}},
		{"digit starts sentence", "It was 2019. 31 people died.", []string{"It was 2019.", "31 people died."}},
		{"lower case after period", "He used e.g. pliers. and so on.", []string{"He used e.g. pliers. and so on."}},
		{"ellipsis", "Wait... What happened?", []string{"Wait...", "What happened?"}},
		{"line break inside sentence", "The U.S.\nEmbassy was\nstormed. Trump\nresponded.", []string{"The U.S.\nEmbassy was\nstormed.", "Trump\nresponded."}},
		{"surrounding space trimmed", "  One.   Two.  ", []string{"One.", "Two."}},
		{"script without case", "قال المتحدث. وأضاف", []string{"قال المتحدث.", "وأضاف"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			if diff := cmp.Diff(tt.want, texts(got)); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			checkSpans(t, tt.in, got)
		})
	}
}

// checkSpans asserts Split's contract: spans in order, non-overlapping, each
// Text the input between its offsets, trimmed, and every non-space rune of the
// input inside one of them.
func checkSpans(t *testing.T, in string, spans []Span) {
	t.Helper()
	covered := make([]bool, len(in))
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(in) {
			t.Fatalf("span %d [%d:%d] out of order or empty (previous end %d, input %d bytes)", i, s.Start, s.End, prev, len(in))
		}
		if s.Text != in[s.Start:s.End] {
			t.Fatalf("span %d Text %q != input[%d:%d] %q", i, s.Text, s.Start, s.End, in[s.Start:s.End])
		}
		if s.Text != strings.TrimFunc(s.Text, unicode.IsSpace) {
			t.Fatalf("span %d %q is not trimmed", i, s.Text)
		}
		for j := s.Start; j < s.End; j++ {
			covered[j] = true
		}
		prev = s.End
	}
	for i := 0; i < len(in); {
		r, n := utf8.DecodeRuneInString(in[i:])
		if !unicode.IsSpace(r) && !covered[i] {
			t.Fatalf("byte %d (%q) is in no span", i, in[i:i+n])
		}
		i += n
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "U.S. Embassy. Mr. Trump! Really? Yes.", `He said "no." "Yes."`, "3.5 and 2014. 31 died.",
		"Wait... What?", "(He left.) Then", "\xff. \xfeA", "a.\u00a0B", "“Go.” ‘Now.’", "No. 5. No. It",
	} {
		f.Add(s)
	}
	if raw, err := os.ReadFile("../us-embassy-baghdad-2019.txt"); err == nil {
		f.Add(string(raw))
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkSpans(t, in, Split(in))
	})
}

func readSeed(t testing.TB) string {
	t.Helper()
	raw, err := os.ReadFile("../us-embassy-baghdad-2019.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

func TestParseSeedArticle(t *testing.T) {
	raw := readSeed(t)
	d := Parse("us-embassy-baghdad-2019", raw)
	if d.Title != "New Year's Eve Attack on U.S. Embassy in Iraq" {
		t.Errorf("Title = %q", d.Title)
	}
	if got := len(d.Sentences); got != 22 {
		t.Fatalf("got %d sentences, want the title and 21 body sentences", got)
	}
	for i, s := range d.Sentences {
		if s.Index != i {
			t.Errorf("Sentences[%d].Index = %d", i, s.Index)
		}
		if s.Text != raw[s.Start:s.End] {
			t.Errorf("sentence %d Text %q != raw[%d:%d]", i, s.Text, s.Start, s.End)
		}
	}
	tests := []struct {
		index int
		has   string
	}{
		{0, "New Year's Eve Attack"},
		{1, "Thousands of people stormed the U.S. Embassy in Baghdad, Iraq on Tuesday"},
		{3, "the United States attacked five sites controlled by Kataib Hezbollah"},
		{5, `Iran called the strike a "terror attack,"`},
		{7, `"not a warning, it is a threat."`},
		{8, "The President also called on the Iraqi government"},
		{12, "The protestors did not breach the embassy"},
		{16, "the leader of Iran's elite Quds Force"},
		{18, "The Quds Force is a wing of Iran's Revolutionary Guards"},
		{21, "American interests in the Middle East."},
	}
	for _, tt := range tests {
		s, ok := d.Sentence(tt.index)
		if !ok {
			t.Errorf("Sentence(%d) not found", tt.index)
			continue
		}
		if !strings.Contains(s.Text, tt.has) {
			t.Errorf("sentence %d = %q, want it to contain %q", tt.index, s.Text, tt.has)
		}
	}
	if _, ok := d.Sentence(22); ok {
		t.Errorf("Sentence(22) found; the article has 21 body sentences")
	}
}

func TestParse(t *testing.T) {
	type sent struct {
		Index int
		Text  string
	}
	tests := []struct {
		name      string
		raw       string
		wantTitle string
		want      []sent
	}{
		{"empty", "", "", nil},
		{"title then paragraphs", "\n\nA Title\n\nOne. Two.\n\nThree.\n", "A Title",
			[]sent{{0, "A Title"}, {1, "One."}, {2, "Two."}, {3, "Three."}}},
		{"no title: first paragraph ends a sentence", "First sentence. Second.\n\nThird.", "",
			[]sent{{0, ""}, {1, "First sentence."}, {2, "Second."}, {3, "Third."}}},
		{"no title: question first", "Who did it?\n\nIran did.", "",
			[]sent{{0, ""}, {1, "Who did it?"}, {2, "Iran did."}}},
		{"no title: wrapped first paragraph", "Thousands of people stormed\nthe embassy. They left.", "",
			[]sent{{0, ""}, {1, "Thousands of people stormed\nthe embassy."}, {2, "They left."}}},
		{"CRLF line ends", "Title\r\n\r\nOne and\r\nstill one. Two.\r\n", "Title",
			[]sent{{0, "Title"}, {1, "One and\r\nstill one."}, {2, "Two."}}},
		{"blank lines of spaces separate paragraphs", "T\n \t \nA b\n  \nC d", "T",
			[]sent{{0, "T"}, {1, "A b"}, {2, "C d"}}},
		{"wire slug before the title", "IRAQ-SECURITY/\nRockets hit base near Kirkuk\n\nKIRKUK (Reuters) - Rockets hit.", "Rockets hit base near Kirkuk",
			[]sent{{0, "Rockets hit base near Kirkuk"}, {1, "KIRKUK (Reuters) - Rockets hit."}}},
		{"keywords line as its own paragraph", "MIDEAST-CRISIS/IRAQ-USA\n\nIraq vows reply\n\nIt did.", "Iraq vows reply",
			[]sent{{0, "Iraq vows reply"}, {1, "It did."}}},
		{"status prefix of a wire title", "UPDATE 2-Iraq militia vows revenge\n\nIt did.", "Iraq militia vows revenge",
			[]sent{{0, "Iraq militia vows revenge"}, {1, "It did."}}},
		{"section headers in capitals", "Title\n\nWHAT HAPPENED\nKhazali spoke. Then he left.\n\nKEY QUOTES\n\nIt ended.", "Title",
			[]sent{{0, "Title"}, {1, "Khazali spoke."}, {2, "Then he left."}, {3, "It ended."}}},
		{"a title in capitals stays", "IRAN FIRES MISSILES AT U.S. BASES\n\nIt did.", "IRAN FIRES MISSILES AT U.S. BASES",
			[]sent{{0, "IRAN FIRES MISSILES AT U.S. BASES"}, {1, "It did."}}},
		{"a line of one word in capitals is text", "T\n\nU.S.\nforces left. NATO stayed.", "T",
			[]sent{{0, "T"}, {1, "U.S.\nforces left."}, {2, "NATO stayed."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("doc", tt.raw)
			if d.ID != "doc" || d.Raw != tt.raw {
				t.Errorf("ID, Raw = %q, %q", d.ID, d.Raw)
			}
			if d.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q", d.Title, tt.wantTitle)
			}
			var got []sent
			for _, s := range d.Sentences {
				got = append(got, sent{s.Index, s.Text})
				if s.Text != "" && s.Text != tt.raw[s.Start:s.End] {
					t.Errorf("sentence %d Text %q != raw[%d:%d] %q", s.Index, s.Text, s.Start, s.End, tt.raw[s.Start:s.End])
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sentences mismatch (-want +got):\n%s", diff)
			}
			if _, ok := d.Sentence(0); ok != (tt.wantTitle != "") {
				t.Errorf("Sentence(0) found = %v, want %v", ok, tt.wantTitle != "")
			}
		})
	}
}

func TestFind(t *testing.T) {
	d := Parse("seed", readSeed(t))
	tests := []struct {
		name  string
		quote string
		want  int // sentence index, -1 for not found
	}{
		{"exact", "Qasem Soleimani, the leader of Iran's elite Quds Force", 16},
		{"title", "New Year's Eve Attack on U.S. Embassy", 0},
		{"white space folded", "  Iran   claimed a death\ntoll of 31 ", 4},
		{"embedded quotes", `Iran called the strike a "terror attack,"`, 5},
		{"whole sentence", "There was also graffiti on the walls of the embassy that said Soleimani had passed through the compound.", 17},
		{"first of several", "Trump Administration", 9},
		{"spans two sentences", "initial attack. Iran claimed", -1},
		{"not verbatim", "Qassem Soleimani, the leader", -1},
		{"case differs", "qasem soleimani", -1},
		{"empty", "", -1},
		{"only space", " \n ", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := d.Find(tt.quote)
			got := -1
			if ok {
				got = s.Index
			}
			if got != tt.want {
				t.Errorf("Find(%q) = sentence %d, want %d", tt.quote, got, tt.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "Title\n\nOne. Two.", "One. Two.\n\nThree", "\r\n\r\n", "T\n \nA", "IRAQ-USA/\nUPDATE 1-T\n\nKEY QUOTES\nA. B.", "UPDATE 2- \n\nA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		d := Parse("x", raw)
		next := 0
		prevEnd := 0
		for i, s := range d.Sentences {
			if s.Index != next {
				t.Fatalf("sentence %d has Index %d, want %d", i, s.Index, next)
			}
			next++
			if s.Start < prevEnd || s.End < s.Start || s.End > len(raw) {
				t.Fatalf("sentence %d [%d:%d] out of order (previous end %d)", i, s.Start, s.End, prevEnd)
			}
			if s.Text != raw[s.Start:s.End] {
				t.Fatalf("sentence %d Text %q != raw[%d:%d] %q", i, s.Text, s.Start, s.End, raw[s.Start:s.End])
			}
			prevEnd = s.End
			if s.Text != "" {
				if got, ok := d.Find(s.Text); !ok || got.Index > s.Index {
					t.Fatalf("Find(sentence %d text) = %d, %v", s.Index, got.Index, ok)
				}
			}
		}
	})
}
