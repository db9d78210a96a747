# A module with @on_load found on the code path by :code.ensure_loaded, Code.ensure_loaded and
# Code.ensure_loaded?: its function runs before they answer, and a refusal answers
# {:error, :on_load_failure} (false for ensure_loaded?) with the module left unloaded. beamlet
# loaded the module without running the function.
defmodule Main do
  def run do
    dir = Path.join(System.tmp_dir!(), "on_load_ensure_#{System.pid()}")
    File.mkdir_p!(dir)
    true = :code.add_patha(String.to_charlist(dir))
    file = Path.join(dir, "Elixir.OnLoadE" <> List.to_string(:code.objfile_extension()))

    [{OnLoadE, bin}] =
      Code.compile_string("""
      defmodule OnLoadE do
        @on_load :init
        def init do
          answer = Application.get_env(:on_load_test, :answer, :ok)
          IO.puts("init answers \#{inspect(answer)}")
          answer
        end

        def v, do: :here
      end
      """)

    File.write!(file, bin)
    clear = fn ->
      :code.purge(OnLoadE)
      :code.delete(OnLoadE)
      :code.purge(OnLoadE)
    end

    for answer <- [:no, {:no, 1}, :ok] do
      Application.put_env(:on_load_test, :answer, answer)
      clear.()
      IO.inspect(:code.ensure_loaded(OnLoadE), label: ":code.ensure_loaded")
      Process.sleep(300)
      Logger.flush()
      clear.()
      IO.inspect(Code.ensure_loaded(OnLoadE), label: "Code.ensure_loaded")
      Process.sleep(300)
      Logger.flush()
      clear.()
      IO.inspect(Code.ensure_loaded?(OnLoadE), label: "Code.ensure_loaded?")
      Process.sleep(300)
      Logger.flush()
      IO.inspect(:code.is_loaded(OnLoadE) != false, label: "loaded")
    end

    IO.inspect(OnLoadE.v(), label: "v")
    File.rm_rf!(dir)
  end
end

Main.run()
