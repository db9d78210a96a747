# Bad arguments to this session's library additions fail as on OTP 25 / Elixir 1.14: :re options,
# :erlang.memory/system_flag/bump_reductions/iolist_to_iovec, term_to_binary levels, :crypto,
# match specs, :global ids and retries, Logger levels, port monitors, :code, :rand, :io_lib.
defmodule T do
  def p(label, f) do
    r = try do
      inspect(f.(), limit: 50)
    rescue
      e -> "raised " <> inspect(e.__struct__) <> ": " <> Exception.message(e)
    catch
      k, v -> "caught #{inspect(k)} #{inspect(v)}"
    end
    IO.puts("#{label}: #{r}")
  end
end
defmodule Main do
  import T
  def run do
    p "re.replace opts", fn -> :re.replace("a", "a", "b", [{:offset, -1}]) end
    p "re.split improper", fn -> :re.split("a", "a", [:trim | :x]) end
    p "re.replace bigint repl", fn -> :re.replace("a", "a", "\\99999999999999999999") end
    p "re.split parts float", fn -> :re.split("a", "a", [{:parts, 1.5}]) end
    p "memory bigint", fn -> :erlang.memory([:total, 1]) end
    p "system_flag bigint", fn -> :erlang.system_flag(:backtrace_depth, 2 ** 70) end
    p "system_flag float", fn -> :erlang.system_flag(:schedulers_online, 1.0) end
    p "bump bad", fn -> :erlang.bump_reductions(-1) end
    p "iovec bad", fn -> :erlang.iolist_to_iovec([1 | 2]) end
    p "ttb compressed float", fn -> :erlang.term_to_binary(1, [{:compressed, 1.5}]) end
    p "btt compressed trunc", fn -> :erlang.binary_to_term(<<131, 80, 0, 0, 0, 1>>) end
    p "mod_pow neg", fn -> :crypto.mod_pow(-1, 2, 5) end
    p "mod_pow float", fn -> :crypto.mod_pow(1.5, 2, 5) end
    p "exor list bad", fn -> :crypto.exor(:a, "b") end
    p "pbkdf2 keylen 0", fn -> :crypto.pbkdf2_hmac(:sha, "p", "s", 1, 0) end
    p "mac_update bad", fn -> :crypto.mac_update(:bad, "x") end
    p "hash_info bad", fn -> :crypto.hash_info("sha") end
    p "ms run improper", fn -> :ets.match_spec_run([1 | 2], :ets.match_spec_compile([{:_, [], [:"$_"]}])) end
    p "ms compile bad", fn -> :ets.match_spec_compile(:x) end
    p "test_ms bad tuple", fn -> :ets.test_ms(:a, [{:_, [], [{:bad, 1, 2, 3, 4}]}]) end
    p "global bad id", fn -> :global.set_lock(:notatuple) end
    p "global retries bad", fn -> :global.set_lock({:a, :b}, [node()], -1) end
    p "logger put bad", fn -> Logger.put_module_level(:m, 5) end
    p "logger process bad", fn -> Logger.put_process_level(self(), :bogus) end
    p "port monitor bad", fn -> :erlang.monitor(:port, self()) end
    p "code lib_dir str", fn -> :code.lib_dir("elixir") end
    p "rand mwc59 bad", fn -> :rand.mwc59(:x) end
    p "io_lib write_string improper", fn -> :io_lib.write_string([?a | ?b]) end
    p "io_lib indentation bad", fn -> :io_lib.indentation(:x, 0) end
    p "supervisor count bad", fn -> :supervisor.count_children(:no_sup_zz) end
    p "inet fmt bad", fn -> :inet.format_error(123) end
    p "hibernate bad", fn -> :erlang.hibernate(:m, :f, [1 | 2]) end
    p "compile_env! fn", fn -> Application.compile_env!(__ENV__, :x, :y) end
    p "put_tzdb bad", fn -> Calendar.put_time_zone_database("x") end
  end
end
Main.run()
