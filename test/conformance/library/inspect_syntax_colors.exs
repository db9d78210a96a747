# inspect's :syntax_colors: each kind's ANSI data before its piece and :reset's (default \e[0m) after,
# whether or not ANSI is enabled (as Inspect.Algebra.color/3 does)
opts = [syntax_colors: [atom: :cyan, number: :yellow, string: :green, nil: :magenta, boolean: :magenta, map: :blue, list: :red, tuple: :white, binary: :light_black, charlist: :yellow, reset: :normal, variable: :red, operator: :red]]
IO.inspect :atom, opts
IO.inspect 42, opts
IO.inspect "str", opts
IO.inspect nil, opts
IO.inspect true, opts
IO.inspect %{"b" => [1, 2], a: 1}, opts
IO.inspect {1, :a, [b: 2]}, opts
IO.inspect 'abc', opts
IO.inspect <<1, 2>>, opts
IO.inspect %URI{host: "h"}, opts
IO.inspect 1..3, opts
IO.inspect MapSet.new([1]), opts
IO.inspect [a: :b], syntax_colors: [atom: :cyan]
IO.puts inspect(:x, syntax_colors: [atom: [:red, :bright]])
