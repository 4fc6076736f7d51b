package web

import (
	"net/http"

	marsad "github.com/marsad/marsad"
)

type storyPage struct {
	head
	S *marsad.StoryDetail
}

// uiStory shows a story: the outlets that covered it, in time order.
func (s *Server) uiStory(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "story", http.StatusOK, storyPage{head{Title: firstNonEmpty(st.Title, st.ID)}, st})
}
