package web_test

import (
	"context"
	"log/slog"
	"net"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/marsad/marsad/analyze"
	"github.com/marsad/marsad/sqlite"
	"github.com/marsad/marsad/web"
)

// chromiumPath is Debian's chromium, which .ci/run installs.
const chromiumPath = "/usr/bin/chromium"

const browserToken = "browser-test-token"

// TestBrowser drives headless Chromium against the real server, on a
// loopback port, over a fresh database with the demo corpus loaded.
func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		if ci := os.Getenv("CI"); ci != "" && ci != "false" && ci != "0" {
			t.Fatalf("CI is set but %s is missing: install Debian's chromium", chromiumPath)
		}
		t.Skipf("%s is missing (apt-get install chromium); set CI=true to make this a failure", chromiumPath)
	}
	base, store := startDemoServer(t)
	putFixtures(t, store)
	browser := newBrowser(t)
	t.Run("Demo", func(t *testing.T) { testDemo(t, tab(t, browser), base) })
	t.Run("Search", func(t *testing.T) { testSearch(t, tab(t, browser), base) })
	t.Run("Article", func(t *testing.T) { testArticle(t, tab(t, browser), base) })
	t.Run("DemoEntities", func(t *testing.T) { testDemoEntities(t, tab(t, browser), base, store) })
	t.Run("HostileComment", func(t *testing.T) { testHostileComment(t, tab(t, browser), base) })
	t.Run("Story", func(t *testing.T) { testStory(t, tab(t, browser), base) })
	t.Run("Phone", func(t *testing.T) { testPhone(t, tab(t, browser), base) })
}

// startDemoServer starts the server as "marsad serve" does, on
// 127.0.0.1:0, and returns its URL and store.
func startDemoServer(t *testing.T) (string, *sqlite.DB) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	store := openStore(t)
	n, err := web.LoadDemo(ctx, store, web.DemoOptions{SeedDir: "../../shared/seed"})
	if err != nil || n < 10 {
		t.Fatalf("demo: %d documents, %v", n, err)
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	h, err := web.New(web.Config{Store: store, Analyze: analyze.Options{}, Log: log, Token: browserToken})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- web.Serve(ctx, ln, h, log) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("shutdown: %v", err)
		}
	})
	return "http://" + ln.Addr().String(), store
}

func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("start %s: %v", chromiumPath, err)
	}
	return ctx
}

// tab opens a new tab with a deadline.
func tab(t *testing.T, browser context.Context) context.Context {
	ctx, cancel := chromedp.NewContext(browser)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel() })
	return ctx
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}
