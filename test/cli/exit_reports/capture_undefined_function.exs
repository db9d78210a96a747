f = &foo/1
