# String.slice/2's refusal of negative steps is raised in String.slice/2 (its frame, lib/string.ex)
t = fn label, f ->
  r =
    try do
      inspect(f.())
    rescue
      e -> "raise #{inspect(e)} #{inspect(Enum.take(__STACKTRACE__, 2))}"
    end

  IO.puts("#{label}: #{r}")
end

t.("slice_neg_step", fn -> String.slice("abc", 1..2//-1) end)
t.("slice_neg_step2", fn -> String.slice("abc", 3..1//-2) end)
t.("slice_dec_step1", fn -> String.slice("abcdef", 4..1//-1) end)
String.slice("héllo", 0..3//-3)
