# A fun whose code is not loaded (its module deleted and purged, or loaded again with other code)
# is still a fun: binary_to_term reads it, it keeps its creator, equality and its bytes, and it
# fails only when called (undef while no version of its module is loaded, badfun while other
# code is), then runs again once identical code is loaded, from memory or from the code path
defmodule Caller do
  def call(f, x), do: {:ok, f.(x)}
  def tail(f, x), do: f.(x)
end

defmodule Main do
  @src1 "defmodule M do\n  def f, do: fn x -> x + 1 end\n  def g(y), do: fn x -> {x, y} end\nend\n"
  @src2 "defmodule M do\n  def f, do: fn x -> x + 2 end\n  def h, do: :other\nend\n"

  # the uniq of a fun's code is the BEAM's md5 of its module: left out (and #Function<...> is
  # written otherwise, as the goldens mask it whole)
  def show(f), do: String.replace(inspect(f), ~r/#Function<(\d+)\.\d+([^>]*)>/, "Function[\\1.U\\2]")
  def info(f), do: for(k <- [:module, :name, :arity, :env, :type, :index, :new_index], do: :erlang.fun_info(f, k))
  def written(f), do: :io_lib.format('~w', [f]) |> List.to_string() |> String.replace(~r/\.\d+>$/, ".U>")
  def frames(st), do: Enum.map(st, fn t -> for x <- Tuple.to_list(t), do: (is_function(x) && show(x)) || x end)

  def attempt(f, x) do
    for how <- [:call, :tail] do
      try do
        apply(Caller, how, [f, x])
      rescue
        e -> {how, show(Exception.message(e)), frames(Enum.take(__STACKTRACE__, 2))}
      end
    end
  end

  def run do
    me = self()
    Code.compile_string(@src1)
    f = M.f()
    g = M.g(:free)
    bf = :erlang.term_to_binary(f)
    bg = :erlang.term_to_binary(g)
    IO.inspect(byte_size(bf) == :erlang.external_size(f))
    spawn(fn -> send(me, {:made, self(), M.f()}) end)
    {other, f_other} = receive do {:made, p, x} -> {p, x} end
    IO.inspect({:erlang.fun_info(f, :pid) == {:pid, me}, :erlang.fun_info(f_other, :pid) == {:pid, other}})
    IO.inspect({f == f_other, :erlang.term_to_binary(f) == :erlang.term_to_binary(f_other)})
    IO.inspect(written(f))

    # no version of M
    :code.delete(M)
    :code.purge(M)
    df = :erlang.binary_to_term(bf)
    dg = :erlang.binary_to_term(bg)
    IO.inspect({is_function(df), is_function(df, 1), df == f, dg == g, df == dg})
    IO.inspect(show(df))
    IO.inspect(show(f))
    IO.inspect(info(df))
    IO.inspect(info(dg))
    IO.inspect(:erlang.fun_info(df, :pid) == {:pid, me})
    IO.inspect({:erlang.term_to_binary(df) == bf, :erlang.term_to_binary(dg) == bg})
    IO.inspect(:erlang.phash2(df) == :erlang.phash2(f))
    IO.inspect(%{df => 1}[f])
    IO.inspect(written(df))
    IO.inspect(attempt(df, 1))
    IO.inspect(attempt(f, 1))
    IO.inspect(try do df.(1, 2) rescue e in BadArityError -> e.args end)

    # other code loaded
    Code.compile_string(@src2)
    IO.inspect(attempt(df, 1))
    IO.inspect(attempt(dg, 1))
    IO.inspect(:erlang.fun_info(df, :name))
    :code.purge(M)

    # the same code again: the decoded and the kept funs run
    Code.compile_string(@src1)
    IO.inspect({df.(1), dg.(1), f.(2), g.(3)})
    IO.inspect(info(df))
    IO.inspect(show(df))

    # from the code path: the call loads M, whose code is the fun's
    dir = Path.join(System.tmp_dir!(), "fun_of_unloaded_code_#{System.unique_integer([:positive])}")
    File.mkdir_p!(dir)
    [{M, object}] = Code.compile_string(@src1)
    File.write!(Path.join(dir, "Elixir.M" <> List.to_string(:code.objfile_extension())), object)
    :code.add_patha(String.to_charlist(dir))
    :code.purge(M)
    :code.delete(M)
    :code.purge(M)
    IO.inspect(:code.is_loaded(M))
    IO.inspect(Caller.call(:erlang.binary_to_term(bf), 41))
    IO.inspect(match?({:file, _}, :code.is_loaded(M)))
    File.rm_rf!(dir)
  end
end

Main.run()
