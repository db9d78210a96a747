for {fmt, args} <- [{"~d", [1]}, {"~f", [1]}, {"~s", [[300]]}, {"~w ~w", [1]}, {"~w", [1, 2]}, {"~.0f", [1.0]}, {"~3.5s", ["abc"]}, {"~.1b", [3]}, {"~c", [:a]}, {"~s", [{:t}]}, {"~w", :notalist}, {:atom_fmt, []}, {123, []}, {"~", []}, {"~p", [1]}, {"~x", ["ab", 'pre']}, {"~.16X", [:a, '#']}, {"~x", [171, "pre"]}, {"~.16x", [171, '0x']}] do
  try do
    :io.format(fmt, args)
    IO.puts ""
  rescue
    e -> IO.puts("#{inspect fmt}: #{inspect(e)}")
  end
end
