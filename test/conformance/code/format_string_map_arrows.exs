# Code.format_string!: a map pair written key => value keeps the arrow for an atom key (the
# formatter keeps the source's choice); Macro.to_string of quoted code writes keywords
IO.puts Code.format_string!("""
%{:a => 1}
%{1 => 2, :a => 3}
%{a: 1, b: 2}
%{"k" => 1, a: 2}
%{m | :a => 1}
%S{:a => 1}
[{:a, 1}]
""")
IO.puts Code.format_string!("""
x = %{:alpha_key => "some long value here", :beta_key => "another long value here", :gamma => 1, delta: 2}
y = %{state | :children => Map.put(state.children, pid, child), :restarts => [now | state.restarts]}
""")
IO.puts Macro.to_string(quote(do: %{:a => 1}))
