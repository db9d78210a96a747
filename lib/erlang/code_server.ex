defmodule :code_server do
  @moduledoc false
  # The process OTP's code module talks to (#PID<0.50.0>, registered as :code_server), started
  # when first looked up (Node.systemProcess). beamlet's :code functions do their work themselves;
  # this server answers OTP's protocol with them: {:code_call, from, request} is answered
  # {:code_server, reply}, for the requests code.erl sends.

  @doc false
  # (loop/1, as OTP's server is seen waiting in code_server:loop/1)
  def loop(state) do
    receive do
      {:code_call, from, request} when is_pid(from) ->
        # (a request code.erl never sends is logged and left unanswered, as OTP's server does)
        case handle(request) do
          :ignored -> :error_logger.error_msg(' ** Codeserver*** ignoring ~w~n ', [request])
          {:reply, reply} -> send(from, {:code_server, reply})
        end

        loop(state)

      _ ->
        loop(state)
    end
  end

  # (the requests whose :code function beamlet has; del_path, stick_mod/dir and replace_path not)
  @simple [:load_file, :ensure_loaded, :delete, :purge, :soft_purge, :is_loaded, :get_object_code, :set_path, :is_sticky]

  defp answer({name, arg}) when name in @simple, do: apply(:code, name, [arg])
  defp answer({:add_path, :first, dir}), do: :code.add_patha(dir)
  defp answer({:add_path, :last, dir}), do: :code.add_pathz(dir)
  defp answer({:add_paths, :first, dirs}), do: :code.add_pathsa(dirs)
  defp answer({:add_paths, :last, dirs}), do: :code.add_pathsz(dirs)
  defp answer({:dir, :root_dir}), do: :code.root_dir()
  defp answer({:dir, :lib_dir}), do: :code.lib_dir()
  defp answer({:dir, {:lib_dir, name}}), do: :code.lib_dir(name)
  defp answer({:dir, {:lib_dir, name, sub}}), do: :code.lib_dir(name, sub)
  defp answer(:get_path), do: :code.get_path()
  defp answer(:all_loaded), do: :code.all_loaded()
  defp answer(:get_mode), do: :code.get_mode()
  defp answer(_), do: :ignored

  defp handle(request) do
    case answer(request) do
      :ignored -> :ignored
      reply -> {:reply, reply}
    end
  catch
    # (beamlet's :code raising for a bad argument: the server stays up)
    _, _ -> {:reply, {:error, :badarg}}
  end

  @doc false
  # Modules just loaded with an @on_load function (vm/bifs/code_loading.ts runOnLoad): as OTP 25's
  # code server, each function runs in a process of its own whose exit reason is its answer. :ok
  # makes the module current; anything else drops it, an atom silently, another term (a raise's
  # {exception, stacktrace} too) with a warning. The load answers `ok` when all were kept.
  def __on_load__(mods, ok, failed) do
    if Enum.all?(mods, &on_load_kept?/1), do: ok, else: failed
  end

  defp on_load_kept?(mod) do
    {pid, ref} = handle_on_load(mod, nil, nil, nil, nil)

    receive do
      {:DOWN, ^ref, :process, ^pid, result} ->
        :erlang.finish_after_on_load(mod, result == :ok)

        if not is_atom(result) do
          :error_logger.warning_msg('The on_load function for module ~s returned:~n~P\n', [mod, result, 10])
        end

        result == :ok
    end
  end

  # (OTP's function, file and line: the process's frame in the trace of an @on_load function that raised)
  @file "code_server.erl"
  defp handle_on_load(mod, _action, _from, _st, _res) do
    spawn_monitor(fn -> __at_line__(1317, exit(:erlang.call_on_load_function(mod))) end)
  end
end
