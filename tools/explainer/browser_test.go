package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/audits"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium is Debian's package; the tests never download a browser.
const chromium = "/usr/bin/chromium"

// newBrowser starts a headless Chromium with a fresh profile, or skips the
// test when there is none and this is not CI (where .ci/run installs it).
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("%s is missing (apt-get install chromium); set CI=true to make this a failure", chromium)
		}
		t.Fatalf("CI is set but %s is missing: .ci/run must install chromium", chromium)
	}
	profile, err := os.MkdirTemp("", "explainer-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
	)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
		// Chromium's helpers can write into the profile for a moment after
		// the browser stops.
		for range 50 {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", chromium, err)
	}
	return ctx
}

// visit is what one page load showed.
type visit struct {
	problems []string // CSP violations, console errors, exceptions, failed requests
	requests []string // every URL the page asked for, the document included
	notes    []string // warnings and other issues, for the test log
}

// cspProbe records securitypolicyviolation events. DevTools injects it, so
// the page's own CSP (which allows no script) does not stop it.
const cspProbe = `window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));`

// load opens url in a new tab of the browser and reports what happened
// while it loaded; check, if not nil, runs in the loaded page. With offline
// set, the tab has no network at all.
func load(t *testing.T, browser context.Context, url string, offline bool, check func(ctx context.Context) error) visit {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	defer cancelTimeout()

	var mu sync.Mutex
	var v visit
	add := func(list *[]string, format string, args ...any) {
		mu.Lock()
		*list = append(*list, fmt.Sprintf(format, args...))
		mu.Unlock()
	}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			add(&v.requests, "%s", ev.Request.URL)
		case *network.EventLoadingFailed:
			add(&v.problems, "request failed: %s %s %s", ev.Type, ev.ErrorText, ev.BlockedReason)
		case *network.EventResponseReceived:
			if ev.Response.Status >= 400 {
				add(&v.problems, "HTTP %d for %s", ev.Response.Status, ev.Response.URL)
			}
		case *log.EventEntryAdded:
			// Chromium reports a malformed security header (an unknown
			// Permissions-Policy feature, say) as a security warning.
			if ev.Entry.Level == log.EntryLevelError || ev.Entry.Source == log.EntrySourceSecurity {
				add(&v.problems, "console %s (%s): %s", ev.Entry.Level, ev.Entry.Source, ev.Entry.Text)
			} else {
				add(&v.notes, "console %s (%s): %s", ev.Entry.Level, ev.Entry.Source, ev.Entry.Text)
			}
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				add(&v.problems, "console.%s called", ev.Type)
			}
		case *runtime.EventExceptionThrown:
			add(&v.problems, "exception: %s", ev.ExceptionDetails.Text)
		case *audits.EventIssueAdded:
			if ev.Issue.Code == audits.InspectorIssueCodeContentSecurityPolicyIssue {
				add(&v.problems, "CSP issue reported by DevTools")
			} else {
				add(&v.notes, "DevTools issue %s", ev.Issue.Code)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	steps := []error{}
	_, err = chromedp.Call(ctx, network.Enable, network.EnableParams{})
	steps = append(steps, err)
	_, err = chromedp.Call(ctx, log.Enable, cdp.Empty{})
	steps = append(steps, err)
	_, err = chromedp.Call(ctx, audits.Enable, cdp.Empty{})
	steps = append(steps, err)
	_, err = chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspProbe})
	steps = append(steps, err)
	if offline {
		_, err = chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{Offline: true}},
		})
		steps = append(steps, err)
	}
	for _, err := range steps {
		if err != nil {
			t.Fatalf("setting up the tab: %v", err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.Sleep(300*time.Millisecond)); err != nil {
		t.Fatalf("loading %s: %v", url, err)
	}
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__csp || []`))
	if err != nil {
		t.Fatalf("%s: reading the CSP probe: %v", url, err)
	}
	for _, s := range violations {
		add(&v.problems, "CSP violation: %s", s)
	}
	if check != nil {
		if err := check(ctx); err != nil {
			add(&v.problems, "%v", err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	return visit{problems: append([]string(nil), v.problems...), requests: append([]string(nil), v.requests...), notes: append([]string(nil), v.notes...)}
}

func (v visit) report(t *testing.T, url string) {
	t.Helper()
	for _, n := range v.notes {
		t.Logf("%s: %s", url, n)
	}
	if len(v.problems) > 0 {
		t.Errorf("%s:\n\t%s", url, strings.Join(v.problems, "\n\t"))
	}
}
