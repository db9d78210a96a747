# ~p and ~P take their field width as the line length, and OTP has no left-adjusted version:
# "~-10p" (or a negative * width) is badarg, while ~w and ~W pad on the right
for {fmt, args} <- [{'~10p|', [:a]}, {'~-10p|', [:a]}, {'~-10P|', [:a, 3]}, {'~*p|', [-10, :a]},
                    {'~-10.3p|', [:a]}, {'~-10w|', [:a]}, {'~-10W|', [:a, 3]}, {'~20p|', [Enum.to_list(1..12)]}] do
  result =
    try do
      fmt |> :io_lib.format(args) |> IO.chardata_to_string() |> inspect()
    rescue
      e -> inspect(e)
    end

  IO.puts("#{fmt} #{result}")
end

:io.format('~-5p~n', [:x])
