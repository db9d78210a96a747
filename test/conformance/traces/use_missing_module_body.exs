# `use` of a module that does not exist in a module's body: the CompileError's trace shows
# Kernel.use/2's expansion and the module body's frame at the use
defmodule Outer do
  defmodule UsesMissing do
    use Does.Not.Exist, opt: 1
  end
end
