# Code.format_string! keeps comments inside a map, a struct and a keyword list written over lines
# (before each pair, trailing ones moved above their pair, before the closing bracket)
sources = [
  ~S'''
m = %{
  # first
  a: 1,
  # second
  b: 2
  # trailing
}
''',
  ~S'''
m = %{
  # c1
  "a" => 1,
  "b" => 2 # after b
}
''',
  ~S'''
s = %User{
  # the name
  name: "x",

  # the age
  age: 2
}
''',
  ~S'''
opts = [
  # c1
  timeout: 5000,
  # c2
  retries: 3
  # end
]
''',
  ~S'''
config = %{
  nested: %{
    # inner
    deep: true
  },
  # outer
  other: [
    # in list
    x: 1
  ]
}
''',
  ~S'''
m = %{
  map
  | a: 1,
    b: 2
}
''',
]
for s <- sources do
  IO.puts(IO.iodata_to_binary(Code.format_string!(s)))
  IO.puts("----")
end
# blank lines between a container's elements go, but one before a comment stays
for s <- ["[\n  1,\n\n  2\n]\n", "[\n  a: 1,\n  # c\n\n  b: 2\n]\n", "[\n  a: 1,\n\n  # c\n  b: 2\n]\n", "[\n  a: 1\n\n  # end\n]\n"] do
  IO.puts(IO.iodata_to_binary(Code.format_string!(s)))
end
# comments between a call's arguments put each argument (and keyword pair) on a line of its own
calls = [
  "foo(\n  # arg comment\n  1,\n  2\n)\n",
  "foo(1,\n  # c\n  2)\n",
  "foo(\n  a,\n  # c\n  b: 1,\n  c: 2\n)\n",
  "x = Enum.map(\n  # the list\n  [1, 2],\n  # the fun\n  fn x -> x end\n)\n",
  "x = foo(\n  # arg comment\n  1,\n  2 # after\n)\n",
  "foo(1, 2)\n# after the call\nbar(\n  3 # three\n)\n",
]
for s <- calls do
  IO.puts(IO.iodata_to_binary(Code.format_string!(s)))
  IO.puts("----")
end
# a tuple opened on lines of its own stays one element a line, as a list (with its comments), and
# a pattern opened so keeps the right side of its `=` on its last line
tuples = [
  "t = {\n  # c1\n  1,\n  2\n}\n",
  "t = {\n  1,\n  2\n  # end\n}\n",
  "def f do\n  {\n    :ok,\n    %{a: 1}\n  }\nend\n",
  "x = {\n  :error,\n  reason: 1\n}\n",
  "foo({\n  1,\n  2\n})\n",
  "case x do\n  1 -> {\n    :a,\n    :b\n  }\nend\n",
  "[\n  {\n    1,\n    2\n  }\n]\n",
  "{\n  a,\n  b\n} = foo()\n",
  "[\n  a,\n  b\n] = foo()\n",
  "%{\n  a: a\n} = foo()\n",
]
for s <- tuples do
  IO.puts(IO.iodata_to_binary(Code.format_string!(s)))
  IO.puts("----")
end
