# an error raised while nested module bodies run: the trace is the bodies' frames, (module),
# down to the outer body's defmodule line (nothing of the script below it)
IO.puts("start")

defmodule Outer do
  def helper, do: :ok

  defmodule Inner do
    text = "zz"
    String.to_integer(text)
  end
end
