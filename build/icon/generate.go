//go:build ignore

// generate draws Joblink's icon and writes build/appicon.png (256 px) and
// build/windows/icon.ico (16, 24, 32, 48, 64, 256 px, PNG-compressed entries). The UI draws
// the same shape in frontend/public/favicon.svg; change both together.
// Run from the repository root: go run build/icon/generate.go
package main

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

var (
	blueTop    = color.RGBA{0x1d, 0x4e, 0x89, 0xff}
	blueBottom = color.RGBA{0x16, 0x3a, 0x66, 0xff}
	orange     = color.RGBA{0xf2, 0x8c, 0x28, 0xff}
	white      = color.RGBA{0xff, 0xff, 0xff, 0xff}
)

// shape returns the colour at (x, y) in a unit square, or transparent.
func shape(x, y float64) color.RGBA {
	// Rounded square background.
	const r = 0.2
	dx := math.Max(math.Abs(x-0.5)-(0.5-r), 0)
	dy := math.Max(math.Abs(y-0.5)-(0.5-r), 0)
	if dx*dx+dy*dy > r*r {
		return color.RGBA{}
	}
	// An orange beam across the top: the construction side.
	if y > 0.17 && y < 0.29 && x > 0.22 && x < 0.78 {
		return orange
	}
	// A white "J": a stem, and a hook below it.
	const stemL, stemR = 0.54, 0.68
	if x > stemL && x < stemR && y > 0.29 && y < 0.62 {
		return white
	}
	cx, cy := 0.43, 0.62
	d := math.Hypot(x-cx, y-cy)
	if y >= cy && d > 0.25-0.14 && d < 0.25 {
		return white
	}
	// Background gradient.
	t := y
	mix := func(a, b uint8) uint8 { return uint8(float64(a)*(1-t) + float64(b)*t) }
	return color.RGBA{mix(blueTop.R, blueBottom.R), mix(blueTop.G, blueBottom.G), mix(blueTop.B, blueBottom.B), 0xff}
}

// draw renders the icon at size px with 4×4 supersampling.
func draw(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const ss = 4
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					c := shape((float64(px)+(float64(sx)+0.5)/ss)/float64(size), (float64(py)+(float64(sy)+0.5)/ss)/float64(size))
					fa := float64(c.A) / 255
					r += float64(c.R) * fa
					g += float64(c.G) * fa
					b += float64(c.B) * fa
					a += fa
				}
			}
			n := float64(ss * ss)
			if a > 0 {
				img.SetNRGBA(px, py, color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(255 * a / n)})
			}
		}
	}
	return img
}

func encode(img image.Image) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func main() {
	if err := os.WriteFile("build/appicon.png", encode(draw(256)), 0o644); err != nil {
		panic(err)
	}
	sizes := []int{16, 24, 32, 48, 64, 256}
	var ico bytes.Buffer
	binary.Write(&ico, binary.LittleEndian, [3]uint16{0, 1, uint16(len(sizes))})
	var images [][]byte
	for _, s := range sizes {
		images = append(images, encode(draw(s)))
	}
	offset := 6 + 16*len(sizes)
	for i, s := range sizes {
		dim := uint8(s)
		if s == 256 {
			dim = 0 // 0 means 256 in an ICO directory entry
		}
		binary.Write(&ico, binary.LittleEndian, struct {
			W, H, Colours, Reserved uint8
			Planes, BitCount        uint16
			Size, Offset            uint32
		}{dim, dim, 0, 0, 1, 32, uint32(len(images[i])), uint32(offset)})
		offset += len(images[i])
	}
	for _, b := range images {
		ico.Write(b)
	}
	if err := os.WriteFile("build/windows/icon.ico", ico.Bytes(), 0o644); err != nil {
		panic(err)
	}
}
