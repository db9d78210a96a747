# The CompileError of an error OTP's compiler gives once Elixir hands it the module (an undefined
# parse transform, a binary pattern it refuses) has line 0 and, under the compiler's frame, the
# frames of Elixir's module compilation; an undefined @compile {:inline, ...} has the option walk's
# lists:flatmap_1/2 frames then the same (all cut at the BEAM's 8 frames, less the raising one)
sources = [
  "defmodule ParseTransformUndefined do\n  @compile {:parse_transform, Foo}\n  def f, do: 1\nend",
  "defmodule ParseTransformList do\n  @compile [:debug_info, parse_transform: :lists]\nend",
  "defmodule PatternRefused do\n  def first(<<\"a\", (<<y::4, z::bits>>)::binary>>), do: {y, z}\nend",
  "defmodule InlineUndefined do\n  @compile {:inline, g: 2}\n  def f, do: 1\nend",
  "defmodule InlineNested do\n  @compile [[[inline: [g: 2]]]]\n  @compile :debug_info\n  def f, do: 1\nend",
  "defmodule InlineDeep do\n  @compile [[[[[[inline: [g: 2]]]]]]]\n  def f, do: 1\nend"
]

for src <- sources do
  try do
    Code.compile_string(src)
  rescue
    e ->
      IO.inspect(e)
      IO.inspect(__STACKTRACE__)
  end
end
