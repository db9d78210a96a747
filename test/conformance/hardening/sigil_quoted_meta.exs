IO.inspect(quote(do: ~s(abc)), label: "q")
IO.inspect(quote(do: ~r/abc/i))
IO.inspect(quote(do: ~w[a b]a))
IO.inspect(quote(do: ~S"""
hi
"""))
IO.inspect(Code.string_to_quoted!("~s{x}"))
IO.inspect(Code.string_to_quoted!("~s{x}", columns: true))
IO.inspect(Code.string_to_quoted!("~S\"\"\"\n  hi\n  \"\"\"", columns: true))
IO.inspect(Code.string_to_quoted!("\"\"\"\n  a\#{x}\n  \"\"\"", columns: true))
IO.inspect(Code.string_to_quoted!("\"a\#{x}\""))
IO.inspect(quote do: """
  a#{x}
  """)
IO.inspect(quote do: ~s"""
  a#{x}
  """)
IO.inspect(quote do: 'a#{x}')
IO.inspect(Code.string_to_quoted!("'''\n  a\#{x}\n  '''"))
