# ExUnit.Filters: parsing `mix test` tag filters and deciding which tests run
defmodule Main do
  def run do
    IO.inspect(ExUnit.Filters.parse(["slow", "os:unix", "line:12", "a:b:c"]))
    IO.inspect(ExUnit.Filters.parse([]))

    tags = %{line: 10, test: :"test x", slow: true, os: :unix}
    IO.inspect(ExUnit.Filters.eval([], [], tags, []))
    IO.inspect(ExUnit.Filters.eval([], [:slow], tags, []))
    IO.inspect(ExUnit.Filters.eval([:slow], [:slow], tags, []))
    IO.inspect(ExUnit.Filters.eval([], [os: "unix"], tags, []))
    IO.inspect(ExUnit.Filters.eval([], [os: "win"], tags, []))
    IO.inspect(ExUnit.Filters.eval([os: :unix], [:test], tags, []))
    IO.inspect(ExUnit.Filters.eval([], [:test], tags, []))
    IO.inspect(ExUnit.Filters.eval([], [:missing], tags, []))
    IO.inspect(ExUnit.Filters.eval([], [], Map.put(tags, :skip, true), []))
    IO.inspect(ExUnit.Filters.eval([], [], Map.put(tags, :skip, "not today"), []))
    IO.inspect(ExUnit.Filters.eval([:skip], [], Map.put(tags, :skip, true), []))
    IO.inspect(ExUnit.Filters.eval([], [:slow], Map.put(tags, :slow, false), []))
  end
end

Main.run()
