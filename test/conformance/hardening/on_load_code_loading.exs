# @on_load with :code.load_file and :code.load_binary (OTP 25's code server): the function runs in
# a process of its own while the version current before stays current (a remote call there reaches
# it); :ok makes the new version current and the previous one old; any other answer drops the new
# code and the load answers {:error, :on_load_failure} (an atom silently, another term, or a
# raise, with a warning). beamlet ran no @on_load function at all.
defmodule Main do
  def source(v) do
    """
    defmodule OnLoadM do
      @on_load :init
      def init do
        mode = Application.get_env(:on_load_test, :mode, :ok)
        there = if function_exported?(OnLoadM, :v, 0), do: OnLoadM.v(), else: :none
        IO.puts("init v#{v}: mode \#{inspect(mode)}, current v there: \#{inspect(there)}, self is caller: \#{self() == Application.get_env(:on_load_test, :caller)}")

        case mode do
          :raise -> raise ArgumentError, "no way"
          :exit -> exit({:shutdown, v})
          other -> other
        end
      end

      def v, do: #{v}
    end
    """
  end

  def run do
    Application.put_env(:on_load_test, :caller, self())
    dir = Path.join(System.tmp_dir!(), "on_load_code_#{System.pid()}")
    File.mkdir_p!(dir)
    true = :code.add_patha(String.to_charlist(dir))
    file = Path.join(dir, "Elixir.OnLoadM" <> List.to_string(:code.objfile_extension()))

    # the object code of three versions (compiling loads each: its function runs then too)
    bins =
      for v <- 1..3 do
        [{OnLoadM, bin}] = Code.compile_string(source(v))
        bin
      end

    IO.inspect(OnLoadM.v(), label: "after compiling")
    :code.purge(OnLoadM)
    :code.delete(OnLoadM)
    :code.purge(OnLoadM)
    IO.inspect(:code.is_loaded(OnLoadM), label: "cleared")

    use_version = fn v -> File.write!(file, Enum.at(bins, v - 1)) end

    use_version.(1)
    IO.inspect(:code.load_file(OnLoadM), label: "load v1")
    IO.inspect(OnLoadM.v(), label: "v")

    use_version.(2)
    IO.inspect(:code.load_file(OnLoadM), label: "load v2")
    IO.inspect({OnLoadM.v(), :erlang.check_old_code(OnLoadM)}, label: "v, old")
    IO.inspect(:code.load_file(OnLoadM), label: "load v2 again, not purged")
    Logger.flush()
    true = :code.soft_purge(OnLoadM)

    use_version.(3)

    for mode <- [:nope, {:error, :why}, :exit, Enum.to_list(1..20)] do
      Application.put_env(:on_load_test, :mode, mode)
      IO.inspect(:code.load_file(OnLoadM), label: "load v3, #{inspect(mode)}")
      Process.sleep(300)
      Logger.flush()
      IO.inspect({OnLoadM.v(), :erlang.check_old_code(OnLoadM)}, label: "v, old")
    end

    # (the crash report races with the code server's warning on the BEAM: only the report shows)
    Logger.configure(level: :error)
    Application.put_env(:on_load_test, :mode, :raise)
    IO.inspect(:code.load_file(OnLoadM), label: "load v3, raise")
    Process.sleep(500)
    Logger.flush()
    Logger.configure(level: :debug)
    IO.inspect(OnLoadM.v(), label: "v")

    # load_binary: the same rules
    Application.put_env(:on_load_test, :mode, :no)
    IO.inspect(:code.load_binary(OnLoadM, 'in_memory', Enum.at(bins, 2)), label: "load_binary v3, :no")
    IO.inspect(OnLoadM.v(), label: "v")
    Application.put_env(:on_load_test, :mode, :ok)
    IO.inspect(:code.load_binary(OnLoadM, 'in_memory', Enum.at(bins, 2)), label: "load_binary v3, :ok")
    IO.inspect({OnLoadM.v(), :code.which(OnLoadM)}, label: "v, which")

    # with no current version, the failed module is not loaded at all
    :code.purge(OnLoadM)
    :code.delete(OnLoadM)
    :code.purge(OnLoadM)
    Application.put_env(:on_load_test, :mode, :off)
    IO.inspect(:code.load_file(OnLoadM), label: "load v3 fresh, :off")
    IO.inspect(:code.is_loaded(OnLoadM), label: "is_loaded")
    IO.inspect(function_exported?(OnLoadM, :v, 0), label: "exported")
    File.rm_rf!(dir)
  end
end

Main.run()
