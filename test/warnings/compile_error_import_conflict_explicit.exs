# An explicit import conflicts as Kernel's does (a function hidden by `except:` does not)
defmodule Explicit do
  import String, only: [upcase: 1]
  import Kernel, except: [send: 2]

  def run(x), do: {upcase(x), send(x, 1)}
  def send(a, _), do: a
  def upcase(x), do: x
end
