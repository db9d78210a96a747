# Application.compile_env/2,3 and compile_env!/2 as Elixir 1.14 has them: macros for the module
# body (no `require`), a path going into keyword lists, the default, compile_env! failing for an
# application not loaded, a key not set, or a call inside a function; compile_env/4 with __ENV__.
Application.put_env(:my_app3, :k, [a: [b: 9]])
defmodule P do
  @v Application.compile_env(:my_app3, [:k, :a, :b])
  @w Application.compile_env(:my_app3, [:k, :zz], :d)
  def v, do: {@v, @w}
end
IO.inspect P.v()
for {app, key} <- [{:my_app3, :nope}, {:elixir, :nope_key}, {:my_app3, [:k, :a, :x]}] do
  try do
    Code.eval_string("defmodule Q#{:erlang.unique_integer([:positive])} do\n @v Application.compile_env!(#{inspect(app)}, #{inspect(key)})\nend")
  rescue
    e -> IO.inspect(e)
  end
end
try do
  Code.eval_string("defmodule R do\n def f, do: Application.compile_env!(:a, :b)\nend")
rescue
  e -> IO.inspect(e)
end
IO.inspect Application.compile_env(__ENV__, :my_app3, :k, 0)
