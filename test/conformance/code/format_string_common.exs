# Code.format_string!/2 over common code: modules, defs (do: kept), pipelines, keyword lists, maps,
# strings and heredocs, numbers as written, comments (own-line and trailing), blank lines
sources = [
  ~S'''
defmodule MyApp.User do
  @moduledoc """
  A user.
  """
  alias MyApp.{Repo, Account}
  import Ecto.Query, only: [from: 2]

  # the struct
  defstruct name: nil, age: 0, emails: []

  @doc "Creates a user"
  def new(name, age \\ 0) when is_binary(name) do
    %__MODULE__{name: name, age: age}
  end


  def adult?(%{age: age}), do: age >= 18

  def emails(users) do
    users
    |> Enum.flat_map(& &1.emails)
    |> Enum.uniq()
    |> Enum.sort()
  end

  defp helper(x) do
    case x do
      {:ok, v} -> v
      :error -> nil # inline comment
      _ ->
        raise ArgumentError, "bad: #{inspect x}"
    end
  end
  def big, do: 1000000 + 0x1f + 1.5e3
  def map, do: %{"a" => 1, b: 2}
  def kw, do: [a: 1, b: [c: 2]]
end
''',
  ~S'''
#comment without space
x = 0x1f + 1_000 + 1000000 + 1.0E3 + 0b101 + 0o17 + ?a
y = 'abc' ++ ~c(x)
s = "a\tb\u00e9 \x41"
case x do
  1 -> :a
  # between
  2 ->
    :b
end
case y do
  1 -> :a
  2 -> :b # trailing
end
z = [
  1,
  2
]
IO.puts("hi") # after
if x, do: y, else: z
f = fn a -> a end
# last
''',
  ~S'''
defmodule Counter do
  use GenServer
  require Logger

  @type state :: %{count: integer, name: String.t()}
  @spec start_link(keyword) :: GenServer.on_start()
  def start_link(opts \\ []) do
    GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
  end

  @impl true
  def init(opts) do
    {:ok, %{count: Keyword.get(opts, :start, 0), name: "counter"}}
  end

  @impl true
  def handle_call(:get, _from, state), do: {:reply, state.count, state}

  def handle_call({:add, n}, _from, %{count: c} = state) when is_integer(n) and n > 0 do
    new = %{state | count: c + n}
    {:reply, new.count, new}
  end

  @impl true
  def handle_info(msg, state) do
    Logger.warn("unexpected: #{inspect(msg)}")
    {:noreply, state}
  end

  defp total(list) do
    with {:ok, a} <- fetch(list, 0),
         {:ok, b} <- fetch(list, 1) do
      a + b
    else
      _ -> 0
    end
  end

  defp squares(n), do: for x <- 1..n, rem(x, 2) == 0, do: x * x

  defp fetch(list, i) do
    case Enum.at(list, i) do
      nil -> :error
      v -> {:ok, v}
    end
  end

  def run do
    try do
      :ok = do_it()
    rescue
      e in RuntimeError -> {:error, e.message}
    after
      IO.puts("done")
    end
  end

  def anon do
    f = fn
      {:ok, x} -> x
      _ -> nil
    end
    Enum.map([1, 2, 3], fn x -> x * 2 end)
    Enum.reduce([1, 2], 0, &(&1 + &2))
    f
  end
end
''',
  "x = 1\n\n\n# c\n\nb = 2",
  "def a, do: 1\n@doc \"\"\"\nx\n\"\"\"\ndef b, do: 2",
  "x = 1\n# c\ndef f do\n  :ok\nend\ny",
  "case y do\n  1 -> :a\n  2 ->\n  :b\n  3 -> :c\nend",
  "x = 1\ndef f do\n:ok\nend\ny",
  "x = 1\n@doc \"\"\"\nx\n\"\"\"\ny",
  "x = 1\nz = [\n1,\n2\n]\ny",
  "x = 1\nif a do\n:ok\nend\n# c\ny",
  "@moduledoc false\ndef a do\n1\nend",
  "defmodule A do\n  @a 1\n  def a do\n1\nend\nend",
  "case y do\n  1 -> :a\n  # c\n\n  2 -> :b\nend",
  "defimpl Collectable, for: List do\n  def into(l), do: {l, fn acc, _ -> acc end}\nend",
  "quote(do: unquote(v) = 1)\nif(a, do: b, else: c)\nquote do: x",
  "foo(a, [])\nbar('', {:error, :x}, [:ok, {:error, :eexist}])\n{:setopts, [encoding: _]}",
  ~S(@doc delegate_to: {:"Elixir.String.Break", :split, 1}
s = "a\n#{x}\tb" <> "é\u00e9"),
  "#!/usr/bin/env elixir\n#comment\n##double\nx",
]
for s <- sources do
  out = Code.format_string!(s)
  IO.puts(out)
  IO.puts("-- #{is_list(out)}")
end
IO.inspect Code.format_string!("")
IO.inspect Code.format_string!("   \n\n")
IO.puts Code.format_string!("foo(aaaaaaaaaa, bbbbbbbbbbbb, cccccccccccc)", line_length: 20)
try do
  Code.format_string!("x = (")
rescue
  e -> IO.inspect(e)
end
try do
  Code.format_string!("1 +")
rescue
  e -> IO.inspect(e)
end
