# a module body's frames: :elixir_compiler_N.__MODULE__/1, N counting the compiler modules held
# (the script's top level holds 0 here, a module defined while another's body runs takes the next)
top = fn st -> Enum.take(st, 2) end

defmodule A do
  try do
    raise "y"
  rescue
    _ -> IO.inspect(top.(__STACKTRACE__))
  end

  f = fn -> throw(:t) end

  try do
    f.()
  catch
    :t -> IO.inspect(top.(__STACKTRACE__))
  end

  defmodule B do
    IO.inspect(hd(tl(elem(Process.info(self(), :current_stacktrace), 1))))
  end
end

IO.inspect(hd(tl(elem(Process.info(self(), :current_stacktrace), 1))))
