# an unsized binary in the <<>> on the left of <> in a pattern: the same CompileError
<<x::binary>> <> "b" = "ab"
IO.inspect(x)
