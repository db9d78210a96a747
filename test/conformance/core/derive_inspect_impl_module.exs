defmodule S do
  @derive Inspect
  defstruct [:a]
end
defmodule S3 do
  @derive {Inspect, except: [:b]}
  defstruct [:a, :b]
end
defmodule Use do
  def go do
    IO.inspect Inspect.S.__impl__(:target)
    IO.inspect Inspect.S.__impl__(:for)
    IO.inspect Inspect.S.__info__(:functions)
    IO.inspect Inspect.S3.inspect(%S3{a: 1, b: 2}, %Inspect.Opts{}) |> Inspect.Algebra.format(80) |> IO.iodata_to_binary()
    IO.inspect Inspect.impl_for!(%S{a: 1})
  end
end
Use.go()
defmodule Use2 do
  def go do
    IO.inspect Inspect.impl_for(%S{a: 1})
    IO.inspect %S{a: 1}
    IO.inspect Inspect.impl_for(%S3{a: 1})
    IO.inspect %S3{a: 1, b: 2}
    IO.inspect Inspect.impl_for(%{__struct__: Nope})
  end
end
Use2.go()
