// A runtime error as iex prints it. Its own file: the browser build (web/embed.ts) prints a
// script's errors with it without loading the rest of the REPL.
import { errorText, stackText } from "../colors.ts";

// iex evaluates a prompt of several expressions one by one from Enum.reduce/3: its frame stands
// below erl_eval's, which are then kept
export const REDUCE_FRAME = '    (elixir 1.14.0) lib/enum.ex:2468: Enum."-reduce/3-lists^foldl/2-0-"/3';
/** the BEAM's trace depth */
const DEPTH = 8;

/**
 * iex drops the shell's own frames (and erl_eval's below the prompt's code, unless the prompt
 * had several expressions) from a stacktrace, and ends with a blank line when none is left
 */
export function formatRuntimeError(formatted: string, colors = false, severalExpressions = false): string {
  // (an empty trace is a line of its own, Exception.format_stacktrace([])'s "\n": not the header's)
  const lines = formatted.replace(/\n\n?$/, "").split("\n");
  let start = lines.length;
  while (start > 1 && /^    \S/.test(lines[start - 1])) start--;
  const header = lines.slice(0, start);
  const frames = lines.slice(start).filter((l) => !/:elixir_eval_\d+\.__script__\/\d+$/.test(l) && !/:beamlet_evaluator\.|:beamlet_boot\./.test(l));
  // iex's evaluator below the prompt's code (vm/stacktrace.ts replEvaluators): iex prunes it
  const root = (l: string) => /^    \((elixir|iex|stdlib) [\d.]+\) (src\/elixir\.erl:\d+: :elixir\.eval_forms\/3|lib\/module\/parallel_checker\.ex:100: Module\.ParallelChecker\.verify\/1|lib\/iex\/evaluator\.ex:\d+: IEx\.Evaluator\.|proc_lib\.erl:240: :proc_lib\.init_p_do_apply\/3$)/.test(l);
  while (frames.length > 0 && root(frames[frames.length - 1])) frames.pop();
  // the prompt's own code is erl_eval's frames at the bottom (vm/erl_eval_frames.ts): iex drops them
  // (eval_bits evaluates the segments of a binary the code builds, under erl_eval)
  const erlEval = (l: string) => /^    \(stdlib [\d.]+\) (erl_eval|eval_bits)\.erl:\d+: :(erl_eval|eval_bits)\./.test(l);
  if (severalExpressions && frames.length > 0 && erlEval(frames[frames.length - 1])) {
    if (frames.length < DEPTH) frames.push(REDUCE_FRAME);
  } else while (frames.length > 0 && erlEval(frames[frames.length - 1])) frames.pop();
  const stack = frames.length ? frames.join("\n") + "\n" : "\n";
  // (a FunctionClauseError's message comes coloured from the evaluator: its banner red, its
  // arguments in their syntax colours)
  if (colors && header[0].startsWith("\x1b[")) return header.join("\n") + "\n" + stackText(stack, true);
  return errorText(header.join("\n"), stack, colors);
}
