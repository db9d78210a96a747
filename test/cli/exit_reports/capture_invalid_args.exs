f = &foo/bar
