package main

import (
	"context"
	"fmt"
	"os"

	"github.com/explainer-dev/explainer/tools/internal/site"
)

func main() {
	_, err := site.Build(context.Background(), site.Options{Source: os.Args[1], Destination: os.Args[2], Log: os.Stderr})
	fmt.Println(err)
}
