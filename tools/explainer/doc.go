/*
Explainer turns a news article into a structured, sourced explainer and
publishes it as a static website built by Hugo, which runs inside the
command: no separate hugo binary is needed.

Usage:

	explainer <command> [flags] [args]

The commands are:

	build    extract every explainer in content/ and build the site into
	         public/; with no explainers, it adds the built-in article first
	add      copy articles into content/explainers/<slug>/ and extract them
	extract  print the explainer JSON of an article (- reads standard input)
	serve    preview the site on 127.0.0.1 with live reload; editing a
	         source.txt re-extracts its explainer
	bundle   write the offline files into a built site; with --zip FILE,
	         also the whole site as a zip that works from file://
	eval     score extraction against the labels in DIR/manifest.json;
	         several DIRs are scored as one collection
	bench    measure extraction and builds of --articles N generated
	         articles against a bare Hugo build of the same articles
	version  print the versions of explainer, Hugo and Go

build extracts on every core (--jobs) and skips explainers whose
source.txt has not changed since the last run; it shows the progress of
each phase (extraction, the files Hugo writes, data pages, offline files),
on a terminal as a bar and otherwise as a line every five seconds, and ends
with one summary line (--quiet for neither). Articles
past the limits (--max-bytes, --max-paragraphs, --max-paragraph-bytes, or
[params.explainer] in hugo.toml) are refused with a message that says how
to raise them.

When the output folder holds an earlier build (its .explainer-build.json
records the digest of every bundle and of everything the pages share:
hugo.toml, layouts/, assets/, the section pages, this executable), build
renders only the explainers whose bundles changed, with every list page,
feed and the sitemap, and replaces just those files in the output folder,
each in one step, so that adding one article to ten thousand does not
render ten thousand pages. The result is the same as a full build, which
--full forces and which build falls back to when the shared inputs
changed, when most bundles did, when files of the earlier build are gone,
or when a page has aliases. A full build writes a fresh folder and swaps
it in whole.

add refuses to replace a source.txt that was edited by hand,
and an article dated in the future, unless given --force.

Commands that work on the site take --source, the project folder holding
hugo.toml (default: the current folder). --date YYYY-MM-DD sets an
article's publication date, against which relative dates ("on Tuesday",
"earlier this year") are resolved.

An explainer lives in a page bundle, content/explainers/<slug>/:

	source.txt      the article in the plain format; the source of truth
	explainer.json  the extracted explainer (schema "explainer/v1"), rewritten
	                whenever source.txt or the extractor changes
	index.md        front matter (title, date, description, outlet); once
	                an editor changes it, the tool keeps it

Articles come in the plain format (headline, outlet, optional "Key: value"
header lines such as Date, URL and Author, a "****" line, then one
paragraph per line), as Markdown with front matter, or as HTML pages.

After Hugo has run, build fills the JSON block that each data page leaves
empty with the explainer.json, marked up with chroma's classes (Hugo's
own highlighter, which serve uses, takes 40 times as long), writes the
explainer.json, compact, over the empty object Hugo wrote as index.json
(the bytes Hugo's minifier would give, without Hugo reading the file and
minifying it), and
writes public/offline/<slug>.html: the explainer as one self-contained
file (stylesheet inline, the original article appended, links between
them as in-page anchors, no external requests, a <meta> CSP that allows
its own stylesheet by hash), offered on the explainer page as "Save for
offline reading". build --zip FILE, or params.bundle.zip in hugo.toml,
also writes the whole site as a zip whose links are relative and end in
index.html, so it works when unzipped and opened from file://; the same
site always gives the same bytes.

Errors are one line on standard error, "explainer: FILE: what is wrong".
The exit status is 0 on success, 1 on failure and 2 for a usage error. A
failed build leaves content/ and public/ as they were.
*/
package main
