# struct/2 and struct!/2 fill a struct through Kernel.struct/3 and a fun as Elixir 1.14 does: a
# bad struct fails in struct/3 (with its clauses blamed), a bad field in the fun, an unknown key
# of struct!/2 on a struct in :maps.update
defmodule User do
  defstruct name: nil, age: 0
end

defmodule Main do
  def show(f) do
    try do
      IO.inspect(f.())
    rescue
      e ->
        IO.puts(Exception.format_banner(:error, e, __STACKTRACE__))
        # (a fun among the arguments prints as the BEAM numbers it: only their count is shown)
        frames = for {m, f, a, loc} <- Enum.take(__STACKTRACE__, 2), do: {m, f, if(is_list(a), do: length(a), else: a), loc}
        IO.inspect(frames, label: "frames")
    end
  end

  def run do
    show(fn -> struct(User, name: "a", nope: 1) end)
    show(fn -> struct(%User{}, %{age: 3}) end)
    show(fn -> struct(User, [:bad]) end)
    show(fn -> struct(1, []) end)
    show(fn -> struct(%{}, a: 1) end)
    show(fn -> struct("x") end)
    show(fn -> struct(Nope, a: 1) end)
    show(fn -> struct(Enum, []) end)
    show(fn -> struct(Enum, a: 1) end)
    show(fn -> struct!(1, []) end)
    show(fn -> struct!(%{}, a: 1) end)
    show(fn -> struct!(%User{}, nope: 1) end)
    show(fn -> struct!(%User{}, name: "b") end)
    show(fn -> struct(%User{}, 1) end)
  end
end

Main.run()
