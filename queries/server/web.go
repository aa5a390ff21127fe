package server

import "embed"

// webFS is the analysts' page served at /: plain HTML, CSS and JavaScript,
// nothing to build.
//
//go:embed web
var webFS embed.FS
