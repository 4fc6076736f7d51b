package story

import (
	"context"
	"fmt"

	marsad "github.com/marsad/marsad"
)

// Update clusters every stored document that has no story yet and records
// the assignments. It returns how many documents it assigned.
func Update(ctx context.Context, ss marsad.StoryStore, opts Options) (int, error) {
	opts = opts.withDefaults()
	items, err := ss.ClusterItems(ctx, opts.WindowDays)
	if err != nil {
		return 0, fmt.Errorf("stories: %w", err)
	}
	as := Cluster(items, opts)
	if len(as) == 0 {
		return 0, nil
	}
	if err := ss.Assign(ctx, as); err != nil {
		return 0, fmt.Errorf("stories: %w", err)
	}
	return len(as), nil
}
