# :binary.split looks at its pattern only when there is something to search (OTP 25): a scope
# ending at 0, or an empty subject, splits nothing whatever the pattern; other scopes check it.
for {f, args} <- [
  {:split, ["abc", "", [{:scope, {0, 0}}]]},
  {:split, ["abc", "", [{:scope, {0, 1}}]]},
  {:split, ["abc", "", [{:scope, {1, 0}}, :global]]},
  {:split, ["abc", [""], [{:scope, {0, 0}}]]},
  {:split, ["abc", ["a", ""], [{:scope, {0, 0}}]]},
  {:split, ["abc", "", []]},
  {:matches, ["abc", "", [{:scope, {0, 0}}]]},
  {:match, ["abc", "", [{:scope, {0, 0}}]]},
  {:match, ["abc", "", [{:scope, {3, 0}}]]},
  {:replace, ["abc", "", "x", [{:scope, {0, 0}}]]},
  {:split, ["", "", [{:scope, {0, 0}}]]},
  {:split, ["abc", "b", [{:scope, {0, 0}}]]},
  {:split, ["abc", "", [{:scope, {4, 0}}]]},
] do
  r = try do apply(:binary, f, args) rescue e -> {:raised, Exception.message(e)} end
  IO.inspect({f, args, r})
end
for args <- [
  ["abc", "", [{:scope, {1, 0}}]],
  ["abc", "", [{:scope, {3, 0}}]],
  ["abc", "", [{:scope, {0, 0}}, :global]],
  ["abc", "", [{:scope, {0, 0}}, :trim]],
  ["abc", "", [{:scope, {0, 0}}, :trim_all]],
  ["", "", [{:scope, {0, 0}}, :trim_all]],
  ["", "", [{:scope, {0, 0}}, :trim]],
  ["abc", "", [{:scope, {2, -2}}]],
  ["abc", "", [{:scope, {1, -1}}]],
  ["abc", "", [{:scope, {0, 0}}, {:scope, {0, 1}}]],
  ["abc", "", [{:scope, {0, 1}}, {:scope, {0, 0}}]],
  ["abc", :x, [{:scope, {0, 0}}]],
  ["abc", "", [{:scope, {0, 0}}, :bad]],
] do
  r = try do apply(:binary, :split, args) rescue e -> {:raised, Exception.message(e)} end
  IO.inspect({args, r})
end
for {f, args} <- [
  {:split, ["", ""]}, {:split, ["", :x]}, {:match, ["", ""]}, {:matches, ["", :x]}, {:matches, ["", "", [:bad]]},
  {:replace, ["", "", "z"]}, {:replace, ["", :x, "z", [:global]]}, {:match, ["", :x, [{:scope, {0, 0}}]]},
  {:split, [:notbin, ""]}, {:match, ["", ""]}, {:match, ["ab", "", [{:scope, {2, -2}}]]}, {:matches, ["ab", [], [{:scope, {2, -2}}]]},
] do
  r = try do apply(:binary, f, args) rescue e -> {:raised, Exception.message(e) |> String.replace("errors were found at the given arguments:\n\n", "")} end
  IO.inspect({f, args, r})
end
