package analyze

import (
	"github.com/marsad/marsad/arabic/clitic"
	"github.com/marsad/marsad/arabic/root"
	"github.com/marsad/marsad/arabic/stem"
)

// morph returns the clitic segmentation, light stem and root of an Arabic
// word in Orthographic form.
func morph(ortho string) (seg, st, rt string) {
	return clitic.Split(ortho).String(), stem.Light(ortho), root.Extract(ortho)
}
