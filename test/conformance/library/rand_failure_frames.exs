# :rand's failures show OTP 25's rand.erl frames: the function whose clause failed (mk_alg/1, each
# algorithm's seeding function, uniform_s, bytes_s, export_seed_s, jump, get_52 inlined into
# normal_s) at its line, under the :rand functions that called it (seed/2 -> seed_s/2 ...)
s = :rand.seed_s(:exsss, 1)

calls = [
  {:seed, [:foo, 1]}, {:seed, [:foo]}, {:seed_s, [:foo]}, {:seed_s, [:foo, 1]}, {:seed, [{:foo, 1}]},
  {:seed_s, [{:foo, 1}]}, {:seed, [:exsss, :a]}, {:seed_s, [:exsss, :a]}, {:seed, [:exsplus, :a]},
  {:seed, [:exrop, :a]}, {:seed, [:exs1024s, :a]}, {:seed, [:exro928ss, :a]}, {:seed, [:exs64, :a]},
  {:seed, [:exsp, :a]}, {:seed, [:exs1024, :a]}, {:seed, [:exsss, {1, 2}]}, {:seed, [1]}, {:seed_s, [1]},
  {:seed, [{1, 2}]}, {:seed, [:exsss, 1.5]}, {:seed, [:default, :a]},
  {:uniform, [0]}, {:uniform, [:a]}, {:uniform, [-1]}, {:uniform, [1.0]}, {:uniform_s, [1]},
  {:uniform_s, [1, 1]}, {:uniform_s, [0, 1]}, {:uniform_s, [:a, s]}, {:uniform_real_s, [1]},
  {:uniform_real_s, [{:a, 1}]}, {:uniform_s, [{%{type: :foo}, 1}]},
  {:normal, [:a, 1]}, {:normal, [1, :a]}, {:normal, [1, -1]}, {:normal, [1, 0]}, {:normal_s, [1]},
  {:normal_s, [1, 1, 1]}, {:normal_s, [1, -1, s]}, {:normal_s, [1, 0, s]}, {:normal_s, [1, :a, s]},
  {:normal_s, [:a, 1, s]}, {:export_seed_s, [1]}, {:export_seed_s, [{1, 2}]}, {:bytes, [-1]},
  {:bytes, [:a]}, {:bytes_s, [1, 1]}, {:bytes_s, [-1, s]}, {:jump, [1]}
]

for {f, args} <- calls do
  try do
    :rand.seed(:exsss, 7)
    r = apply(:rand, f, args)
    IO.puts("#{f} #{inspect(args, limit: 2)} -> ok #{if is_float(r), do: r, else: ""}")
  rescue
    e ->
      IO.puts("#{f} #{inspect(args, limit: 2)} -> #{inspect(e.__struct__)} #{Exception.message(e) |> String.split("\n") |> hd()}")

      for {m, fu, a, loc} <- __STACKTRACE__, m in [:rand, :math] do
        shown = if is_list(a), do: inspect(a, limit: 2), else: a
        IO.puts("    #{m}.#{fu} #{shown} #{loc[:file]}:#{loc[:line]}")
      end
  end
end
