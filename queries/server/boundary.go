package server

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"net/url"
	"strings"
)

// errCrossOrigin answers what a page on another site made a browser send.
var errCrossOrigin = errors.New("cross-origin request refused: kg answers scripts, Cayley's tools and its own page, not pages of other sites")

// errToken answers a request without the server's token.
var errToken = errors.New("token required: send Authorization: Bearer TOKEN, or open the page once as /?token=TOKEN")

// tokenCookie keeps the token in the analyst's browser after /?token=.
const tokenCookie = "kg_token"

// sameOrigin refuses, before anything reads the store, every request that
// a browser marks as sent by a page of another origin, whatever its method:
// a GET can run a query or reveal data as well as a POST can, and the time
// an answer takes would tell the page whether a guessed name is in the
// graph. Only the page's static files are exempt, and only for GET: they
// hold no data. A request is cross-origin when Sec-Fetch-Site says anything
// but same-origin or none (typed by the user), or, from browsers that send
// no Sec-Fetch-Site, when Origin or Referer names another origin. Scripts
// and Cayley's tools send none of these and pass.
func sameOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !holdsData(r) || !crossOrigin(r) {
			next.ServeHTTP(w, r)
			return
		}
		writeError(w, http.StatusForbidden, errCrossOrigin)
	})
}

// holdsData reports whether r may run a query or reveal data: anything but
// a GET or HEAD of the page's static files.
func holdsData(r *http.Request) bool {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return true
	}
	return strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/health"
}

// crossOrigin reports whether a browser sent r for a page of another
// origin.
func crossOrigin(r *http.Request) bool {
	switch site := r.Header.Get("Sec-Fetch-Site"); site {
	case "same-origin", "none":
		return false
	case "":
	default: // cross-site, same-site (another port or subdomain)
		return true
	}
	if o := r.Header.Get("Origin"); o != "" {
		return !ownOrigin(o, r.Host)
	}
	if ref := r.Header.Get("Referer"); ref != "" {
		return !ownOrigin(ref, r.Host)
	}
	return false
}

// ownOrigin reports whether the URL u (an Origin or a Referer) is on host.
func ownOrigin(u, host string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && strings.EqualFold(p.Host, host)
}

// requireToken refuses requests that do not carry token: in an
// Authorization: Bearer header, in the cookie /?token= sets, or as ?token=.
// /?token=TOKEN sets the cookie (HttpOnly, SameSite=Strict) and sends the
// browser to /, so the page's own requests carry it from then on.
func requireToken(token string, next http.Handler) http.Handler {
	want := []byte(token)
	valid := func(got string) bool { return got != "" && subtle.ConstantTimeCompare([]byte(got), want) == 1 }
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query().Get("token")
		if r.URL.Path == "/" && valid(q) {
			http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
			http.Redirect(w, r, "/", http.StatusSeeOther)
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			got = q
		}
		if c, err := r.Cookie(tokenCookie); got == "" && err == nil {
			got = c.Value
		}
		if !valid(got) {
			writeError(w, http.StatusUnauthorized, errToken)
			return
		}
		next.ServeHTTP(w, r)
	})
}
