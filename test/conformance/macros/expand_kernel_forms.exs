# Macro.expand/expand_once of more Kernel macros, as Elixir 1.14 shows them: put_in/update_in/
# get_and_update_in/pop_in on paths, use, the calendar sigils, an interpolated ~r, and the
# definition macros (which refuse to run inside a function)
defmodule M do
  def run do
    env = __ENV__

    forms = [
      quote(do: put_in(data.a.b, 1)),
      quote(do: put_in(data[:a][:b], 1)),
      quote(do: put_in(data.a[:b], 1)),
      quote(do: put_in(data[:a].b, 1)),
      quote(do: put_in(data.a, 1)),
      quote(do: put_in(opts[:a], 1)),
      quote(do: update_in(data.a.b, f)),
      quote(do: update_in(data[:a], f)),
      quote(do: update_in(data[:a][:b], &(&1 + 1))),
      quote(do: get_and_update_in(data.a.b, f)),
      quote(do: get_and_update_in(data[:a][:b], f)),
      quote(do: get_and_update_in(data.a[:b].c, f)),
      quote(do: pop_in(data[:a][:b])),
      quote(do: pop_in(data.a[:b])),
      quote(do: pop_in(data[:a])),
      quote(do: pop_in(data[:a][:b][:c])),
      quote(do: pop_in(data[:a].b)),
      quote(do: put_in(data, 1)),
      quote(do: get_in(data, [:a, :b])),
      quote(do: ~D[2020-01-01]),
      quote(do: ~T[12:34:56]),
      quote(do: ~T[12:34:56.123]),
      quote(do: ~N[2020-01-01 12:34:56]),
      quote(do: ~U[2020-01-01 12:34:56Z]),
      quote(do: use(GenServer)),
      quote(do: use(GenServer, restart: :temporary)),
      quote(do: def(f(x), do: x)),
      quote(do: defp(f(x), do: x)),
      quote(do: defmacro(f(x), do: x)),
      quote(do: defmacrop(f(x), do: x)),
      quote(do: def(f)),
      quote(do: defguard(is_foo(x) when x == 1)),
      quote(do: defguardp(is_foo(x) when x == 1)),
      quote(do: ~r/a#{x}b/),
      quote(do: ~r/a#{x}b/iu)
    ]

    for f <- forms do
      expanded =
        try do
          Macro.to_string(Macro.expand(f, env))
        rescue
          e -> inspect(e)
        end

      once =
        try do
          Macro.to_string(Macro.expand_once(f, env))
        rescue
          e -> inspect(e)
        end

      IO.puts(Macro.to_string(f) <> "  ==>  " <> expanded)
      IO.puts("   once: " <> once)
    end

    # the expansions run
    data = %{a: %{b: 1, c: [x: 2]}}
    IO.inspect({put_in(data.a.b, 5), update_in(data[:a][:b], &(&1 + 1)), pop_in(data[:a][:c][:x])})
  end
end

M.run()
