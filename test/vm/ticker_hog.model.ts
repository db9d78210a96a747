// The harness of the starvation tests (deterministic node): a ticker process sends a message to
// a hog process after every 100 calls of its own while the hog runs HOG_CALL; the hog then reports
// how many ticks reached its mailbox during that work (not while it made its data) and how many reductions the work cost. A hog
// that cannot be preempted leaves the ticker few slices, so few ticks.
import { runElixir, failureReport } from "./exits.model.ts";

export interface TickerHog {
  /** the module holding `def hog(...)` clauses (the ticker's functions are added to it) */
  module: string;
  hogClauses: string;
  /** code run in the hog before it waits for :go (its data), and the call that does the work */
  setup?: string;
  hogCall: string;
}

export function tickerHogProgram(h: TickerHog): string {
  return `
defmodule ${h.module} do
  def work(0), do: :ok
  def work(n), do: work(n - 1)
  def tick(hog) do
    work(100)
    send(hog, :tick)
    tick(hog)
  end
${h.hogClauses}
end
me = self()
hog = spawn(fn ->
  ${h.setup ?? ":ok"}
  receive do: (:go -> :ok)
  {:message_queue_len, q0} = Process.info(self(), :message_queue_len)
  {:reductions, r0} = Process.info(self(), :reductions)
  ${h.hogCall}
  {:reductions, r1} = Process.info(self(), :reductions)
  {:message_queue_len, q1} = Process.info(self(), :message_queue_len)
  send(me, {:done, q1 - q0, r1 - r0})
end)
ticker = spawn(fn -> ${h.module}.tick(hog) end)
send(hog, :go)
receive do
  {:done, ticks, reds} ->
    Process.exit(ticker, :kill)
    IO.puts("ticks=#{ticks} reds=#{reds}")
end
`;
}

/** run the program on a deterministic node; the ticks and reductions it reports */
export async function runTickerHog(h: TickerHog, seed: number): Promise<{ ticks: number; reds: number; stdout: string }> {
  const src = tickerHogProgram(h);
  const r = await runElixir(src, seed, 60000);
  const m = /ticks=(\d+) reds=(\d+)/.exec(r.stdout);
  if (!m) throw new Error(failureReport(seed, src, "ticks=N reds=N", r));
  return { ticks: Number(m[1]), reds: Number(m[2]), stdout: r.stdout };
}
