# :gen_server.send_request/2 and its waits: a client blocked in wait_response/receive_response
# shows gen.erl's wait under gen_server.erl's function; a bad timeout is badarg from that function,
# any term is a request id no reply matches, and check_response/2 wants a reference
defmodule Main do
  def run do
    show = fn label, f ->
      p = spawn(f)
      wait_until_waiting(p)
      {:current_stacktrace, st} = Process.info(p, :current_stacktrace)
      IO.inspect(st, label: label)
      Process.exit(p, :kill)
    end

    server = spawn(fn -> Process.sleep(:infinity) end)
    show.("wait infinity", fn -> :gen_server.wait_response(:gen_server.send_request(server, :x), :infinity) end)
    show.("receive infinity", fn -> :gen_server.receive_response(:gen_server.send_request(server, :x), :infinity) end)
    show.("wait 5000", fn -> :gen_server.wait_response(:gen_server.send_request(server, :x), 5000) end)
    show.("receive 5000", fn -> :gen_server.receive_response(:gen_server.send_request(server, :x), 5000) end)

    ref = make_ref()

    calls = [
      wait_bad_timeout: fn -> :gen_server.wait_response(ref, :bad) end,
      receive_negative_timeout: fn -> :gen_server.receive_response(ref, -1) end,
      wait_not_a_ref: fn -> :gen_server.wait_response(:x, 1) end,
      check_not_a_ref: fn -> :gen_server.check_response(:x, :y) end,
      check_other_message: fn -> :gen_server.check_response(:x, ref) end
    ]

    for {name, f} <- calls do
      try do
        IO.inspect(f.(), label: name)
      rescue
        e ->
          {m, f, args, loc} = hd(__STACKTRACE__)
          IO.inspect({e, m, f, length(args), loc}, label: name)
      end
    end
  end

  defp wait_until_waiting(p) do
    case Process.info(p, :status) do
      {:status, :waiting} -> :ok
      _ -> Process.sleep(10); wait_until_waiting(p)
    end
  end
end

Main.run()
