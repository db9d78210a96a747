# Code.format_string!: line breaks the formatter keeps or makes itself: an operator ending a
# source line (a right-associative chain breaks up to it), a module attribute's tuple or
# operation laid out after its name, a tuple's elements filled with their commas counted, blank
# lines around a block item wider than the line, a pipeline breaking with the call arguments
# holding it
fmt = fn src -> IO.puts(Code.format_string!(src)) ; IO.puts("--") end

fmt.("""
x =
  foo(1)
y = a <>
  b <> c
z = a + b +
  c + d
w = a ++
  b
v = a and
  b
u = a |> b()
q = a ==
  b
""")

fmt.("""
defmodule M do
  def format_exit(reason, joiner) do
    "an exception was raised:" <> joiner <> banner <> joiner <>
      indent(trim_trailing_newline(trace), joiner)
  end

  def mfa do
    "anonymous fn" <> format_arity(arity) <> " in " <> inspect(module) <> "." <>
      format_fun_name(outer_name) <> "/" <> outer_arity
  end
end
""")

fmt.("""
defmodule Cal do
  @month_names {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
  @internals [:elixir, :elixir_compiler, :elixir_lexical, :elixir_expand, :elixir_module, :elixir_def] ++ [:elixir_clauses, :elixir_map, :elixir_erl, :elixir_erl_pass, Kernel.ErrorHandler]
end
""")

fmt.("""
def handle_call(:count, _from, state) do
  {:reply, %{specs: length(state.children), active: active, supervisors: sups, workers: workers}, state}
end
def run(i) do
  {HotArith.zero_as_float(-1, 0), HotArith.zero_as_float(0, -i), HotArith.step(i * 1.0, i * 0.5), HotArith.half(i), HotArith.mixed(i)}
end
""")

fmt.("""
def run do
  compile.(1)
  :code.add_patha(to_charlist(dir))
  IO.inspect(Enum.reduce(1..3, 0, fn _, c -> Anemone.Counter.add(c) end), label: "counting by 1")
  compile.(2)
  IO.inspect(Task.async_stream(1..3, &(&1 * &1)) |> Stream.map(fn {:ok, v} -> v end) |> Enum.sum())
  :ok
end
""")
