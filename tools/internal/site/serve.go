package site

import (
	"strconv"

	"github.com/gohugoio/hugo/commands"
)

// Serve runs Hugo's development server on 127.0.0.1:port for the project in
// source, rendering to memory with live reload, until SIGINT or SIGTERM.
func Serve(source string, port int) error {
	return commands.Execute([]string{
		"server",
		"--source", source,
		"--bind", "127.0.0.1",
		"--port", strconv.Itoa(port),
		"--disableFastRender",
		// Hugo's server writes to publishDir unless told otherwise, which
		// would replace the built site with pages that need the server.
		"--renderToMemory",
	})
}
