package console

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/peterh/liner"
)

// plain reads lines from any reader, without prompts or history, and can
// look one line ahead.
type plain struct {
	r      *bufio.Reader
	err    error
	next   string
	peeked bool
}

func newPlain(r io.Reader) *plain {
	return &plain{r: bufio.NewReader(r)}
}

// ReadLine returns the next line; the prompt is not shown.
func (p *plain) ReadLine(string) (string, error) {
	if p.peeked {
		p.peeked = false
		return p.next, nil
	}
	return p.read()
}

// PeekLine returns the line ReadLine will return next.
func (p *plain) PeekLine() (string, error) {
	if p.peeked {
		return p.next, nil
	}
	line, err := p.read()
	if err != nil {
		return "", err
	}
	p.next, p.peeked = line, true
	return line, nil
}

func (p *plain) read() (string, error) {
	if p.err != nil {
		return "", p.err
	}
	line, err := p.r.ReadString('\n')
	if err != nil {
		p.err = err
		if line == "" {
			return "", err
		}
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// AddHistory does nothing: a script has no history.
func (p *plain) AddHistory(string) {}

// terminal edits lines with liner, which reads the process's standard input
// and writes its standard output, and keeps the history in a file.
type terminal struct {
	st      *liner.State
	history string
	warn    io.Writer // for a failure to save the history, once
	warned  bool
}

// newTerminal starts line editing and loads the history; the error is only
// a warning about the history file.
func newTerminal(history string, warn io.Writer) (*terminal, error) {
	st := liner.NewLiner()
	st.SetCtrlCAborts(true)
	st.SetMultiLineMode(true)
	t := &terminal{st: st, history: history, warn: warn}
	if history == "" {
		return t, nil
	}
	f, err := os.Open(history)
	if errors.Is(err, os.ErrNotExist) {
		return t, nil
	}
	if err != nil {
		return t, fmt.Errorf("history: %w", err)
	}
	defer f.Close()
	if _, err := st.ReadHistory(f); err != nil {
		return t, fmt.Errorf("history %s: %w", history, err)
	}
	return t, nil
}

// ReadLine shows prompt and returns the line typed; errAborted on Ctrl-C.
func (t *terminal) ReadLine(prompt string) (string, error) {
	line, err := t.st.Prompt(prompt)
	if errors.Is(err, liner.ErrPromptAborted) {
		return "", errAborted
	}
	return line, err
}

// AddHistory adds line to the history and saves the history file at once,
// so that a crash or a kill loses nothing.
func (t *terminal) AddHistory(line string) {
	t.st.AppendHistory(line)
	if t.history == "" {
		return
	}
	if err := t.save(); err != nil && !t.warned {
		t.warned = true
		fmt.Fprintf(t.warn, "warning: %v\n", err)
	}
}

func (t *terminal) save() error {
	tmp := t.history + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	if _, err := t.st.WriteHistory(f); err != nil {
		f.Close()
		return fmt.Errorf("history: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	if err := os.Rename(tmp, t.history); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	return nil
}

// Close restores the terminal.
func (t *terminal) Close() error {
	return t.st.Close()
}
