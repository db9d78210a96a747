# Maps of more than 32 keys, dictionaries and ETS sets keyed by atoms the script's own text makes:
# elixir's tokenizer makes them first, at the atom-table indices after the boot's (its first
# quoted text loads elixir_interpolation, whose atoms come in between), so the BEAM lists them in
# an order that follows from where they appear in this file
m = %{k01: 1, k02: 2, k03: 3, k04: 4, k05: 5, k06: 6, k07: 7, k08: 8, k09: 9, k10: 10,
      k11: 11, k12: 12, k13: 13, k14: 14, k15: 15, k16: 16, k17: 17, k18: 18, k19: 19, k20: 20,
      k21: 21, k22: 22, k23: 23, k24: 24, k25: 25, k26: 26, k27: 27, k28: 28, k29: 29, k30: 30,
      k31: 31, k32: 32, k33: 33, k34: 34, k35: 35}
IO.inspect(Map.keys(m), label: "before quoted text")
n = Map.new([:q01, :q02, :q03, :q04, :q05, :q06, :q07, :q08, :q09, :q10, :q11, :q12, :q13,
             :q14, :q15, :q16, :q17, :q18, :q19, :q20, :q21, :q22, :q23, :q24, :q25, :q26,
             :q27, :q28, :q29, :q30, :q31, :q32, :q33, :q34], &{&1, {&1, "#{&1}"}})
IO.inspect(Map.keys(n), label: "after")
IO.inspect(Map.values(n) |> Enum.take(5))
# (in a process of its own: the script's process holds elixir's compiler keys besides)
me = self()
spawn(fn ->
  for k <- [:zq_alpha, :zq_beta, :zq_gamma, :zq_delta, :zq_eps, :zq_zeta, :zq_eta, :zq_theta, :zq_iota], do: Process.put(k, true)
  send(me, Process.get_keys())
end)
receive do
  keys -> IO.inspect(keys)
end
t = :ets.new(:t, [:set])
:ets.insert(t, for(k <- [:e_one, :e_two, :e_three, :e_four, :e_five, :e_six, :e_seven, :e_eight], do: {k, 1}))
IO.inspect(:ets.tab2list(t) |> Enum.map(&elem(&1, 0)))
