# A test module defined in a file-level for (its name computed), whose test name unquotes outside
# a quote: the expansion's trace as a top-level defmodule's (Kernel.to_string/1 and
# ExUnit.Case.test/2 expanding, each with the module body's frame), not the for's frames
ExUnit.start(seed: 0)

for {name, mod} <- [{"one", T1}, {"two", T2}] do
  defmodule mod do
    use ExUnit.Case

    test "name #{unquote(name)}" do
      assert true
    end
  end
end
