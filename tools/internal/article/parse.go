package article

// Parse reads an article in any supported format.
func Parse(name string, data []byte) (Article, error) {
	return ParsePlain(string(data))
}
