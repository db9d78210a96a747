# A guard may call only the :erlang guard BIFs (Kernel's guards and operators inline to them) and
# macros: a remote call, a local or unknown function, an anonymous call and a dynamic remote call
# are CompileErrors. Elixir's inlined calls are named as what they become (:erlang.tuple_to_list/1).
Code.compiler_options(ignore_module_conflict: true)

refused = [
  "def f(x) when :erlang.is_record(x, :foo), do: 1",
  "def f(x) when :erlang.is_record(x, :foo, 1), do: 1",
  "def f(x) when is_record(x, :foo), do: 1",
  "def f(x) when foo(x), do: 1",
  "def g(x), do: x\n def f(x) when g(x), do: 1",
  "def f(x) when String.length(x) > 1, do: 1",
  "def f(x) when :lists.member(x, [1]), do: 1",
  "def f(x) when :math.sqrt(x) > 1, do: 1",
  "def f(x) when x ++ [1] == [1], do: 1",
  "def f(x) when apply(:erlang, :is_atom, [x]), do: 1",
  "def f(x) when Tuple.to_list(x) == [], do: 1",
  "def f(x) when inspect(x) == \"a\", do: 1",
  "def f(x) when max(x, 1) == 1, do: 1",
  "import Enum, only: [count: 1]\n def f(x) when count(x) > 1, do: 1",
  "def f(m, x) when m.f(x), do: 1",
  "def f(m, x) when m.(x), do: 1",
  "def f(x) do\n fn y when is_list(y) -> 1; y when foo(y, x) -> 2 end\n end",
  "def f(x) do\n case x do\n y when length(y) > 0 and bar(y) -> 1\n end\n end",
  "def f(x) when x ** 2 > 1, do: 1",
  "def f(x) when x =~ \"a\", do: 1",
  "def f(x) when (x = 1) == 1, do: 1"
]

accepted = [
  "require Record\n def f(x) when Record.is_record(x, :foo), do: 1",
  "import Record\n def f(x) when is_record(x, :foo), do: 1",
  "require Integer\n def f(x) when Integer.is_even(x) and is_nil(x) and x in 1..3 and rem(x, 2) == 0 and node() == self(), do: 1",
  "def f(x) when x.y.z == 1 and map_size(x) > 0 and is_map_key(x, :a) and :erlang.map_get(:a, x), do: 1",
  "@a [1] ++ [2]\n def f(x) when x in @a, do: 1",
  "def f(x) when Kernel.length(x) > 0 and elem(x, 0) and :erlang.element(1, x) and binary_part(x, 0, 1) == \"a\", do: 1",
  "def f(x) when x in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], do: 1",
  "def f(x) when is_struct(x) and is_struct(x, URI) and is_exception(x) and is_exception(x, ArgumentError), do: 1",
  "def f(x) when x == 1..2 and x != 1..5//2, do: 1",
  "def f(x) when abs(x) > 1 or trunc(x) < 0 or round(x) == 1 or div(x, 2) == 0 or Bitwise.band(x, 1) == 0, do: 1"
]

for {body, i} <- Enum.with_index(refused ++ accepted) do
  src = "defmodule Guard#{i} do\n #{body}\nend"

  try do
    Code.compile_string(src, "guard#{i}.ex")
    IO.puts("#{i}: compiled")
  rescue
    e in CompileError -> IO.puts("#{i}: #{Exception.message(e)}")
  end
end

defmodule Records do
  require Record
  Record.defrecord(:user, name: nil, age: 0)
  def adult?(u) when Record.is_record(u, :user) and elem(u, 2) >= 18, do: true
  def adult?(_), do: false
end

IO.inspect(Records.adult?({:user, "a", 20}))
IO.inspect(Records.adult?({:user, "a", 2}))
IO.inspect(Records.adult?(:nope))
