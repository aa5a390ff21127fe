package server

import (
	"log/slog"
	"net/http"
	"time"
)

// levelOf logs server errors as errors, refused requests as warnings.
func levelOf(code int) slog.Level {
	switch {
	case code >= 500:
		return slog.LevelError
	case code >= 400:
		return slog.LevelWarn
	}
	return slog.LevelInfo
}

func slogAttrs(r *http.Request, sw *statusWriter, d time.Duration) []slog.Attr {
	attrs := []slog.Attr{
		slog.String("method", r.Method),
		slog.String("path", r.URL.Path),
		slog.Int("status", sw.code),
		slog.Int64("bytes", sw.bytes),
		slog.Duration("duration", d),
		slog.String("remote", r.RemoteAddr),
	}
	if lang := r.URL.Query().Get("lang"); lang != "" {
		attrs = append(attrs, slog.String("lang", lang))
	}
	return attrs
}
