# an undefined function in an interpolation of a module attribute's heredoc (module body code):
# raised while Kernel.to_string/1's expansion is expanded, so Elixir shows
# 'expanding macro: Kernel.to_string/1' and the module body's frame (the @/1 around it is cut off
# by the BEAM's 8 frames: inspect/1 and String.Chars.to_string/1 each add three)
defmodule Main do
  @v """
  x #{inspect(extra)}
  """
  def f, do: @v
end
IO.puts(Main.f())
