# ~p and ~P print only right-adjusted in OTP: a negative field width (~-30p, or ~*p given a
# negative number) is a format OTP does not know, so io_lib:format raises badarg and
# io:format "failed to format string"; ~w, ~s and the rest take the flag and pad on the right.
cases = [
  {'~-30p|', [:short]},
  {'~-3P|', [[1, 2, 3], 2]},
  {'~-10.3p|', [:x]},
  {'~*p|', [-5, :x]},
  {'~*p|', [5, :x]},
  {'~30p|', [{:a, :b}]},
  {'~-10w|', [:short]},
  {'~-10s|', ["short"]},
  {'~-8B|', [42]}
]

for {f, a} <- cases do
  result =
    try do
      :io_lib.format(f, a) |> IO.iodata_to_binary()
    rescue
      e -> {e.__struct__, Exception.message(e)}
    end

  IO.puts("#{f} -> #{inspect(result)}")
end

:io.format("~-20p~n", [[1, 2, 3]])
