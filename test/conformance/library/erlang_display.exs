# :erlang.display/1 prints with the emulator's own printer: printable ASCII lists and binaries as
# strings, floats as C's %e, maps without spaces; display_nl/0 a newline.
:erlang.display(:before_newline)
:erlang.display_nl()

for t <- [<<"b", 0>>, <<1, 2>>, "abc", "é", ~c"ab", [1], [], 1.5, -0.25, 1.0e100, :"A b", :ok, %{a: 1, b: [2]}, {:a, "b", [1]}, <<1::3>>, <<>>, [?a | ?b], "q\"s", 12345678901234567890] do
  :erlang.display(t)
end
