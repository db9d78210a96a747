# Macro.expand of binding/0,1, dbg/0,1,2, reraise/2,3, destructure/2 and a literal ~r, as Elixir
# 1.14 prints them; the expansions run (dbg's through Macro.__dbg__/3), binding sees the caller's
# variables (inside fns and comprehensions too)
defmodule U do
  defmacro caller_line, do: __CALLER__.line
  defmacro vars, do: Macro.Env.vars(__CALLER__) |> Macro.escape()
end

defmodule M do
  require U

  def run(a) do
    {b, _c} = {2, 3}

    for q <- [
          quote(do: binding()),
          quote(do: binding(:other)),
          quote(do: dbg()),
          quote(do: dbg(1 + 2)),
          quote(do: dbg(x |> f())),
          quote(do: dbg(x |> f() |> g(1), syntax_colors: [])),
          quote(do: dbg(case x do 1 -> 2 end)),
          quote(do: reraise(e, st)),
          quote(do: reraise("msg", st)),
          quote(do: reraise("a#{1}", st)),
          quote(do: reraise(ArgumentError, st)),
          quote(do: reraise(:foo, st)),
          quote(do: reraise(%ArgumentError{}, st)),
          quote(do: reraise(ArgumentError, [message: "x"], st)),
          quote(do: destructure([x, y], [1, 2])),
          quote(do: destructure([x, y, z], list)),
          quote(do: ~r/a#{x}b/),
          quote(do: U.caller_line()),
          quote(line: 7, do: U.caller_line())
        ] do
      IO.puts("--- " <> Macro.to_string(q))
      IO.puts(q |> Macro.expand(__ENV__) |> Macro.to_string())
    end

    IO.inspect(Macro.expand(quote(do: binding()), __ENV__))
    f = fn x -> {x, Macro.Env.vars(__ENV__)} end
    IO.inspect(f.(1))
    IO.inspect(U.vars())
    IO.inspect(fn y -> Keyword.delete(binding(), :f) ++ [y: y] end.(9))
    IO.inspect(Macro.expand(quote(line: 7, do: dbg(1)), __ENV__))
    {a, b}
  end

  def literal_regex do
    # the compiled pattern's bytes are PCRE's own: compare the rest
    {:%{}, [], fields} = Macro.expand(quote(do: ~r/ab+c/i), __ENV__)
    IO.inspect(Keyword.delete(fields, :re_pattern) |> Keyword.delete(:re_version))
    {:{}, [], [:re_pattern, groups, _, _, bytes]} = fields[:re_pattern]
    IO.inspect({groups, is_binary(bytes)})
    {:%{}, [], fields} = Macro.expand(quote(do: ~r/(a)\n(b)\d/), __ENV__)
    IO.inspect(fields[:source])
    IO.inspect(elem(fields[:re_pattern], 2) |> Enum.take(2))
    {:%{}, [], fields} = Macro.expand(quote(do: ~R/a\nb/), __ENV__)
    IO.inspect(fields[:source])
    {regex, _} = Code.eval_quoted(Macro.expand(quote(do: ~r/b+/), __ENV__))
    IO.inspect(Regex.run(regex, "abbbc"))
  end

  def runs do
    code = Code.string_to_quoted!("dbg(x |> Enum.map(&(&1 * 2)) |> Enum.sum())")
    IO.inspect(Code.eval_quoted(Macro.expand(code, __ENV__), [x: [1, 2]], __ENV__) |> elem(0))
    code = Code.string_to_quoted!("dbg(x + 1, print_location: false)")
    IO.inspect(Code.eval_quoted(Macro.expand(code, __ENV__), [x: 1], __ENV__) |> elem(0))
    code = Code.string_to_quoted!("destructure([p, q], [1])")
    IO.inspect(Code.eval_quoted(Macro.expand(code, __ENV__), [], __ENV__))

    try do
      raise "boom"
    rescue
      e ->
        code = Code.string_to_quoted!("reraise(e, st)")

        try do
          Code.eval_quoted(Macro.expand(code, __ENV__), [e: e, st: []], __ENV__)
        rescue
          again -> IO.inspect(again)
        end
    end
  end
end

for value <- [1, {1}, "text", %KeyError{key: :k}, ArgumentError] do
  try do
    reraise value, []
  rescue
    e -> IO.inspect(e)
  end

  IO.inspect(Kernel.Utils.raise(value))
end

IO.inspect(Kernel.Utils.destructure(nil, 2))
M.run(0)
M.literal_regex()
M.runs()
_y = 5
IO.inspect(Macro.expand(quote(do: binding()), __ENV__))
IO.puts(Macro.expand(quote(do: dbg(y)), __ENV__) |> Macro.to_string())
