# Kernel's and/or/!/&&/|| expanded in a match (a pattern of =, case, a function head) raise
# Kernel.invalid_match!/1's ArgumentError ("invalid expression in match, or is not allowed in
# patterns ...") under "expanding macro: Kernel.or/2", as Elixir 1.14; (not a) and (!a) in
# parentheses are those operations (not a is :erlang.not/1, refused as a remote call in a match).
for code <- ["(a or b) = 1", "case 1 do (a and b) -> 1 end", "!a = 1", "[x, (a && b)] = [1, 2]", "{(a || b)} = {1}", "(!a) = 1", "(not a) = 1", "{(not a)} = {1}", "fn (a or b) -> a end"] do
  try do
    Code.eval_string(code)
  rescue
    # (the expander's own frames of the CompileError are not compared here)
    e in ArgumentError -> IO.inspect({code, Exception.message(e), Enum.take(__STACKTRACE__, 2)})
    e -> IO.inspect({code, e.__struct__, Exception.message(e)})
  end
end

defmodule Heads do
  def f(x) do
    case x do
      (a or b) -> a
    end
  end
end
