package extract

import (
	"context"
	"fmt"
	"github.com/kg-analyst/kg/seeds/article"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

func timeParse(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

// FuzzMentions feeds any text to the mention matcher and the whole
// extractor: no panic, every mention is the text between its offsets, every
// statement cites a sentence the document has.
func FuzzMentions(f *testing.F) {
	for _, s := range []string{
		"", "Qassem Suleimani, the leader of Iran's Qods Force.", "Kata'ib Hizballah-backed militias",
		"U.S. President Trump threatened Iran via Twitter.", "\xff\xfe Iran's's '' ’s -backed", "A. B. C. D.",
		"al-", "-backed", "the killing of", "Soleimani's killing on Friday, January 3, 2020.",
		"Baghdad International Airport Airport Airport", "on Feb. 31",
		"Iraq's parliament voted. Later parliament met, and the alliance left with his aides.", "the U.S.-led coalition, 82nd Airborne",
		"Esmail Ghaani, Soleimani's deputy, was named the new commander of the Quds Force", "Mohammad Qasem Soleimani and his brother Laith al-Khazali",
		"government of Iraq", "al- al-Sadr al", "Ukraine International Airlines flight 752",
	} {
		f.Add(s)
	}
	if raw, err := os.ReadFile("testdata/dev/soleimani-killed-2020.txt"); err == nil {
		f.Add(string(raw))
	}
	// Both modes: the seed's (descriptions) and a new article's.
	xs := []*Extractor{New(known, Options{Descriptive: true, Describe: true}), New(known, Options{})}
	f.Fuzz(func(t *testing.T, in string) {
		for _, x := range xs {
			checkExtract(t, x, in)
		}
	})
}

// checkExtract extracts in with x and checks what FuzzMentions promises.
func checkExtract(t *testing.T, x *Extractor, in string) {
	t.Helper()
	toks := tokenize(in)
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End < tk.Start || tk.End > len(in) || in[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %+v out of place in %q", tk, in)
		}
		prev = tk.End
	}
	res, err := x.Extract(context.Background(), Input{ID: "fuzz", Raw: in, Date: "2020-01-03"})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range res.Mentions {
		if m.Start < 0 || m.End > len(in) || m.Start >= m.End || in[m.Start:m.End] != m.Text || m.Entity == "" {
			t.Fatalf("mention %+v out of place in %q", m, in)
		}
	}
	sents := map[int]bool{}
	for _, s := range res.Document.Sentences {
		if s.Text != "" {
			sents[s.Index] = true
		}
	}
	for _, st := range res.Document.Statements {
		if !sents[st.Sentence] {
			t.Fatalf("statement %s %s %s cites sentence %d, which the document lacks", st.Subject, st.Predicate.Name, st.Object, st.Sentence)
		}
	}
	for _, e := range res.Document.Entities {
		if e.ID == "" || e.ID != Slug(e.ID) || strings.TrimSpace(e.Name) == "" || !utf8.ValidString(e.Name) && utf8.ValidString(in) {
			t.Fatalf("entity %+v", e)
		}
	}
	if err := res.Document.Validate(); err != nil {
		t.Fatalf("validate: %v", err)
	}
}

// BenchmarkExtract reads the seed article; the extractor needs no model, so
// there is nothing to load first. Reports articles per second.
func BenchmarkExtract(b *testing.B) {
	raw, err := os.ReadFile("../us-embassy-baghdad-2019.txt")
	if err != nil {
		b.Fatal(err)
	}
	x := New(known, Options{})
	ctx := context.Background()
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.Extract(ctx, Input{ID: "seed", Raw: string(raw), Date: "2019-12-31"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// cpuSeconds is the CPU time, user and system (the garbage collector's
// too), the process has used: on a machine others share, sentences per
// CPU second move less than sentences per second of wall time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru) // left zero on failure
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// BenchmarkExtractSentences reads one long article of 100, 1,000 and
// 10,000 sentences, made of the dev articles' paragraphs over and over, to
// show that the cost stays linear in the text: sentences/s should not fall
// as the article grows.
func BenchmarkExtractSentences(b *testing.B) {
	paths, _ := filepath.Glob("testdata/dev/*.txt")
	var paras []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc := article.Parse("p", string(raw))
		for _, s := range doc.Sentences[1:] {
			paras = append(paras, s.Text)
		}
	}
	x := New(known, Options{})
	for _, n := range []int{100, 1000, 10000} {
		var sb strings.Builder
		sb.WriteString("A long file\n\n")
		for i := 0; i < n; i++ {
			sb.WriteString(paras[i%len(paras)])
			sb.WriteString("\n\n")
		}
		raw := sb.String()
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			cpu := cpuSeconds()
			for i := 0; i < b.N; i++ {
				if _, err := x.Extract(context.Background(), Input{ID: "long", Raw: raw, Date: "2020-01-08"}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
			b.ReportMetric(float64(n*b.N)/(cpuSeconds()-cpu), "sentences/cpu-s")
		})
	}
}
