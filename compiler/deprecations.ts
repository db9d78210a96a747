// Elixir 1.14's deprecated functions (from each module's __info__(:deprecated)) and the warnings
// its compiler prints where they are called. beamlet implements the ones a program can still
// reach (lib/ and vm/bifs/); the warning is printed for every entry, as Elixir does.
import { erlangDeprecation } from "./erlang_deprecations.ts";
import { inspectAtom } from "../vm/inspect.ts";
import { atom } from "../vm/terms.ts";

const TABLE = `
Atom to_char_list/1	Use Atom.to_charlist/1 instead
Behaviour defcallback/1	Use the @callback module attribute instead
Behaviour defmacrocallback/1	Use the @macrocallback module attribute instead
Code cursor_context/1	Use Code.Fragment.cursor_context/2 instead
Code cursor_context/2	Use Code.Fragment.cursor_context/2 instead
Code ensure_compiled?/1	Use Code.ensure_compiled/1 instead (see the proper disclaimers in its docs)
Code get_docs/2	Code.get_docs/2 always returns nil as its outdated documentation is no longer stored on BEAM files. Use Code.fetch_docs/1 instead
Code load_file/1	Use Code.require_file/2 or Code.compile_file/2 instead
Code load_file/2	Use Code.require_file/2 or Code.compile_file/2 instead
Code loaded_files/0	Use Code.required_files/0 instead
Code unload_files/1	Use Code.unrequire_files/1 instead
Dict delete/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict drop/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict empty/1	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict equal?/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict fetch/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict fetch!/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict get/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict get/3	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict get_and_update/3	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict get_lazy/3	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict has_key?/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict keys/1	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict merge/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict merge/3	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict pop/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict pop/3	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict pop_lazy/3	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict put/3	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict put_new/3	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict put_new_lazy/3	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict size/1	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict split/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict take/2	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict to_list/1	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict update/4	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict update!/3	Use the Map module for working with maps or the Keyword module for working with keyword lists
Dict values/1	Use the Map module for working with maps or the Keyword module for working with keyword lists
Enum chunk/2	Use Enum.chunk_every/2 instead
Enum chunk/3	Use Enum.chunk_every/3 instead
Enum chunk/4	Use Enum.chunk_every/4 instead
Enum filter_map/3	Use Enum.filter/2 + Enum.map/2 or for comprehensions instead
Enum partition/2	Use Enum.split_with/2 instead
Enum uniq/2	Use Enum.uniq_by/2 instead
Float to_char_list/1	Use Float.to_charlist/1 instead
Float to_char_list/2	Use :erlang.float_to_list/2 instead
Float to_string/2	Use :erlang.float_to_binary/2 instead
GenEvent ack_notify/2	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent add_handler/3	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent add_mon_handler/3	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent call/3	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent call/4	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent notify/2	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent remove_handler/3	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent start/0	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent start/1	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent start_link/0	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent start_link/1	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent stop/1	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent stop/2	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent stop/3	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent stream/1	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent stream/2	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent swap_handler/5	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent swap_mon_handler/5	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent sync_notify/2	Use one of the alternatives described in the documentation for the GenEvent module
GenEvent which_handlers/1	Use one of the alternatives described in the documentation for the GenEvent module
HashDict delete/2	Use maps and the Map module instead
HashDict drop/2	Use maps and the Map module instead
HashDict equal?/2	Use maps and the Map module instead
HashDict fetch/2	Use maps and the Map module instead
HashDict fetch!/2	Use maps and the Map module instead
HashDict get/2	Use maps and the Map module instead
HashDict get/3	Use maps and the Map module instead
HashDict get_and_update/3	Use maps and the Map module instead
HashDict get_lazy/3	Use maps and the Map module instead
HashDict has_key?/2	Use maps and the Map module instead
HashDict keys/1	Use maps and the Map module instead
HashDict merge/2	Use maps and the Map module instead
HashDict merge/3	Use maps and the Map module instead
HashDict new/0	Use maps and the Map module instead
HashDict pop/2	Use maps and the Map module instead
HashDict pop/3	Use maps and the Map module instead
HashDict pop_lazy/3	Use maps and the Map module instead
HashDict put/3	Use maps and the Map module instead
HashDict put_new/3	Use maps and the Map module instead
HashDict put_new_lazy/3	Use maps and the Map module instead
HashDict reduce/3	Use maps and the Map module instead
HashDict size/1	Use maps and the Map module instead
HashDict split/2	Use maps and the Map module instead
HashDict take/2	Use maps and the Map module instead
HashDict to_list/1	Use maps and the Map module instead
HashDict update/4	Use maps and the Map module instead
HashDict update!/3	Use maps and the Map module instead
HashDict values/1	Use maps and the Map module instead
HashSet delete/2	Use the MapSet module instead
HashSet difference/2	Use the MapSet module instead
HashSet disjoint?/2	Use the MapSet module instead
HashSet equal?/2	Use the MapSet module instead
HashSet intersection/2	Use the MapSet module instead
HashSet member?/2	Use the MapSet module instead
HashSet new/0	Use the MapSet module instead
HashSet put/2	Use the MapSet module instead
HashSet size/1	Use the MapSet module instead
HashSet subset?/2	Use the MapSet module instead
HashSet to_list/1	Use the MapSet module instead
HashSet union/2	Use the MapSet module instead
Inspect.Algebra surround/3	Use a combination of concat/2 and nest/2 instead
Inspect.Algebra surround_many/5	Use Inspect.Algebra.container_doc/6 instead
Inspect.Algebra surround_many/6	Use Inspect.Algebra.container_doc/6 instead
Integer to_char_list/1	Use Integer.to_charlist/1 instead
Integer to_char_list/2	Use Integer.to_charlist/2 instead
Kernel.ParallelCompiler files/1	Use Kernel.ParallelCompiler.compile/2 instead
Kernel.ParallelCompiler files/2	Use Kernel.ParallelCompiler.compile/2 instead
Kernel.ParallelCompiler files_to_path/2	Use Kernel.ParallelCompiler.compile_to_path/2 instead
Kernel.ParallelCompiler files_to_path/3	Use Kernel.ParallelCompiler.compile_to_path/2 instead
Kernel.ParallelRequire files/1	Use Kernel.ParallelCompiler.require/2 instead
Kernel.ParallelRequire files/2	Use Kernel.ParallelCompiler.require/2 instead
Kernel.Typespec beam_callbacks/1	Use Code.Typespec.fetch_callbacks/1 instead
Kernel.Typespec beam_specs/1	Use Code.Typespec.fetch_specs/1 instead
Kernel.Typespec beam_typedocs/1	Use Code.fetch_docs/1 instead
Kernel.Typespec beam_types/1	Use Code.Typespec.fetch_types/1 instead
Kernel.Typespec spec_to_ast/2	Use Code.Typespec.spec_to_quoted/2 instead
Kernel.Typespec type_to_ast/1	Use Code.Typespec.type_to_quoted/1 instead
Keyword delete/3	Use Keyword.fetch/2 + Keyword.delete/2 instead
Keyword map/2	Use Keyword.new/2 instead
Keyword size/1	Use Kernel.length/1 instead
List.Chars to_char_list/1	Use List.Chars.to_charlist/1 instead
Macro to_string/2	Use Macro.to_string/1 instead
Macro unescape_tokens/1	Traverse over the arguments using Enum.map/2 instead
Macro unescape_tokens/2	Traverse over the arguments using Enum.map/2 instead
Map map/2	Use Map.new/2 instead (invoke Map.from_struct/1 before if you have a struct)
Map size/1	Use Kernel.map_size/1 instead
Module add_doc/5	Use @doc instead
Module add_doc/6	Use @doc instead
Range range?/1	Pattern match on first..last//step instead
Registry start_link/2	Use Registry.start_link/1 instead
Registry start_link/3	Use Registry.start_link/1 instead
Set delete/2	Use the MapSet module for working with sets
Set difference/2	Use the MapSet module for working with sets
Set disjoint?/2	Use the MapSet module for working with sets
Set empty/1	Use the MapSet module for working with sets
Set equal?/2	Use the MapSet module for working with sets
Set intersection/2	Use the MapSet module for working with sets
Set member?/2	Use the MapSet module for working with sets
Set put/2	Use the MapSet module for working with sets
Set size/1	Use the MapSet module for working with sets
Set subset?/2	Use the MapSet module for working with sets
Set to_list/1	Use the MapSet module for working with sets
Set union/2	Use the MapSet module for working with sets
Stream chunk/2	Use Stream.chunk_every/2 instead
Stream chunk/3	Use Stream.chunk_every/3 instead
Stream chunk/4	Use Stream.chunk_every/4 instead
Stream filter_map/3	Use Stream.filter/2 + Stream.map/2 instead
Stream uniq/2	Use Stream.uniq_by/2 instead
String ljust/2	Use String.pad_trailing/2 instead
String ljust/3	Use String.pad_trailing/3 with a binary padding instead
String lstrip/1	Use String.trim_leading/1 instead
String lstrip/2	Use String.trim_leading/2 with a binary as second argument instead
String next_grapheme_size/1	Use String.next_grapheme/1 instead
String rjust/2	Use String.pad_leading/2 instead
String rjust/3	Use String.pad_leading/3 with a binary padding instead
String rstrip/1	Use String.trim_trailing/1 instead
String rstrip/2	Use String.trim_trailing/2 with a binary as second argument instead
String strip/1	Use String.trim/1 instead
String strip/2	Use String.trim/2 with a binary second argument instead
String to_char_list/1	Use String.to_charlist/1 instead
String valid_character?/1	Use String.valid?/1 instead
Supervisor.Spec supervise/2	Use the new child specifications outlined in the Supervisor module instead
Supervisor.Spec supervisor/2	Use the new child specifications outlined in the Supervisor module instead
Supervisor.Spec supervisor/3	Use the new child specifications outlined in the Supervisor module instead
Supervisor.Spec worker/2	Use the new child specifications outlined in the Supervisor module instead
Supervisor.Spec worker/3	Use the new child specifications outlined in the Supervisor module instead
System cwd/0	Use File.cwd/0 instead
System cwd!/0	Use File.cwd!/0 instead
System get_pid/0	Use System.pid/0 instead
System stacktrace/0	Use __STACKTRACE__ instead
Task find/2	Pattern match directly on the message instead
`;

/** the table by "Elixir.Mod.fun/arity", built on the first lookup (not at load) */
let deprecated: Map<string, string> | null = null;
function deprecatedTable(): Map<string, string> {
  if (deprecated) return deprecated;
  deprecated = new Map();
  for (const line of TABLE.split("\n")) {
    const m = /^(\S+) (\S+)\t(.*)$/.exec(line);
    if (m) deprecated.set(`Elixir.${m[1]}.${m[2]}`, m[3]);
  }
  return deprecated;
}

/** the warning for calling Mod.fun/arity (module as an atom name, "Elixir.String"), or undefined */
export function deprecationWarning(module: string, fun: string, arity: number): string | undefined {
  const why = deprecatedTable().get(`${module}.${fun}/${arity}`);
  if (why === undefined) return undefined;
  return `${module.replace(/^Elixir\./, "")}.${fun}/${arity} is deprecated. ${why}`;
}

/** the checker's (once the file is compiled): OTP's deprecated functions too, which the expansion
 *  leaves alone (an Erlang module has no __info__(:deprecated)) */
export function checkerDeprecationWarning(module: string, fun: string, arity: number): string | undefined {
  const elixir = deprecationWarning(module, fun, arity);
  if (elixir !== undefined || module.startsWith("Elixir.")) return elixir;
  const otp = erlangDeprecation(module, fun, arity);
  return otp === undefined ? undefined : `${inspectAtom(atom(module))}.${fun}/${arity} is deprecated. ${otp}`;
}

/** `use M` where Elixir 1.14 deprecates M.__using__/1: its warning, and whether a module body
 *  names the module alone (GenEvent: Elixir's dispatch warns) or as "M (module)" (Dict); Bitwise's
 *  own __using__ warns instead, see compiler/modules.ts */
const DEPRECATED_USE: Record<string, { why: string; nameOnly: boolean }> = {
  "Elixir.Dict": { why: "Use the Map module for working with maps or the Keyword module for working with keyword lists", nameOnly: false },
  "Elixir.GenEvent": { why: "Use one of the alternatives described in the documentation for the GenEvent module", nameOnly: true },
  "Elixir.EEx.Engine": { why: "Use explicit delegation to EEx.Engine instead", nameOnly: true },
};
export function deprecatedUseWarning(module: string, inModule?: string): { message: string; where: string } | undefined {
  const d = DEPRECATED_USE[module];
  if (d === undefined) return undefined;
  const name = inModule?.replace(/^Elixir\./, "");
  return { message: `use ${module.replace(/^Elixir\./, "")} is deprecated. ${d.why}`, where: name === undefined ? "(file)" : d.nameOnly ? name : `${name} (module)` };
}
