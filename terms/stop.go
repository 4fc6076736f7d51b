package terms

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// stopList holds function words that carry no topic. Queries drop them
// (unless a query has nothing else); phrases keep them; story features
// skip them. Normalized with arabic.Search when loaded.
const stopList = `
في من الى إلى على عن مع ان أن إن انه أنه إنه انها أنها إنها ما ماذا لا لم لن ليس و ف ب ل ك او أو ام أم
ثم قد لقد كان كانت يكون تكون كانوا هذا هذه ذلك تلك هؤلاء هناك هنا التي الذي الذين اللذين اللتين اللاتي
هو هي هم هن انا أنا نحن انت أنت كل بعض غير بين حتى عند عندما منذ خلال حول ضد بعد قبل فوق تحت امام أمام
لدى الا إلا اذا إذا لو كما حيث لكن بل اي أي ايضا أيضا تم يتم وقد وفي ومن وعلى والى وإلى وعن ومع وان وأن
وإن وكان وكانت وهو وهي وهذا وهذه وذلك والتي والذي فيه فيها منه منها عليه عليها اليه إليه اليها إليها له لها
لهم به بها عنه عنها بينما الذى التى مثل اكثر أكثر اقل أقل جدا قال قالت وقال وقالت يوم اليوم امس أمس
the a an of to in on for and or is are was were be by with at from as that this it
`

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(stopList) {
		m[arabic.Search.String(w)] = true
	}
	return m
}()

// IsStop reports whether the normalized word norm is a function word.
func IsStop(norm string) bool { return stop[norm] }
