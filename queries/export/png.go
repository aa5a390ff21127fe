package export

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"strings"

	"github.com/fogleman/gg"
	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/gvc"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
)

// pngGraphviz starts Graphviz with kg's own PNG renderer. go-graphviz's
// built-in one (v0.2.10) fills every edge's curve into a solid blob and loses
// unfilled ellipses; this one draws what Graphviz asks, with Go's own font,
// so the picture is the same on every machine.
func pngGraphviz(ctx context.Context) (*graphviz.Graphviz, error) {
	render, err := gvc.NewRenderPlugin(ctx, "png", &pngRenderer{DefaultRenderEngine: new(gvc.DefaultRenderEngine)})
	if err != nil {
		return nil, fmt.Errorf("png renderer: %w", err)
	}
	device, err := gvc.PNGDevicePlugin(ctx)
	if err != nil {
		return nil, fmt.Errorf("png device: %w", err)
	}
	gv, err := graphviz.NewWithPlugins(ctx, render, device)
	if err != nil {
		return nil, fmt.Errorf("start graphviz: %w", err)
	}
	return gv, nil
}

// pngRenderer is a Graphviz render engine drawing on a gg canvas.
type pngRenderer struct {
	*gvc.DefaultRenderEngine
	dc     *gg.Context
	faces  map[float64]font.Face
	inEdge bool
}

// BeginEdge notes that an edge is being drawn: Graphviz's edge splines are
// lines, whatever filled flag reaches the engine (the wasm binding passes an
// unreliable one).
func (r *pngRenderer) BeginEdge(_ context.Context, _ *gvc.Job) error {
	r.inEdge = true
	return nil
}

// EndEdge ends an edge.
func (r *pngRenderer) EndEdge(_ context.Context, _ *gvc.Job) error {
	r.inEdge = false
	return nil
}

func (r *pngRenderer) x(job *gvc.Job, x float64) float64 { return job.Scale().X() * x }
func (r *pngRenderer) y(job *gvc.Job, y float64) float64 { return -job.Scale().Y() * y }

// BeginPage starts a white canvas of the page's size.
func (r *pngRenderer) BeginPage(_ context.Context, job *gvc.Job) error {
	r.dc = gg.NewContext(int(job.Width()), int(job.Height()))
	r.dc.SetRGB(1, 1, 1)
	r.dc.Clear()
	t := job.Translation()
	r.dc.Translate(r.x(job, t.X()), r.y(job, t.Y()))
	return nil
}

// EndPage encodes the canvas as the job's output.
func (r *pngRenderer) EndPage(_ context.Context, job *gvc.Job) error {
	var buf bytes.Buffer
	if err := png.Encode(&buf, r.dc.Image()); err != nil {
		return fmt.Errorf("encode png: %w", err)
	}
	job.SetOutputData(buf.Bytes())
	job.SetOutputDataPosition(uint(buf.Len()))
	return nil
}

// setColour sets the drawing colour; it reports false for a transparent one,
// which draws nothing.
func (r *pngRenderer) setColour(c *gvc.Color) bool {
	rgba := c.RGBAUint()
	if rgba[3] == 0 {
		return false
	}
	r.dc.SetRGBA255(int(rgba[0]), int(rgba[1]), int(rgba[2]), int(rgba[3]))
	return true
}

func (r *pngRenderer) setPen(job *gvc.Job) {
	o := job.Object()
	switch o.Pen() {
	case gvc.PenDashed:
		r.dc.SetDash(4 * job.Zoom())
	case gvc.PenDotted:
		r.dc.SetDash(2*job.Zoom(), 4*job.Zoom())
	default:
		r.dc.SetDash()
	}
	r.dc.SetLineWidth(o.PenWidth() * job.Zoom())
}

// paint fills the current path when filled, then strokes its outline.
func (r *pngRenderer) paint(job *gvc.Job, filled bool) {
	o := job.Object()
	if filled && r.setColour(o.FillColor()) {
		r.dc.FillPreserve()
	}
	if o.Pen() != gvc.PenNone && r.setColour(o.PenColor()) {
		r.setPen(job)
		r.dc.StrokePreserve()
	}
	r.dc.ClearPath()
}

// Ellipse draws an ellipse given its centre and a corner.
func (r *pngRenderer) Ellipse(_ context.Context, job *gvc.Job, p []*gvc.PointFloat, filled bool) error {
	r.dc.ClearPath()
	cx, cy := r.x(job, p[0].X()), r.y(job, p[0].Y())
	rx, ry := r.x(job, p[1].X()-p[0].X()), r.x(job, p[1].Y()-p[0].Y())
	r.dc.DrawEllipse(cx, cy, abs(rx), abs(ry))
	r.paint(job, filled)
	return nil
}

// Polygon draws a closed polygon.
func (r *pngRenderer) Polygon(_ context.Context, job *gvc.Job, p []*gvc.PointFloat, filled bool) error {
	r.dc.ClearPath()
	for i, pt := range p {
		if i == 0 {
			r.dc.MoveTo(r.x(job, pt.X()), r.y(job, pt.Y()))
		} else {
			r.dc.LineTo(r.x(job, pt.X()), r.y(job, pt.Y()))
		}
	}
	r.dc.ClosePath()
	r.paint(job, filled)
	return nil
}

// Polyline draws an open line.
func (r *pngRenderer) Polyline(_ context.Context, job *gvc.Job, p []*gvc.PointFloat) error {
	r.dc.ClearPath()
	for i, pt := range p {
		if i == 0 {
			r.dc.MoveTo(r.x(job, pt.X()), r.y(job, pt.Y()))
		} else {
			r.dc.LineTo(r.x(job, pt.X()), r.y(job, pt.Y()))
		}
	}
	r.paint(job, false)
	return nil
}

// BezierCurve draws a cubic Bézier spline (and fills it when asked: the
// rounded corners of a filled box come this way).
func (r *pngRenderer) BezierCurve(_ context.Context, job *gvc.Job, p []*gvc.PointFloat, filled bool) error {
	if len(p) == 0 {
		return nil
	}
	r.dc.ClearPath()
	r.dc.MoveTo(r.x(job, p[0].X()), r.y(job, p[0].Y()))
	for i := 1; i+2 < len(p); i += 3 {
		r.dc.CubicTo(r.x(job, p[i].X()), r.y(job, p[i].Y()),
			r.x(job, p[i+1].X()), r.y(job, p[i+1].Y()),
			r.x(job, p[i+2].X()), r.y(job, p[i+2].Y()))
	}
	r.paint(job, filled && !r.inEdge)
	return nil
}

// TextSpan draws one line of text anchored as Graphviz says.
func (r *pngRenderer) TextSpan(_ context.Context, job *gvc.Job, p *gvc.PointFloat, span *gvc.TextSpan) error {
	face, err := r.face(span.Font().Size() * job.Zoom())
	if err != nil {
		return err
	}
	if !r.setColour(job.Object().PenColor()) {
		return nil
	}
	r.dc.SetFontFace(face)
	ax := 0.5
	switch span.Just() {
	case 'l':
		ax = 0
	case 'r':
		ax = 1
	}
	text := strings.TrimRight(span.Text(), "\x00")
	y := r.y(job, p.Y()+span.YOffsetCenterLine()+span.YOffsetLayout())
	r.dc.DrawStringAnchored(text, r.x(job, p.X()), y, ax, 0)
	return nil
}

// face returns Go Regular at size points, cached.
func (r *pngRenderer) face(size float64) (font.Face, error) {
	if f, ok := r.faces[size]; ok {
		return f, nil
	}
	ft, err := truetype.Parse(goregular.TTF)
	if err != nil {
		return nil, fmt.Errorf("load font: %w", err)
	}
	if r.faces == nil {
		r.faces = map[float64]font.Face{}
	}
	f := truetype.NewFace(ft, &truetype.Options{Size: size})
	r.faces[size] = f
	return f, nil
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
